// The filter bar: council, committee and meeting dates for the next question, and a summary of them.

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
  const docs = council ? documents.filter((d) => d.council === council) : documents;
  fillSelect($("filter-committee"), uniqueSorted(docs.map((d) => d.committee)), "All committees");
}

async function loadDocuments() {
  try {
    const response = await fetch("/api/documents", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(String(response.status));
    documents = await response.json();
  } catch {
    $("filters-hint").textContent = "The list of councils and committees could not be loaded; dates still work.";
    return;
  }
  fillSelect($("filter-council"), uniqueSorted(documents.map((d) => d.council)), "All councils");
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
