// The web chat: ask, stream the answer, show each [n] source with its quote highlighted, follow-ups, feedback.
// Everything from the server (answers, paper text, titles) goes into the page as text nodes, never as HTML.

import { appendMarked, el, errorLine, findQuote, formatDate, formatSection } from "/static/document.js";

const $ = (id) => document.getElementById(id);
const EXCERPT = 200; // characters of context either side of a highlighted quote
const WIDE = window.matchMedia("(min-width: 700px)");

const state = {
  turns: [], // {id, question, filters, answer, refused, citations, contexts, done, error, parts}
  active: null, // the turn whose sources the panel shows
  selected: null, // the selected citation number in the panel
  controller: null, // aborts the answer being streamed
  documents: [],
};
let nextId = 1;

// ---------------------------------------------------------------- small helpers

function announce(message) {
  const node = $("announcer");
  node.textContent = "";
  window.setTimeout(() => { node.textContent = message; }, 50);
}

function showError(message) {
  const node = $("error");
  node.textContent = message;
  node.hidden = !message;
}

function basename(path) {
  return (path || "").split(/[\\/]/).pop() || "";
}

function titleOf(item) {
  return item.title || basename(item.source) || "Untitled paper";
}

/** Where a reader checks a passage; contexts carry no url, so build it the way the API does. */
function urlOf(item) {
  if (item.url) return item.url;
  const page = item.page ?? item.page_start;
  if ((item.source || "").toLowerCase().endsWith(".pdf") && page) {
    return `/api/documents/${encodeURIComponent(item.doc_id)}/file#page=${page}`;
  }
  return `/documents/${encodeURIComponent(item.doc_id)}?chunk=${encodeURIComponent(item.chunk_id)}`;
}

/** The link to open: the text view also gets the quote, so it can mark the exact words. */
function openUrl(item, quote) {
  const url = urlOf(item);
  if (quote && url.startsWith("/documents/") && !url.includes("quote=")) {
    return `${url}${url.includes("?") ? "&" : "?"}quote=${encodeURIComponent(quote.slice(0, 1500))}`;
  }
  return url;
}

function isPdfLink(url) {
  return url.includes("/file#page=") || /\.pdf($|#|\?)/i.test(url);
}

function metaParts(item) {
  return [item.council, item.committee, formatDate(item.meeting_date)].filter(Boolean);
}

function headlineParts(item) {
  return [item.council, formatDate(item.meeting_date)].filter(Boolean);
}

function whereParts(item) {
  const page = item.page ?? item.page_start;
  return [item.item, formatSection(item.section), page ? `page ${page}` : null].filter(Boolean);
}

function dotted(className, parts) {
  if (!parts.length) return null;
  return el("p", { className }, ...parts.map((p) => el("span", {}, String(p))));
}

function newTab() {
  return el("span", { className: "visually-hidden" }, " (opens in a new tab)");
}

// ---------------------------------------------------------------- filters

function readFilters() {
  const f = {
    council: $("filter-council").value || null,
    committee: $("filter-committee").value || null,
    since: $("filter-since").value || null,
    until: $("filter-until").value || null,
  };
  return f;
}

function describeFilters(f) {
  if (!f) return [];
  const parts = [];
  if (f.council) parts.push(f.council);
  if (f.committee) parts.push(f.committee);
  if (f.kind) parts.push(`${f.kind}s`);
  if (f.since && f.until) parts.push(`${formatDate(f.since)} to ${formatDate(f.until)}`);
  else if (f.since) parts.push(`from ${formatDate(f.since)}`);
  else if (f.until) parts.push(`up to ${formatDate(f.until)}`);
  if (f.latest) parts.push("latest meeting only");
  return parts;
}

function updateFilterSummary() {
  const f = readFilters();
  const parts = describeFilters(f);
  $("filters-current").textContent = parts.length ? parts.join(", ") : "All councils, all committees, any date";
  $("filters").classList.toggle("filters--active", parts.length > 0);
}

function fillSelect(select, values, allLabel) {
  const keep = select.value;
  select.replaceChildren(el("option", { value: "" }, allLabel), ...values.map((v) => el("option", { value: v }, v)));
  select.value = values.includes(keep) ? keep : "";
}

function uniqueSorted(values) {
  return [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, "en-GB"));
}

