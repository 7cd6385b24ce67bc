// The sources panel: one card per [n] source of the answer shown, its passage with the quoted words highlighted.

import { headlineParts, isPdfLink, openUrl, whereParts } from "/static/citation.js";
import { $, appendMarked, el, findQuote, newTab, titleOf } from "/static/text.js";

const EXCERPT = 200; // characters of context either side of a highlighted quote

/** Whether the page is wide enough for the panel to sit beside the chat (on a phone it sits below). */
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

function passageBlock(passage, quote) {
  // The passage text with the quote marked; a long passage shows the quote in context, with a toggle for the rest.
  const range = quote ? findQuote(passage, quote) : null;
  const short = range ? excerpt(passage, range) : (passage.length > 600
    ? { text: `${passage.slice(0, passage.lastIndexOf(" ", 560))} …`, range: null, cut: true }
    : { text: passage, range: null, cut: false });
  const box = el("blockquote", { className: "source__passage" });
  const draw = (full) => {
    box.replaceChildren();
    box.classList.toggle("source__passage--full", full);
    if (!full) return appendMarked(box, short.text, short.range, { className: "source__quote" });
    const mark = appendMarked(box, passage, range, { className: "source__quote" });
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 48); // keep the quote in sight in a long passage
    return mark;
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

function sourceCard(turn, item, n, quote) {
  const url = openUrl(item, quote);
  const pdf = isPdfLink(url);
  const page = item.page ?? item.page_start;
  const context = contextFor(turn, item.chunk_id);
  const passage = (context && context.text) || item.text || quote || "";
  const openLabel = pdf ? `Open the PDF${page ? ` at page ${page}` : ""}` : "Open the paper at this passage";
  const card = el("li", { className: "source", id: `source-${turn.id}-${n}`, dataset: { n: String(n) } },
    el("div", { className: "source__head" },
      el("span", { className: "source__n", "aria-hidden": "true" }, String(n)),
      el("div", { className: "source__heading" },
        el("h3", { className: "source__title" },
          el("a", { href: url, target: "_blank", rel: "noopener", onclick: () => selectSource(turn, n) },
            el("span", { className: "visually-hidden" }, `Source ${n}: `), titleOf(item), newTab())),
        dotted("source__meta", headlineParts(item)),
        item.committee ? el("p", { className: "source__committee" }, item.committee) : null,
        dotted("source__where", whereParts(item)))),
    ...passageBlock(passage, quote),
    el("p", { className: "source__open" },
      el("a", { href: url, target: "_blank", rel: "noopener", onclick: () => selectSource(turn, n) }, openLabel, newTab())));
  card.addEventListener("click", (event) => {
    if (!event.target.closest("a, button")) selectSource(turn, n);
  });
  return card;
}

function closestMaterial(turn) {
  // For a refusal: the citations if any, else the best few passages retrieval found, one per chunk.
  if ((turn.citations || []).length) return turn.citations.map((c) => ({ item: c, n: c.n, quote: c.quote }));
  const seen = new Set();
  const out = [];
  for (const ctx of turn.contexts || []) {
    if (seen.has(ctx.chunk_id)) continue;
    seen.add(ctx.chunk_id);
    out.push({ item: ctx, n: out.length + 1, quote: null });
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
  if (!turn || !turn.done) {
    title.textContent = "Sources";
    list.replaceChildren();
    empty.textContent = turn ? "The sources will appear here when the answer is ready." : "When Clerk answers, the passages it relied on appear here, with the quoted words highlighted.";
    empty.hidden = false;
    return;
  }
  const entries = turn.refused ? closestMaterial(turn) : (turn.citations || []).map((c) => ({ item: c, n: c.n, quote: c.quote }));
  title.textContent = turn.refused ? "Closest material" : `Sources (${entries.length})`;
  list.replaceChildren(...entries.map(({ item, n, quote }) => sourceCard(turn, item, n, quote)));
  list.classList.toggle("sources__list--closest", Boolean(turn.refused));
  empty.hidden = entries.length > 0;
  empty.textContent = entries.length ? "" : "No passages were close enough to show.";
  document.querySelectorAll(".turn--active").forEach((node) => node.classList.remove("turn--active"));
  turn.parts.root.classList.add("turn--active");
}

/** Select source `n` of `turn`: its card in the panel and its [n] markers in the answer. */
export function selectSource(turn, n) {
  if (active !== turn) showSources(turn);
  let card = null;
  for (const node of $("sources-list").children) {
    const on = node.dataset.n === String(n);
    node.classList.toggle("source--selected", on);
    if (on) { node.setAttribute("aria-current", "true"); card = node; } else node.removeAttribute("aria-current");
  }
  for (const link of turn.parts.body.querySelectorAll(".cite")) {
    link.classList.toggle("cite--selected", link.dataset.n === String(n));
  }
  // Beside the answer, bring the source into view; on a phone the panel is below, so leave the reader where they are.
  if (card && WIDE.matches) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
}
