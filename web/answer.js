// A turn of the conversation: the question, the answer as it streams in with its [n] links, the refusal banner,
// notes on how it was searched, and the copy, show-sources and feedback controls once it is finished.

import { openUrl } from "/static/citation.js";
import { MARKER_RUN, citedNumbers, claimsOf, highlightedWords } from "/static/claims.js";
import { copyAnswer } from "/static/clipboard.js";
import { feedbackControls } from "/static/feedback.js";
import { describeFilters } from "/static/filters.js";
import { passageFor, selectSource, showSources } from "/static/sources.js";
import { $, el, formatDate, titleOf } from "/static/text.js";

// ---------------------------------------------------------------- the answer text with [n] links

function citationOf(turn, n) {
  return (turn.citations || []).find((c) => c.n === n) || null;
}

function marker(turn, n, claim) {
  const citation = turn.done ? citationOf(turn, n) : null;
  if (!citation) return el("span", { className: "cite cite--pending" }, `[${n}]`);
  const when = citation.meeting_date ? `, ${formatDate(citation.meeting_date)}` : "";
  const words = highlightedWords(passageFor(turn, citation), turn.claims || [], n, citation.quote);
  return el("a", {
    className: "cite", href: openUrl(citation, words), target: "_blank", rel: "noopener",
    "aria-label": `Source ${n}: ${titleOf(citation)}${when} (opens in a new tab)`,
    title: `${titleOf(citation)} – opens the original`, dataset: { n: String(n), claim: String(claim) },
    onclick: () => selectSource(turn, n, claim),
  }, `[${n}]`);
}

function appendWithMarkers(parent, text, turn, counter) {
  // Markers stay on the line of the word before them and the full stop after them; the k-th run of markers in
  // the answer cites the k-th claim.
  let last = 0;
  for (const match of text.matchAll(MARKER_RUN)) {
    parent.append(document.createTextNode(text.slice(last, match.index)));
    const group = el("span", { className: "cite-run" }, match[1] ? "\u00a0" : "");
    const claim = counter.next++;
    for (const [i, n] of citedNumbers(match[2]).entries()) {
      if (i) group.append(" ");
      group.append(marker(turn, n, claim));
    }
    group.append(match[3]);
    parent.append(group);
    last = match.index + match[0].length;
  }
  parent.append(document.createTextNode(text.slice(last)));
}

const BULLET = /^\s*(?:[-•*]|\d+[.)]|\([a-z0-9]+\)|[ivx]+\))\s+/i;

/** Draw the answer text so far: paragraphs, bullet lists and lead-ins, with [n] markers (links once it is done). */
export function renderAnswerText(container, text, turn) {
  const blocks = [];
  const counter = { next: 0 };
  for (const para of text.split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const lines = para.split("\n").filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => BULLET.test(l))) {
      blocks.push(el("ul", { className: "answer__list" },
        lines.map((l) => { const li = el("li"); appendWithMarkers(li, l.replace(/^\s*[-•*]\s+/, ""), turn, counter); return li; })));
    } else {
      const p = el("p");
      lines.forEach((line, i) => {
        // "At the … Sub-Committee on 19 September 2017 (Croydon):" introduces what follows: set it as a lead-in.
        if (i === 0 && lines.length > 1 && /:\s*$/.test(line) && !/\[\d+/.test(line)) {
          p.append(el("span", { className: "answer__lead" }, line.trim()));
          return;
        }
        if (i && !(i === 1 && p.firstChild && p.firstChild.className === "answer__lead")) p.append(el("br"));
        appendWithMarkers(p, line, turn, counter);
      });
      blocks.push(p);
    }
  }
  container.replaceChildren(...blocks);
}

// ---------------------------------------------------------------- a turn in the conversation

/** The list item for a new turn, its parts kept on `turn.parts` for the other functions here. */
export function turnView(turn) {
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

/** Show `text` as the turn's progress line, or hide the line for "". */
export function setStatus(turn, text) {
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

/** Draw a finished turn: the final text with live [n] links, the refusal banner if refused, notes and controls. */
export function renderFinished(turn, done) {
  turn.claims = turn.refused ? [] : claimsOf(turn.answer);
  setStatus(turn, "");
  turn.parts.answer.classList.toggle("answer--refused", turn.refused);
  turn.parts.refusal.hidden = !turn.refused;
  renderAnswerText(turn.parts.body, turn.answer, turn);
  turn.parts.body.setAttribute("aria-busy", "false");
  renderNotes(turn, done);
  renderActions(turn);
}

/** Draw a failed turn: one line saying what went wrong, in place of the answer. */
export function renderFailure(turn, message) {
  setStatus(turn, "");
  turn.parts.body.setAttribute("aria-busy", "false");
  turn.parts.answer.classList.add("answer--error");
  turn.parts.body.replaceChildren(el("p", { className: "answer__error", role: "alert" }, message));
}