function refreshCommittees() {
  const council = $("filter-council").value;
  const docs = council ? state.documents.filter((d) => d.council === council) : state.documents;
  fillSelect($("filter-committee"), uniqueSorted(docs.map((d) => d.committee)), "All committees");
}

async function loadDocuments() {
  try {
    const response = await fetch("/api/documents", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(String(response.status));
    state.documents = await response.json();
  } catch {
    $("filters-hint").textContent = "The list of councils and committees could not be loaded; dates still work.";
    return;
  }
  fillSelect($("filter-council"), uniqueSorted(state.documents.map((d) => d.council)), "All councils");
  refreshCommittees();
  const n = state.documents.length;
  $("filters-hint").textContent = `${n} paper${n === 1 ? "" : "s"} available. Filters apply to the next question you ask.`;
}

// ---------------------------------------------------------------- the answer text with [n] links

function citationOf(turn, n) {
  return (turn.citations || []).find((c) => c.n === n) || null;
}

// A run of markers ("[1]", "[2, 3]", "[1] [4]") with the space before it and the punctuation after it.
const MARKER_RUN = /(\s*)((?:\[\d+(?:\s*,\s*\d+)*\]\s*)*\[\d+(?:\s*,\s*\d+)*\])([.,;:!?)]*)/g;

function marker(turn, n) {
  const citation = turn.done ? citationOf(turn, n) : null;
  if (!citation) return el("span", { className: "cite cite--pending" }, `[${n}]`);
  const when = citation.meeting_date ? `, ${formatDate(citation.meeting_date)}` : "";
  return el("a", {
    className: "cite", href: openUrl(citation, citation.quote), target: "_blank", rel: "noopener",
    "aria-label": `Source ${n}: ${titleOf(citation)}${when} (opens in a new tab)`,
    title: `${titleOf(citation)} – opens the original`, dataset: { n: String(n) },
    onclick: () => selectSource(turn, n),
  }, `[${n}]`);
}

function appendWithMarkers(parent, text, turn) {
  // Markers stay on the line of the word before them and the full stop after them.
  let last = 0;
  for (const match of text.matchAll(MARKER_RUN)) {
    parent.append(document.createTextNode(text.slice(last, match.index)));
    const group = el("span", { className: "cite-run" }, match[1] ? "\u00a0" : "");
    for (const [i, digits] of [...match[2].matchAll(/\d+/g)].entries()) {
      if (i) group.append(" ");
      group.append(marker(turn, Number(digits[0])));
    }
    group.append(match[3]);
    parent.append(group);
    last = match.index + match[0].length;
  }
  parent.append(document.createTextNode(text.slice(last)));
}

const BULLET = /^\s*(?:[-•*]|\d+[.)]|\([a-z0-9]+\)|[ivx]+\))\s+/i;

function renderAnswerText(container, text, turn) {
  const blocks = [];
  for (const para of text.split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const lines = para.split("\n").filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => BULLET.test(l))) {
      blocks.push(el("ul", { className: "answer__list" },
        lines.map((l) => { const li = el("li"); appendWithMarkers(li, l.replace(/^\s*[-•*]\s+/, ""), turn); return li; })));
    } else {
      const p = el("p");
      lines.forEach((line, i) => {
        // "At the … Sub-Committee on 19 September 2017 (Croydon):" introduces what follows: set it as a lead-in.
        if (i === 0 && lines.length > 1 && /:\s*$/.test(line) && !/\[\d+/.test(line)) {
          p.append(el("span", { className: "answer__lead" }, line.trim()));
          return;
        }
        if (i && !(i === 1 && p.firstChild && p.firstChild.className === "answer__lead")) p.append(el("br"));
        appendWithMarkers(p, line, turn);
      });
      blocks.push(p);
    }
  }
  container.replaceChildren(...blocks);
}

// ---------------------------------------------------------------- a turn in the conversation

