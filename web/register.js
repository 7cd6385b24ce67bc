// The commitments register (/commitments): what was resolved, recommended, asked for and promised, newest meeting first.
// The filters live in the address too, so a filtered register can be shared. Server text only ever goes in as text.

import { isPdfLink, openUrl, whereParts } from "/static/citation.js";
import { committeesOf, councilsOf, describeFilters, fetchDocuments, fillSelect } from "/static/filters.js";
import { $, el, errorLine, formatDate, titleOf } from "/static/text.js";

const FIELDS = ["council", "committee", "kind", "actor", "since", "until"]; // as the address and the API name them
const KINDS = { resolution: "Resolution", recommendation: "Recommendation", action: "Action", undertaking: "Undertaking" };
const LIMIT = 1000; // the most the API returns at once; the status line says when there are more
const TYPING_MS = 350; // how long "Who" waits for the reader to stop typing
const LOADING_MS = 200; // a quick answer replaces the count without flashing "Loading…" first
const WIDE = window.matchMedia("(min-width: 700px)"); // narrower, the filters fold away behind their summary

let documents = []; // the papers the server holds, for the council and committee lists
let controller = null; // aborts the request a newer one replaces
let requested = null; // the query last asked for, so a repeated change does not fetch again
let typing = 0;

const control = (name) => $(`filter-${name}`);

