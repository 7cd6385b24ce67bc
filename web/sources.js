// The sources panel: one card per [n] source of the answer shown, its passage with the quoted words highlighted.

import { headlineParts, isPdfLink, openUrl, whereParts } from "/static/citation.js";
import { highlightRanges, highlightedWords } from "/static/claims.js";
import { $, appendMarkedRanges, el, newTab, titleOf } from "/static/text.js";

const EXCERPT = 200; // characters of context either side of a highlighted quote

/** Whether the page is wide enough for the panel to sit beside the chat (on a phone it follows the conversation). */
export const WIDE = window.matchMedia("(min-width: 700px)");

let active = null; // the turn whose sources the panel shows

/** The turn whose sources the panel shows, or null. */
export function activeTurn() {
  return active;
}

function excerpt(text, range) {
  // The quote with some context either side, cut at word boundaries.
  if (!range || text.length <= EXCERPT * 2 + (range.end - range.start)) return { text, range, cut: false };
  let from = Math.max(0, range.start - EXCERPT);
  let to = Math.min(text.length, range.end + EXCERPT);
  if (from > 0) { const sp = text.indexOf(" ", from); if (sp > 0 && sp < range.start) from = sp + 1; }
  if (to < text.length) { const sp = text.lastIndexOf(" ", to); if (sp > range.end) to = sp; }
  const lead = from > 0 ? "… " : "";
  const tail = to < text.length ? " …" : "";
  return {
    text: lead + text.slice(from, to) + tail,
    range: { start: range.start - from + lead.length, end: range.end - from + lead.length },
    cut: from > 0 || to < text.length,
  };
}

function shifted(ranges, by) {
  return ranges.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
}

function passageBlock(passage, ranges) {
  // The passage with the quoted words marked and the rest as plain context; a long passage shows the marked
  // stretch with some context either side, with a toggle for the rest.
  const span = ranges.length ? { start: ranges[0].start, end: ranges[ranges.length - 1].end } : null;
  let short;
  if (span) {
    const cut = excerpt(passage, span);
    short = { text: cut.text, ranges: shifted(ranges, cut.range.start - span.start), cut: cut.cut };
  } else if (passage.length > 600) {
    short = { text: `${passage.slice(0, passage.lastIndexOf(" ", 560))} …`, ranges: [], cut: true };
  } else {
    short = { text: passage, ranges: [], cut: false };
  }
  const box = el("blockquote", { className: "source__passage" });
  const draw = (full) => {
    box.replaceChildren();
    box.classList.toggle("source__passage--full", full);
    if (!full) return appendMarkedRanges(box, short.text, short.ranges, { className: "source__quote" });
    const marks = appendMarkedRanges(box, passage, ranges, { className: "source__quote" });
    if (marks.length) box.scrollTop = Math.max(0, marks[0].offsetTop - 48); // keep the quote in sight in a long passage
    return marks;
  };
  draw(false);
  if (!short.cut) return [box];
  const toggle = el("button", { type: "button", className: "link-button source__toggle", "aria-expanded": "false" }, "Show the whole passage");
  toggle.addEventListener("click", () => {
    const full = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(full));
    toggle.textContent = full ? "Show less" : "Show the whole passage";
    draw(full);
  });
  return [box, toggle];
}

function dotted(className, parts) {
  if (!parts.length) return null;
  return el("p", { className }, ...parts.map((p) => el("span", {}, String(p))));
}

function contextFor(turn, chunkId) {
  return (turn.contexts || []).find((c) => c.chunk_id === chunkId) || null;
}

/** The whole passage a citation (or context) of `turn` quotes from: the retrieved text, else the quote itself. */
export function passageFor(turn, item) {
  const context = contextFor(turn, item.chunk_id);
  return (context && context.text) || item.text || item.quote || "";
}