function turnView(turn) {
  const parts = {};
  parts.status = el("p", { className: "answer__status" }, el("span", { className: "pulse", "aria-hidden": "true" }), "Searching the papers…");
  parts.refusal = el("div", { className: "refusal", hidden: true },
    el("h3", { className: "refusal__title" }, "The papers don’t cover this"),
    el("p", { className: "refusal__text" }, "Clerk found nothing in the papers that answers this question, so it won’t guess. The closest material it found is listed under Sources."));
  parts.body = el("div", { className: "answer__body", "aria-live": "polite", "aria-busy": "true", "aria-atomic": "false" });
  parts.notes = el("div", { className: "answer__notes" });
  parts.actions = el("div", { className: "answer__actions", hidden: true });
  parts.answer = el("article", { className: "answer", "aria-label": `Answer to: ${turn.question}` },
    parts.status, parts.refusal, parts.body, parts.notes, parts.actions);
  parts.root = el("li", { className: "turn", id: `turn-${turn.id}` },
    el("div", { className: "turn__question" },
      el("h2", { className: "turn__text" }, el("span", { className: "turn__label" }, "You asked "), turn.question),
      describeFilters(turn.filters).length
        ? el("p", { className: "turn__filters" }, `Filtered to: ${describeFilters(turn.filters).join(", ")}`) : null),
    parts.answer);
  turn.parts = parts;
  return parts.root;
}

function setStatus(turn, text) {
  const s = turn.parts.status;
  s.hidden = !text;
  if (text) s.replaceChildren(el("span", { className: "pulse", "aria-hidden": "true" }), text);
}

function renderNotes(turn, done) {
  const notes = [];
  const applied = describeFilters(done.filters);
  if (applied.length) notes.push(`Searched: ${applied.join(", ")}.`);
  if (done.standalone_question && done.standalone_question !== turn.question) {
    notes.push(`Understood as: “${done.standalone_question}”`);
  }
  for (const note of done.notes || []) notes.push(String(note));
  if (turn.refused && describeFilters(turn.filters).length) notes.push("Try again with fewer filters or a wider date range.");
  turn.parts.notes.replaceChildren(...notes.map((n) => el("p", { className: "answer__note" }, n)));
}

function feedbackControls(turn) {
  const status = el("p", { className: "feedback__status", role: "status" });
  const comment = el("textarea", { id: `comment-${turn.id}`, className: "feedback__comment", rows: 2, maxLength: 5000 });
  const form = el("form", { className: "feedback__form", hidden: true },
    el("label", { htmlFor: `comment-${turn.id}`, className: "feedback__label" }, "What was wrong with this answer? (optional)"),
    comment,
    el("div", { className: "feedback__buttons" },
      el("button", { type: "submit", className: "button button--secondary button--small" }, "Send feedback")));
  const up = el("button", { type: "button", className: "button button--quiet button--small", "aria-pressed": "false" }, thumb(true), "Helpful");
  const down = el("button", { type: "button", className: "button button--quiet button--small", "aria-pressed": "false" }, thumb(false), "Not helpful");

  async function send(rating, text) {
    status.textContent = "Sending…";
    try {
      const response = await fetch("/api/feedback", {
        method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ question: turn.question, answer: turn.answer, rating, comment: text || null }),
      });
      if (!response.ok) throw new Error(errorLine(await response.json().catch(() => null), response.status));
      status.textContent = "Thank you – your feedback was recorded.";
      form.hidden = true;
    } catch (exc) {
      status.textContent = exc instanceof TypeError ? "Feedback could not be sent: Clerk is unreachable." : `Feedback could not be sent: ${exc.message}`;
    }
  }
  up.addEventListener("click", () => {
    up.setAttribute("aria-pressed", "true");
    down.setAttribute("aria-pressed", "false");
    form.hidden = true;
    send("up");
  });
  down.addEventListener("click", () => {
    down.setAttribute("aria-pressed", "true");
    up.setAttribute("aria-pressed", "false");
    status.textContent = "";
    form.hidden = false;
    comment.focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send("down", comment.value.trim());
  });
  return el("div", { className: "feedback" },
    el("div", { className: "feedback__row", role: "group", "aria-label": "Was this answer useful?" },
      el("span", { className: "feedback__question", "aria-hidden": "true" }, "Was this useful?"), up, down),
    form, status);
}

function thumb(up) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "18");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", up ? "icon" : "icon icon--flip");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M2 10h4v11H2zM8 21V10l5-8 1.3 1c.5.4.7 1 .6 1.6L14 9h6a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21z");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "1.8");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  return svg;
}

