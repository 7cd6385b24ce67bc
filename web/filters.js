// The filter bar: council, committee and meeting dates for the next question, and a summary of them. The helpers
// that fill the council and committee lists are shared with the commitments register.

import { $, el, formatDate } from "/static/text.js";

let documents = []; // the papers the server holds, for the council and committee lists

/** The filters as the chat API takes them (null for each one not set). */
export function readFilters() {
  return {
    council: $("filter-council").value || null,
    committee: $("filter-committee").value || null,
    since: $("filter-since").value || null,
    until: $("filter-until").value || null,
  };
}

/** Filters (as sent, or as the server applied them) in words, one part per filter set; [] for none. */
export function describeFilters(f) {
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
  const parts = describeFilters(readFilters());
  $("filters-current").textContent = parts.length ? parts.join(", ") : "All councils, all committees, any date";
  $("filters").classList.toggle("filters--active", parts.length > 0);
}

/** Fill a <select> with an "all" option and `values`, keeping its choice when that is still offered. */
export function fillSelect(select, values, allLabel) {
  const keep = select.value;
  select.replaceChildren(el("option", { value: "" }, allLabel), ...values.map((v) => el("option", { value: v }, v)));
  select.value = values.includes(keep) ? keep : "";
}

/** The distinct values set, sorted the way a reader expects. */
export function uniqueSorted(values) {
  return [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, "en-GB"));
}

/** The councils the papers name, sorted. */
export function councilsOf(docs) {
  return uniqueSorted(docs.map((d) => d.council));
}

/** The committees of one council's papers (of all papers when `council` is empty), sorted. */
export function committeesOf(docs, council) {
  return uniqueSorted((council ? docs.filter((d) => d.council === council) : docs).map((d) => d.committee));
}

/** The papers the server holds (GET /api/documents); throws when they cannot be loaded. */
export async function fetchDocuments() {
  const response = await fetch("/api/documents", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

function refreshCommittees() {
  fillSelect($("filter-committee"), committeesOf(documents, $("filter-council").value), "All committees");
}

async function loadDocuments() {
  try {
    documents = await fetchDocuments();
  } catch {
    $("filters-hint").textContent = "The list of councils and committees could not be loaded; dates still work.";
    return;
  }
  fillSelect($("filter-council"), councilsOf(documents), "All councils");
  refreshCommittees();
  const n = documents.length;
  $("filters-hint").textContent = `${n} paper${n === 1 ? "" : "s"} available. Filters apply to the next question you ask.`;
}

/** Wire the filter bar, show its summary, and fill the council and committee lists from the server. */
export function initFilters() {
  $("filter-council").addEventListener("change", () => { refreshCommittees(); updateFilterSummary(); });
  for (const id of ["filter-committee", "filter-since", "filter-until"]) $(id).addEventListener("change", updateFilterSummary);
  $("filters-form").addEventListener("reset", () => window.setTimeout(() => { refreshCommittees(); updateFilterSummary(); }, 0));
  $("filters-form").addEventListener("submit", (event) => event.preventDefault());
  updateFilterSummary();
  loadDocuments();
}
