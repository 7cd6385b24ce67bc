// Text helpers both pages share: dates and sections for people, building elements from text, finding a quote in
// a passage, marking it, and one line for an API error. Text only ever reaches the page as text nodes, never HTML.

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

/**
 * Append text to `parent` as text nodes, each of `ranges` ({start, end, claim?}, in order, not overlapping) wrapped
 * in a <mark> carrying its claim's number; the marks, in order. The text between them stays plain, as context.
 */
export function appendMarkedRanges(parent, text, ranges, markProps = {}) {
  const marks = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    parent.append(document.createTextNode(text.slice(at, start)));
    const mark = el("mark", markProps, text.slice(start, range.end));
    if (range.claim !== undefined) mark.dataset.claim = String(range.claim);
    parent.append(mark);
    marks.push(mark);
    at = range.end;
  }
  parent.append(document.createTextNode(text.slice(at)));
  return marks;
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

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

function basename(path) {
  return (path || "").split(/[\\/]/).pop() || "";
}

/** What to call a paper (a document, a citation or a passage): its title, else its file name. */
export function titleOf(item) {
  return item.title || basename(item.source) || "Untitled paper";
}

/** The hidden words a screen reader hears after a link that opens a new tab. */
export function newTab() {
  return el("span", { className: "visually-hidden" }, " (opens in a new tab)");
}
