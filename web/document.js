// The text view of one paper (/documents/{doc_id}?chunk=…&quote=…), and the text helpers the chat shares.
// Paper text is only ever put in the page as text nodes: a paper's own markup (<b>, <ul>…) is shown, never run.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2017-09-19" -> "19 Sep 2017"; anything else comes back unchanged (null for empty). */
export function formatDate(iso) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2.5" -> "para 2.5"; a heading-like section is kept as it is. */
export function formatSection(section) {
  if (!section) return null;
  const s = section.trim();
  const number = "\\d+(?:\\.\\d+)*[a-z]?";
  if (new RegExp(`^${number}$`, "i").test(s)) return `para ${s}`;
  if (new RegExp(`^${number}\\s*[–-]\\s*${number}$`, "i").test(s)) return `paras ${s.replace(/\s*[–-]\s*/, "–")}`;
  return s;
}

/** Build an element: el("p", {className: "x"}, "text", child) — children are strings (as text) or nodes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key in node && typeof node[key] !== "object" && !key.startsWith("aria")) node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// Typographic variants a quote may differ by; each maps one character to one, so positions survive.
const FOLD = { "\u2018": "'", "\u2019": "'", "\u201C": '"', "\u201D": '"', "\u2013": "-", "\u2014": "-", "\u00AD": "-" };

function fold(ch) {
  return (FOLD[ch] || ch).toLowerCase();
}

/** The text with whitespace runs collapsed to one space and case folded, and where each kept character came from. */
function flatten(text) {
  let flat = "";
  const from = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (!space && flat.length) {
        flat += " ";
        from.push(i);
      }
      space = true;
    } else {
      flat += fold(ch);
      from.push(i);
      space = false;
    }
  }
  return { flat, from };
}

function flattenQuery(query) {
  return Array.from(query.replace(/\s+/g, " ").trim(), fold).join("");
}

/**
 * Where `quote` sits in `text`, ignoring differences of whitespace, case and curly quotes: {start, end} or null.
 * A quote shortened with "…" is matched from its first part to its last.
 */
export function findQuote(text, quote, flattened = null) {
  if (!text || !quote) return null;
  const { flat, from } = flattened || flatten(text);
  const parts = quote.split(/\s*(?:\u2026|\.\.\.)\s*/).map(flattenQuery).filter((p) => p.length > 0);
  if (!parts.length) return null;
  const first = flat.indexOf(parts[0]);
  if (first < 0) return null;
  let endFlat = first + parts[0].length;
  for (const part of parts.slice(1)) {
    const at = flat.indexOf(part, endFlat);
    if (at < 0) break;
    endFlat = at + part.length;
  }
  return { start: from[first], end: from[endFlat - 1] + 1 };
}

/**
 * Where a passage (a chunk) sits in a document's text: the whole passage, else from its opening words to its
 * closing words (a chunk can carry headings or joins the document text lacks).
 */
export function findPassage(text, passage) {
  const flattened = flatten(text);
  const whole = findQuote(text, passage, flattened);
  if (whole) return whole;
  const words = passage.replace(/\s+/g, " ").trim().split(" ");
  if (words.length < 12) return null;
  const head = words.slice(0, 12).join(" ");
  const tail = words.slice(-12).join(" ");
  const lines = passage.split("\n").map((l) => l.trim()).filter((l) => l.length > 40);
  const start = findQuote(text, head, flattened) || (lines.length ? findQuote(text, lines[0], flattened) : null);
  if (!start) return null;
  const end = findQuote(text.slice(start.start), tail);
  if (end) return { start: start.start, end: start.start + end.end };
  return { start: start.start, end: Math.min(text.length, start.start + passage.length) };
}

/**
 * Where the chunk `chunkId` sits in a document's text. The chunks are walked in order, so a passage the paper
 * repeats (a heading, a standard paragraph) is placed at its own occurrence, not the first.
 */