function sourceCard(turn, entry) {
  const { item, n, closest } = entry;
  const context = contextFor(turn, item.chunk_id);
  const passage = passageFor(turn, item);
  // Closest material is listed as material, not evidence: nothing in it is marked.
  const claims = turn.claims || [];
  const ranges = closest ? [] : highlightRanges(passage, claims, n, item.quote);
  const url = openUrl(item, closest ? [] : highlightedWords(passage, claims, n, item.quote), { closest });
  const pdf = isPdfLink(url);
  const page = item.page ?? item.page_start;
  const openLabel = pdf ? `Open the PDF${page ? ` at page ${page}` : ""}` : "Open the paper at this passage";
  const select = () => selectSource(turn, n);
  const card = el("li", { className: closest ? "source source--closest" : "source", id: `source-${turn.id}-${n}`, dataset: { n: String(n) } },
    el("div", { className: "source__head" },
      el("span", { className: "source__n", "aria-hidden": "true" }, String(n)),
      el("div", { className: "source__heading" },
        closest ? el("p", { className: "source__label" }, "Closest material, not evidence") : null,
        el("h3", { className: "source__title" },
          el("a", { href: url, target: "_blank", rel: "noopener", onclick: select },
            el("span", { className: "visually-hidden" }, closest ? `Closest material ${n}: ` : `Source ${n}: `), titleOf(item), newTab())),
        dotted("source__meta", headlineParts(item, item.kind ?? (context && context.kind))),
        item.committee ? el("p", { className: "source__committee" }, item.committee) : null,
        dotted("source__where", whereParts(item)))),
    ...passageBlock(passage, ranges),
    el("p", { className: "source__open" },
      el("a", { href: url, target: "_blank", rel: "noopener", onclick: select }, openLabel, newTab())));
  card.addEventListener("click", (event) => {
    if (!event.target.closest("a, button")) select();
  });
  return card;
}

function closestMaterial(turn) {
  // For a refusal: the passages it names if any, else the best few retrieval found, one per chunk; none marked.
  if ((turn.citations || []).length) return turn.citations.map((c) => ({ item: c, n: c.n, closest: true }));
  const seen = new Set();
  const out = [];
  for (const ctx of turn.contexts || []) {
    if (seen.has(ctx.chunk_id)) continue;
    seen.add(ctx.chunk_id);
    out.push({ item: ctx, n: out.length + 1, closest: true });
    if (out.length === 5) break;
  }
  return out;
}

/** Show the sources of `turn` in the panel (or, for null, the empty panel) and mark that turn as the active one. */
export function showSources(turn) {
  active = turn;
  const list = $("sources-list");
  const empty = $("sources-empty");
  const title = $("sources-title");
  $("sources-for").textContent = turn ? `For: ${turn.question}` : "";
  $("sources-back").hidden = !(turn && turn.done);
  if (!turn || !turn.done) {
    title.textContent = "Sources";
    list.replaceChildren();
    empty.textContent = turn ? "The sources will appear here when the answer is ready." : "When Clerk answers, the passages it relied on appear here, with the quoted words highlighted.";
    empty.hidden = false;
    return;
  }
  const entries = turn.refused ? closestMaterial(turn) : (turn.citations || []).map((c) => ({ item: c, n: c.n, closest: false }));
  title.textContent = turn.refused ? "Closest material" : `Sources (${entries.length})`;
  list.replaceChildren(...entries.map((entry) => sourceCard(turn, entry)));
  list.classList.toggle("sources__list--closest", Boolean(turn.refused));
  empty.hidden = entries.length > 0 && !turn.refused;
  if (turn.refused) {
    empty.textContent = entries.length
      ? "The papers don’t answer this question. These passages came closest; nothing in them is marked, because none of it answers the question."
      : "No passages were close enough to show.";
  } else {
    empty.textContent = entries.length ? "" : "No passages were close enough to show.";
  }
  document.querySelectorAll(".turn--active").forEach((node) => node.classList.remove("turn--active"));
  turn.parts.root.classList.add("turn--active");
}

/**
 * Select source `n` of `turn`: its card in the panel and its [n] markers in the answer; given the answer's claim
 * (the sentence whose marker was used), the words backing that sentence are picked out from the rest.
 */
export function selectSource(turn, n, claim = null) {
  if (active !== turn) showSources(turn);
  let card = null;
  for (const node of $("sources-list").children) {
    const on = node.dataset.n === String(n);
    node.classList.toggle("source--selected", on);
    if (on) { node.setAttribute("aria-current", "true"); card = node; } else node.removeAttribute("aria-current");
  }
  for (const link of turn.parts.body.querySelectorAll(".cite")) {
    const on = link.dataset.n === String(n);
    link.classList.toggle("cite--selected", on);
    link.classList.toggle("cite--current", on && claim !== null && link.dataset.claim === String(claim));
  }
  for (const mark of $("sources-list").querySelectorAll("mark")) {
    mark.classList.toggle("source__quote--current", Boolean(card && card.contains(mark)) && claim !== null
      && mark.dataset.claim === String(claim));
  }
  // Bring the card into view: beside the answer on a wide screen, just below the conversation on a phone.
  if (card) card.scrollIntoView({ block: WIDE.matches ? "nearest" : "start", behavior: "smooth" });
}
