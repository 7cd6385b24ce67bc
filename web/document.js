// The text view of one paper (/documents/{doc_id}?chunk=…&quote=…): the paper's text, the cited passage framed, the quoted words marked.
// Paper text is only ever put in the page as text nodes: a paper's own markup (<b>, <ul>…) is shown, never run.

import { whenLabel } from "/static/citation.js";
import { appendMarkedRanges, el, errorLine, findQuote, formatDate, formatSection, locateChunk, newTab, titleOf } from "/static/text.js";

function metaRow(list, label, value) {
  if (!value) return;
  list.append(el("div", { className: "doc-meta__row" }, el("dt", {}, label), el("dd", {}, String(value))));
}

/** Where each quoted stretch sits in `text`, in order, overlaps merged; [] when none is found. */
function quoteRanges(text, quotes) {
  const found = quotes.map((q) => findQuote(text, q)).filter(Boolean).sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function renderChunks(container, chunks, chunkId, quotes, label) {
  // Fallback when the cited chunk cannot be placed in the document text: show the text chunk by chunk.
  let target = null;
  for (const chunk of chunks) {
    const cited = chunk.chunk_id === chunkId;
    const block = el("div", { className: cited ? "doc-chunk doc-chunk--cited" : "doc-chunk", id: `chunk-${chunk.chunk_id}` });
    if (cited) {
      block.tabIndex = -1;
      block.append(el("span", { className: "visually-hidden" }, `${label}: `));
      appendMarkedRanges(block, chunk.text, quoteRanges(chunk.text, quotes), { className: "doc-quote" });
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

function paragraph(text, para, marks) {
  // One paragraph as a <p> (a one-line "## Heading" as a heading), the parts inside `marks` (document offsets) marked.
  const heading = /^(#{1,6})[ \t]+(?=\S)/.exec(text.slice(para.start, para.end));
  let p;
  if (heading && !text.slice(para.start, para.end).includes("\n")) {
    p = el(heading[1].length <= 2 ? "h3" : "h4", { className: "doc__heading" });
    para = { start: para.start + heading[0].length, end: para.end };
  } else {
    p = el("p", { className: "doc__para" });
  }
  const local = [];
  for (const mark of marks) {
    const from = Math.max(mark.start, para.start);
    const to = Math.min(mark.end, para.end);
    if (from < to) local.push({ start: from - para.start, end: to - para.start });
  }
  appendMarkedRanges(p, text.slice(para.start, para.end), local, { className: "doc-quote" });
  return p;
}

function renderText(container, text, range, quotes, label) {
  // The document text paragraph by paragraph; the paragraphs of the cited chunk sit in one framed block, only the
  // quoted words marked inside it and the rest left plain, as context.
  const quoted = range
    ? quoteRanges(text.slice(range.start, range.end), quotes).map((r) => ({ start: range.start + r.start, end: range.start + r.end }))
    : [];
  let cited = null;
  for (const para of paragraphs(text)) {
    const inCited = range && para.end > range.start && para.start < range.end;
    const node = paragraph(text, para, inCited ? quoted : []);
    if (!inCited) {
      container.append(node);
      continue;
    }
    if (!cited) {
      cited = el("div", { className: "doc-cited", id: "cited", tabIndex: -1, role: "region", "aria-label": label },
        el("p", { className: "doc-cited__label", "aria-hidden": "true" }, label));
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
  const quotes = params.getAll("quote").filter((q) => q.trim());
  const closest = params.get("closest") === "1";
  const label = closest ? "Closest passage (not an answer)" : "Cited passage";
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
  const when = whenLabel(doc);
  if (when && /^Inspection/.test(when) && doc.date_end && doc.date_end !== doc.meeting_date) {
    metaRow(meta, "Inspection", `${formatDate(doc.meeting_date)} to ${formatDate(doc.date_end)}`);
  } else if (when) {
    metaRow(meta, when.startsWith("Inspection") ? "Inspection from" : "Meeting", formatDate(doc.meeting_date));
  }
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
    target = range ? renderText(textBox, doc.text, range, quotes, label) : renderChunks(textBox, doc.chunks, chunkId, quotes, label);
    const where = [formatSection(chunk.section), pagesOf(chunk)].filter(Boolean).join(", ");
    const marked = target ? target.querySelectorAll("mark").length : 0;
    status.replaceChildren(
      closest ? "The passage closest to your question" : "The cited passage", where ? ` (${where})` : "", " is framed",
      closest ? "; the papers don’t answer the question, so nothing in it is marked as evidence. "
        : marked ? ", with the quoted words marked. " : ". ",
      el("button", { type: "button", className: "link-button", onclick: () => focusTarget(target) }, "Go to the passage"),
    );
  } else {
    renderText(textBox, doc.text || "", null, [], label);
    status.textContent = chunkId ? "The cited passage is no longer in this paper; the whole text is shown." : "";
  }
  status.hidden = !status.textContent;
  textBox.hidden = false;
  if (target) focusTarget(target);
}

function pagesOf(chunk) {
  if (!chunk.page_start) return null;
  return chunk.page_end && chunk.page_end !== chunk.page_start ? `pages ${chunk.page_start}–${chunk.page_end}` : `page ${chunk.page_start}`;
}

function focusTarget(target) {
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

showDocument();