export function locateChunk(text, chunks, chunkId) {
  const flattened = flatten(text);
  const ordered = [...chunks].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  let cursor = 0;
  for (const chunk of ordered) {
    const wanted = flattenQuery(chunk.text || "");
    const at = wanted ? flattened.flat.indexOf(wanted, cursor) : -1;
    if (chunk.chunk_id === chunkId) {
      if (at >= 0) return { start: flattened.from[at], end: flattened.from[at + wanted.length - 1] + 1 };
      return findPassage(text, chunk.text || "");
    }
    if (at >= 0) cursor = at + 1;
  }
  return null;
}

/** Append text to `parent` as text nodes, with text[range] wrapped in a <mark> (returned, or null). */
export function appendMarked(parent, text, range, markProps = {}) {
  if (!range) {
    parent.append(document.createTextNode(text));
    return null;
  }
  const mark = el("mark", markProps, text.slice(range.start, range.end));
  parent.append(document.createTextNode(text.slice(0, range.start)), mark, document.createTextNode(text.slice(range.end)));
  return mark;
}

/** One line for an API error body ({error, detail}) or a failed request. */
export function errorLine(body, status) {
  if (!body || typeof body !== "object") return `The server replied with an error (${status}).`;
  let detail = body.detail;
  if (Array.isArray(detail)) {
    detail = detail
      .map((d) => {
        const where = Array.isArray(d.loc) ? d.loc.filter((p) => p !== "body").join(".") : "";
        const msg = String(d.msg || "").replace(/^Value error, /, "");
        return where ? `${where}: ${msg}` : msg;
      })
      .join("; ");
  } else if (detail && typeof detail === "object") {
    detail = JSON.stringify(detail);
  }
  const line = [body.error, detail].filter(Boolean).join(" – ") || `error ${status}`;
  const text = line.charAt(0).toUpperCase() + line.slice(1);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

// ---- the text view page ----

function metaRow(list, label, value) {
  if (!value) return;
  list.append(el("div", { className: "doc-meta__row" }, el("dt", {}, label), el("dd", {}, String(value))));
}

function renderChunks(container, chunks, chunkId, quote) {
  // Fallback when the cited chunk cannot be placed in the document text: show the text chunk by chunk.
  let target = null;
  for (const chunk of chunks) {
    const cited = chunk.chunk_id === chunkId;
    const block = el("div", { className: cited ? "doc-chunk doc-chunk--cited" : "doc-chunk", id: `chunk-${chunk.chunk_id}` });
    if (cited) {
      block.tabIndex = -1;
      block.append(el("span", { className: "visually-hidden" }, "Cited passage: "));
      appendMarked(block, chunk.text, quote ? findQuote(chunk.text, quote) : null, { className: "doc-quote" });
      target = block;
    } else {
      block.append(document.createTextNode(chunk.text));
    }
    container.append(block);
  }
  return target;
}

/** The text's paragraphs (split at blank lines) as {start, end} offsets, surrounding whitespace left out. */
function paragraphs(text) {
  const out = [];
  const push = (from, to) => {
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  const blank = /\n[^\S\n]*\n\s*/g;
  let last = 0;
  for (const m of text.matchAll(blank)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

function paragraph(text, para, mark) {
  // One paragraph as a <p> (a one-line "## Heading" as a heading), the part inside `mark` (document offsets) marked.
  const heading = /^(#{1,6})[ \t]+(?=\S)/.exec(text.slice(para.start, para.end));
  let p;
  if (heading && !text.slice(para.start, para.end).includes("\n")) {
    p = el(heading[1].length <= 2 ? "h3" : "h4", { className: "doc__heading" });
    para = { start: para.start + heading[0].length, end: para.end };
  } else {
    p = el("p", { className: "doc__para" });
  }
  const from = mark ? Math.max(mark.start, para.start) : 0;
  const to = mark ? Math.min(mark.end, para.end) : 0;
  const local = from < to ? { start: from - para.start, end: to - para.start } : null;
  appendMarked(p, text.slice(para.start, para.end), local, { className: "doc-quote" });
  return p;
}

function renderText(container, text, range, quote) {
  // The document text paragraph by paragraph; the paragraphs of the cited chunk sit in one highlighted block,
  // with the quoted words marked inside it.
  let quoted = null;
  if (range && quote) {
    const inner = findQuote(text.slice(range.start, range.end), quote);
    if (inner) quoted = { start: range.start + inner.start, end: range.start + inner.end };
  }
  let cited = null;
  for (const para of paragraphs(text)) {
    const inCited = range && para.end > range.start && para.start < range.end;
    const node = paragraph(text, para, inCited ? quoted : null);
    if (!inCited) {
      container.append(node);
      continue;
    }
    if (!cited) {
      cited = el("div", { className: "doc-cited", id: "cited", tabIndex: -1, role: "region", "aria-label": "Cited passage" },
        el("p", { className: "doc-cited__label", "aria-hidden": "true" }, "Cited passage"));
      container.append(cited);
    }
    cited.append(node);
  }
  return cited;
}

async function showDocument() {
  const docId = decodeURIComponent(location.pathname.replace(/\/+$/, "").split("/").pop() || "");
  const params = new URLSearchParams(location.search);
  const chunkId = params.get("chunk");
  const quote = params.get("quote");
  const title = document.getElementById("doc-title");
  const status = document.getElementById("doc-status");
  const textBox = document.getElementById("doc-text");

  let doc;
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(docId)}`, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(errorLine(body, response.status));
    doc = body;
  } catch (exc) {
    title.textContent = "This paper could not be shown";
    status.textContent = exc instanceof TypeError ? "Could not reach Clerk. Check your connection and reload the page." : exc.message;
    status.className = "doc-status doc-status--error";
    return;
  }

  const name = doc.title || (doc.source || "").split("/").pop() || "Untitled paper";
  title.textContent = name;
  if (doc.kind) document.getElementById("doc-kind").textContent = doc.kind.charAt(0).toUpperCase() + doc.kind.slice(1);
  document.title = `${name} – Clerk`;
  const meta = document.getElementById("doc-meta");
  metaRow(meta, "Council", doc.council);
  metaRow(meta, "Committee", doc.committee);
  metaRow(meta, "Meeting", formatDate(doc.meeting_date));
  metaRow(meta, "Item", doc.item);
  metaRow(meta, "Type", doc.kind);
  metaRow(meta, "Pages", doc.pages);

  const actions = document.getElementById("doc-actions");
  actions.append(el("a", { href: `/api/documents/${encodeURIComponent(doc.doc_id)}/file`, target: "_blank", rel: "noopener" },
    "Open the original file", el("span", { className: "visually-hidden" }, " (opens in a new tab)")));
  if (doc.url && /^https?:\/\//i.test(doc.url)) {
    actions.append(el("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" },
      "Published copy", el("span", { className: "visually-hidden" }, " (opens in a new tab)")));
  }

  const chunk = chunkId ? (doc.chunks || []).find((c) => c.chunk_id === chunkId) : null;
  let target = null;
  if (chunk) {
    const range = locateChunk(doc.text || "", doc.chunks, chunk.chunk_id);
    target = range ? renderText(textBox, doc.text, range, quote) : renderChunks(textBox, doc.chunks, chunkId, quote);
    const where = [formatSection(chunk.section), chunk.page_start ? `page ${chunk.page_start}` : null].filter(Boolean).join(", ");
    status.replaceChildren(
      "The cited passage", where ? ` (${where})` : "", " is highlighted",
      quote ? ", with the quoted words marked. " : ". ",
      el("button", { type: "button", className: "link-button", onclick: () => focusTarget(target) }, "Go to the passage"),
    );
  } else {
    renderText(textBox, doc.text || "", null, null);
    status.textContent = chunkId ? "The cited passage is no longer in this paper; the whole text is shown." : "";
  }
  status.hidden = !status.textContent;
  textBox.hidden = false;
  if (target) focusTarget(target);
}

function focusTarget(target) {
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

if (document.body && document.body.dataset.page === "document") {
  showDocument();
}
