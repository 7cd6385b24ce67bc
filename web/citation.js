// How the chat names, describes and links a cited passage (a citation, or a context retrieval found).

import { formatDate, formatSection } from "/static/text.js";

/** Where a reader checks a passage; contexts carry no url, so build it the way the API does. */
export function urlOf(item) {
  if (item.url) return item.url;
  const page = item.page ?? item.page_start;
  if ((item.source || "").toLowerCase().endsWith(".pdf") && page) {
    return `/api/documents/${encodeURIComponent(item.doc_id)}/file#page=${page}`;
  }
  return `/documents/${encodeURIComponent(item.doc_id)}?chunk=${encodeURIComponent(item.chunk_id)}`;
}

/** The link to open: the text view also gets the quote, so it can mark the exact words. */
export function openUrl(item, quote) {
  const url = urlOf(item);
  if (quote && url.startsWith("/documents/") && !url.includes("quote=")) {
    return `${url}${url.includes("?") ? "&" : "?"}quote=${encodeURIComponent(quote.slice(0, 1500))}`;
  }
  return url;
}

/** Whether a link opens the original PDF rather than the text view. */
export function isPdfLink(url) {
  return url.includes("/file#page=") || /\.pdf($|#|\?)/i.test(url);
}

/** Council, committee and meeting date, those known. */
export function metaParts(item) {
  return [item.council, item.committee, formatDate(item.meeting_date)].filter(Boolean);
}

/** Council and meeting date, those known. */
export function headlineParts(item) {
  return [item.council, formatDate(item.meeting_date)].filter(Boolean);
}

/** Agenda item, paragraph and page, those known. */
export function whereParts(item) {
  const page = item.page ?? item.page_start;
  return [item.item, formatSection(item.section), page ? `page ${page}` : null].filter(Boolean);
}