function renderActions(turn) {
  const copyStatus = el("span", { className: "answer__copied", role: "status" });
  const copy = el("button", { type: "button", className: "button button--secondary button--small",
    onclick: () => copyAnswer(turn, copyStatus) }, "Copy answer with references");
  const count = turn.refused ? 0 : (turn.citations || []).length;
  const show = el("button", { type: "button", className: "button button--quiet button--small answer__show-sources",
    onclick: () => { showSources(turn); $("sources").focus({ preventScroll: true }); $("sources").scrollIntoView({ block: "start", behavior: "smooth" }); } },
  turn.refused ? "Show the closest material" : `Show ${count} source${count === 1 ? "" : "s"}`);
  turn.parts.actions.replaceChildren(
    el("div", { className: "answer__tools" }, turn.refused ? null : copy, copyStatus, show),
    feedbackControls(turn));
  turn.parts.actions.hidden = false;
}

// ---------------------------------------------------------------- copying

function referenceText(turn) {
  const lines = [];
  for (const c of turn.citations || []) {
    const where = [...metaParts(c), ...whereParts(c)].join(", ");
    lines.push(`[${c.n}] ${titleOf(c)}${where ? `. ${where}` : ""}.`);
    if (c.quote) lines.push(`    “${c.quote.replace(/\s+/g, " ").trim()}”`);
    lines.push(`    ${new URL(urlOf(c), location.origin).href}`);
  }
  return lines;
}

function plainAnswer(turn) {
  const out = [`Question: ${turn.question}`, "", turn.answer.trim()];
  const refs = referenceText(turn);
  if (refs.length) out.push("", "References", ...refs);
  return out.join("\n");
}

async function copyAnswer(turn, status) {
  const text = plainAnswer(turn);
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    status.textContent = "Copied.";
  } catch {
    if (legacyCopy(text)) status.textContent = "Copied.";
    else openCopyFallback(text);
  }
  window.setTimeout(() => { status.textContent = ""; }, 4000);
}

function legacyCopy(text) {
  const area = el("textarea", { className: "offscreen", readOnly: true });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch { ok = false; }
  area.remove();
  return ok;
}

function openCopyFallback(text) {
  const box = $("copy-fallback");
  const area = $("copy-fallback-text");
  area.value = text;
  box.hidden = false;
  area.focus();
  area.select();
}

// ---------------------------------------------------------------- the sources panel

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