/** The filters the form shows, as the API takes them (only those set). */
function readForm() {
  const filters = {};
  for (const name of FIELDS) {
    const value = control(name).value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** Put `wanted` in a select (matched regardless of case), offering it even when the list lacks it. */
function choose(select, values, allLabel, wanted) {
  const match = wanted ? values.find((v) => v.toLowerCase() === wanted.toLowerCase()) : null;
  fillSelect(select, wanted && !match ? [...values, wanted] : values, allLabel);
  select.value = match || wanted || "";
}

function refreshCommittees() {
  fillSelect(control("committee"), committeesOf(documents, control("council").value), "All committees");
}

/** Set the form from the address: the filters of a shared link. */
function readAddress() {
  const params = new URLSearchParams(location.search);
  const get = (name) => (params.get(name) || "").trim();
  choose(control("council"), [], "All councils", get("council"));
  choose(control("committee"), [], "All committees", get("committee"));
  control("kind").value = Object.hasOwn(KINDS, get("kind")) ? get("kind") : "";
  control("actor").value = get("actor");
  control("since").value = get("since"); // a date input keeps only a valid date
  control("until").value = get("until");
}

/** Mirror the filters in the address (replacing it, so Back still leaves the page). */
function writeAddress(filters) {
  const query = new URLSearchParams(filters).toString();
  history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
}

async function loadLists() {
  try {
    documents = await fetchDocuments();
  } catch {
    const hint = $("filters-hint");
    hint.textContent = "The lists of councils and committees could not be loaded; the other filters still work.";
    hint.hidden = false;
    return;
  }
  choose(control("council"), councilsOf(documents), "All councils", control("council").value);
  choose(control("committee"), committeesOf(documents, control("council").value), "All committees", control("committee").value);
  const filters = readForm(); // a council typed in any case now reads as the papers spell it
  summarise(filters);
  writeAddress(filters);
}

/** The filters in words, one part per filter set; [] for none. */
function described(filters) {
  return [...describeFilters(filters), ...(filters.actor ? [`who: ${filters.actor}`] : [])];
}

function summarise(filters) {
  const parts = described(filters);
  $("filters-current").textContent = parts.length ? parts.join(", ") : "All councils, committees, kinds and dates";
  $("register-filters-panel").classList.toggle("register-filters--active", parts.length > 0);
}

function say(text, error = false) {
  const status = $("register-status");
  status.textContent = text;
  status.classList.toggle("register-status--error", error);
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words joined by a middle dot (drawn by CSS), or nothing when there are none. */
function dotted(className, words) {
  return words.length ? el("span", { className }, words.map((w) => el("span", {}, w))) : null;
}

/** A dash for the eye, words for a screen reader. */
function blank(words) {
  return [el("span", { className: "register-row__none", "aria-hidden": "true" }, "—"), el("span", { className: "visually-hidden" }, words)];
}

function cell(label, props, ...children) {
  return el("td", { role: "cell", "data-label": label, ...props }, ...children);
}

/** One commitment as a table row: the meeting, its kind, who, when, and its words linked to the passage. */
function rowOf(c) {
  const date = formatDate(c.meeting_date);
  const url = openUrl(c, c.text);
  const due = c.due || formatDate(c.due_date);
  const known = Object.hasOwn(KINDS, c.kind);
  return el("tr", { role: "row" },
    cell("Meeting", { className: "register-row__meeting" },
      date
        ? el("time", { className: "register-row__date", dateTime: c.meeting_date }, date)
        : el("span", { className: "register-row__date register-row__date--none" }, "Date not known"),
      dotted("register-row__body", [c.council, c.committee].filter(Boolean)),
      dotted("register-row__where", whereParts(c))),
    cell("Kind", { className: "register-row__kind" }, el("span", { className: known ? `tag tag--${c.kind}` : "tag" }, known ? KINDS[c.kind] : capitalised(c.kind || "Other"))),
    cell("Who", { className: c.actor ? null : "register-row__empty" }, c.actor ? capitalised(c.actor) : blank("Not stated")),
    cell("Due", { className: due ? null : "register-row__empty" }, due ? capitalised(due) : blank("Not stated")),
    cell("Commitment", { className: "register-row__commitment" },
      el("p", { className: "register-row__text" }, c.text),
      el("p", { className: "register-row__source" },
        el("a", { href: url }, isPdfLink(url) && c.page ? `Open the PDF at page ${c.page}` : "Open the passage"),
        el("span", { className: "register-row__paper" }, `in “${titleOf(c)}”`))));
}

function show(body, filters) {
  const rows = Array.isArray(body.commitments) ? body.commitments : [];
  const count = Number.isInteger(body.count) ? body.count : rows.length;
  $("register-rows").replaceChildren(...rows.map(rowOf));
  $("register-table").hidden = rows.length === 0;
  const parts = described(filters);
  $("register-caption").textContent = `Commitments register${parts.length ? ` (${parts.join(", ")})` : ""}, newest meeting first`;
  if (!rows.length) {
    say(Object.keys(filters).length ? "No commitments match these filters." : "No commitments have been found in the papers yet.");
  } else if (count > rows.length) {
    say(`${rows.length} of ${count} commitments shown: narrow the filters to see the rest.`);
  } else {
    say(`${count} commitment${count === 1 ? "" : "s"}`);
  }
}

function clearRows() {
  $("register-rows").replaceChildren();
  $("register-table").hidden = true;
}

/** Fetch the register for the form's filters and show it (a newer request cancels an older one). */
async function update() {
  window.clearTimeout(typing);
  const filters = readForm();
  summarise(filters);
  const query = new URLSearchParams({ ...filters, limit: String(LIMIT) }).toString();
  if (query === requested) return;
  writeAddress(filters);
  if (controller) controller.abort();
  if (filters.since && filters.until && filters.since > filters.until) { // ISO dates compare as text
    controller = null;
    requested = null; // so going back to the last good dates fetches them again
    clearRows();
    say("“Meetings from” is after “Meetings up to”: change one of the dates.", true);
    return;
  }
  requested = query;
  const mine = new AbortController();
  controller = mine;
  const table = $("register-table");
  table.setAttribute("aria-busy", "true");
  const loading = window.setTimeout(() => say("Loading…"), LOADING_MS);
  try {
    const response = await fetch(`/api/commitments?${query}`, { headers: { Accept: "application/json" }, signal: mine.signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(errorLine(body, response.status));
    show(body || {}, filters);
  } catch (exc) {
    if (exc.name === "AbortError") return;
    requested = null; // so the same filters can be tried again
    clearRows();
    say(exc instanceof TypeError ? "Could not reach Clerk. Check your connection and try again." : exc.message, true);
  } finally {
    window.clearTimeout(loading);
    if (controller === mine) {
      controller = null;
      table.removeAttribute("aria-busy");
    }
  }
}

function init() {
  readAddress();
  const form = $("register-filters");
  const panel = $("register-filters-panel");
  panel.open = WIDE.matches;
  WIDE.addEventListener("change", () => { if (WIDE.matches) panel.open = true; });
  control("council").addEventListener("change", () => { refreshCommittees(); update(); });
  for (const name of FIELDS.filter((n) => n !== "council")) control(name).addEventListener("change", update);
  control("actor").addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(update, TYPING_MS);
  });
  control("actor").addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); update(); } });
  form.addEventListener("submit", (event) => { event.preventDefault(); update(); });
  form.addEventListener("reset", () => window.setTimeout(() => { refreshCommittees(); update(); }, 0));
  update();
  loadLists();
}

init();
