// The text view of one paper (/documents/{doc_id}?chunk=…&quote=…): the paper's text, the cited passage highlighted.
// Paper text is only ever put in the page as text nodes: a paper's own markup (<b>, <ul>…) is shown, never run.

import { appendMarked, el, errorLine, findQuote, formatDate, formatSection, locateChunk, newTab, titleOf } from "/static/text.js";

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

  const name = titleOf(doc);
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
    "Open the original file", newTab()));
  if (doc.url && /^https?:\/\//i.test(doc.url)) {
    actions.append(el("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" },
      "Published copy", newTab()));
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

showDocument();