function showSources(turn) {
  state.active = turn;
  state.selected = null;
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

function selectSource(turn, n) {
  if (state.active !== turn) showSources(turn);
  state.selected = n;
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

// ---------------------------------------------------------------- asking

function historyBefore(turn) {
  const history = [];
  for (const t of state.turns) {
    if (t === turn) break;
    if (!t.done || t.error) continue;
    history.push({ role: "user", content: t.question }, { role: "assistant", content: t.answer });
  }
  return history.slice(-20);
}

async function* serverEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const parse = (block) => {
    let event = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (!data.length) return null;
    return { event, data: JSON.parse(data.join("\n")) };
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const ev = parse(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
      if (ev) yield ev;
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) {
    const ev = parse(buffer);
    if (ev) yield ev;
  }
}

function setBusy(busy) {
  $("send").disabled = busy;
  $("send").textContent = busy ? "Answering…" : "Ask";
  $("composer").setAttribute("aria-busy", String(busy));
}

function finishTurn(turn, done) {
  turn.done = true;
  turn.refused = Boolean(turn.refused || (done && done.refused));
  if (done && typeof done.answer === "string") turn.answer = done.answer;
  setStatus(turn, "");
  turn.parts.answer.classList.toggle("answer--refused", turn.refused);
  turn.parts.refusal.hidden = !turn.refused;
  renderAnswerText(turn.parts.body, turn.answer, turn);
  turn.parts.body.setAttribute("aria-busy", "false");
  renderNotes(turn, done || {});
  renderActions(turn);
  showSources(turn);
  bringIntoView(turn);
  announce(turn.refused ? "The papers don’t cover this question." : `Answer ready, with ${turn.citations.length} source${turn.citations.length === 1 ? "" : "s"}.`);
}

function bringIntoView(turn) {
  // Show the finished answer from its question down, unless the reader has moved on to an earlier turn.
  if (state.turns[state.turns.length - 1] !== turn) return;
  const top = turn.parts.root.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) turn.parts.root.scrollIntoView({ block: "start", behavior: "smooth" });
}

function failTurn(turn, message) {
  turn.error = message;
  turn.done = true;
  setStatus(turn, "");
  turn.parts.body.setAttribute("aria-busy", "false");
  turn.parts.answer.classList.add("answer--error");
  turn.parts.body.replaceChildren(el("p", { className: "answer__error", role: "alert" }, message));
  if (state.active === turn) showSources(null);
}

async function ask(question) {
  const filters = readFilters();
  if (filters.since && filters.until && filters.since > filters.until) {
    showError("The “Meetings from” date is after the “Meetings up to” date.");
    $("filter-since").focus();
    return;
  }
  showError("");
  $("intro").hidden = true;
  const turn = { id: nextId++, question, filters, answer: "", refused: false, citations: [], contexts: [], done: false, error: null };
  const history = historyBefore(turn);
  state.turns.push(turn);
  $("conversation").append(turnView(turn));
  showSources(turn);
  turn.parts.root.scrollIntoView({ block: "start", behavior: "smooth" });

  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);
  let done = null;
  try {
    const response = await fetch("/api/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ question, history, filters }),
      signal: controller.signal,
    });
    if (!response.ok || !response.body) {
      throw new Error(errorLine(await response.json().catch(() => null), response.status));
    }
    for await (const { event, data } of serverEvents(response)) {
      if (event === "contexts") {
        turn.contexts = data.contexts || [];
        setStatus(turn, turn.contexts.length ? `Reading ${turn.contexts.length} passages…` : "Writing the answer…");
      } else if (event === "delta") {
        turn.answer += data.text || "";
        setStatus(turn, "");
        renderAnswerText(turn.parts.body, turn.answer, turn);
      } else if (event === "citations") {
        turn.citations = data.citations || [];
        turn.refused = Boolean(data.refused);
      } else if (event === "done") {
        done = data;
      } else if (event === "error") {
        throw new Error(errorLine(data, "stream"));
      }
    }
    if (!done) throw new Error("The answer was cut off before it finished. Please ask again.");
    finishTurn(turn, done);
  } catch (exc) {
    if (exc.name === "AbortError") return;
    const message = exc instanceof TypeError ? "Could not reach Clerk. Check your connection and try again." : exc.message;
    failTurn(turn, message);
  } finally {
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}

function newConversation() {
  if (state.controller) state.controller.abort();
  state.controller = null;
  setBusy(false);
  state.turns = [];
  $("conversation").replaceChildren();
  $("intro").hidden = false;
  showError("");
  showSources(null);
  $("question").value = "";
  $("question").focus();
  announce("New conversation started.");
}

// ---------------------------------------------------------------- wiring

function submitQuestion() {
  const box = $("question");
  const question = box.value.trim();
  if (state.controller) return;
  if (!question) {
    showError("Type a question first.");
    box.focus();
    return;
  }
  box.value = "";
  autosize(box);
  ask(question);
}

function autosize(box) {
  box.style.height = "auto";
  box.style.height = `${Math.min(box.scrollHeight + 2, 240)}px`;
}

function init() {
  const box = $("question");
  $("composer").addEventListener("submit", (event) => { event.preventDefault(); submitQuestion(); });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitQuestion();
    }
  });
  box.addEventListener("input", () => { autosize(box); if (box.value.trim()) showError(""); });
  $("new-conversation").addEventListener("click", newConversation);
  for (const button of document.querySelectorAll(".example")) {
    button.addEventListener("click", () => { box.value = button.textContent; submitQuestion(); });
  }
  $("filter-council").addEventListener("change", () => { refreshCommittees(); updateFilterSummary(); });
  for (const id of ["filter-committee", "filter-since", "filter-until"]) $(id).addEventListener("change", updateFilterSummary);
  $("filters-form").addEventListener("reset", () => window.setTimeout(() => { refreshCommittees(); updateFilterSummary(); }, 0));
  $("filters-form").addEventListener("submit", (event) => event.preventDefault());
  $("copy-fallback-close").addEventListener("click", () => { $("copy-fallback").hidden = true; });
  $("sources").tabIndex = -1;
  updateFilterSummary();
  loadDocuments();
  if (WIDE.matches) box.focus(); // on a phone, focusing would pop the keyboard over the introduction
}

init();
