// How the chat names, describes and links a cited passage (a citation, or a context retrieval found).

import { formatDate, formatSection } from "/static/text.js";

/**
 * Where a reader checks a passage in Clerk's own view (the quote marked): the API's viewer_url, or its url when
 * that is Clerk's own; a paper's public address (the council's site) is offered beside it, not instead.
 */
export function urlOf(item) {
  if (item.viewer_url) return item.viewer_url;
  if (item.url && item.url.startsWith("/")) return item.url;
  const page = item.page ?? item.page_start;
  if ((item.source || "").toLowerCase().endsWith(".pdf") && page) {
    return `/api/documents/${encodeURIComponent(item.doc_id)}/file#page=${page}`;
  }
  return `/documents/${encodeURIComponent(item.doc_id)}?chunk=${encodeURIComponent(item.chunk_id)}`;
}

/**
 * The link to open: the text view also gets the quoted words (a string or a list of stretches), so it can mark
 * exactly those; `closest` says the passage is only the closest material to a question the papers don't answer.
 */
export function openUrl(item, quotes, { closest = false } = {}) {
  const url = urlOf(item);
  if (!url.startsWith("/documents/") || url.includes("quote=")) return url;
  const params = [];
  let room = 1500;
  for (const quote of (Array.isArray(quotes) ? quotes : [quotes]).filter(Boolean)) {
    if (room <= 0) break;
    params.push(`quote=${encodeURIComponent(quote.slice(0, room))}`);
    room -= quote.length;
  }
  if (closest) params.push("closest=1");
  return params.length ? `${url}${url.includes("?") ? "&" : "?"}${params.join("&")}` : url;
}

/** Whether a link opens the original PDF rather than the text view. */
export function isPdfLink(url) {
  return url.includes("/file#page=") || /\.pdf($|#|\?)/i.test(url);
}

/** Council, committee and meeting date, those known. */
export function metaParts(item) {
  return [item.council, item.committee, formatDate(item.meeting_date)].filter(Boolean);
}

/** The date a paper is from, said for a reader: "Meeting 19 Sep 2017", "Inspection from 14 Oct 2024"; null if unknown. */
export function whenLabel(item, kind = item.kind) {
  if (!item.meeting_date) return null;
  const day = formatDate(item.meeting_date);
  return /inspection/i.test(kind || "") ? `Inspection from ${day}` : `Meeting ${day}`;
}

/** Council and meeting date, those known (`kind` when the item does not carry its own). */
export function headlineParts(item, kind = item.kind) {
  return [item.council, whenLabel(item, kind)].filter(Boolean);
}

/** Agenda item, paragraph and page, those known. */
export function whereParts(item) {
  const page = item.page ?? item.page_start;
  return [item.item, formatSection(item.section), page ? `page ${page}` : null].filter(Boolean);
}
