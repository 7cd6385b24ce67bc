// The web chat: ask, stream the answer, show each [n] source with its quote highlighted, follow-ups, feedback.
// This module holds the conversation and wires the page; the parts live in answer, sources, filters, stream,
// clipboard and feedback. Everything from the server goes into the page as text nodes, never as HTML.

import { renderAnswerText, renderFailure, renderFinished, setStatus, turnView } from "/static/answer.js";
import { initClipboard } from "/static/clipboard.js";
import { initFilters, readFilters } from "/static/filters.js";
import { WIDE, activeTurn, showSources } from "/static/sources.js";
import { streamChat } from "/static/stream.js";
import { $ } from "/static/text.js";

const state = {
  turns: [], // {id, question, filters, answer, refused, citations, contexts, done, error, parts}
  controller: null, // aborts the answer being streamed
};
let nextId = 1;

function announce(message) {
  const node = $("announcer");
  node.textContent = "";
  window.setTimeout(() => { node.textContent = message; }, 50);
}

function showError(message) {
  const node = $("error");
  node.textContent = message;
  node.hidden = !message;
}

function historyBefore(turn) {
  const history = [];
  for (const t of state.turns) {
    if (t === turn) break;
    if (!t.done || t.error) continue;
    history.push({ role: "user", content: t.question }, { role: "assistant", content: t.answer });
  }
  return history.slice(-20);
}

function setBusy(busy) {
  $("send").disabled = busy;
  $("send").textContent = busy ? "Answering…" : "Ask";
  $("composer").setAttribute("aria-busy", String(busy));
}

function finishTurn(turn, done) {
  turn.done = true;
  turn.refused = Boolean(turn.refused || (done && done.refused));
  if (done && typeof done.answer === "string") turn.answer = done.answer;
  renderFinished(turn, done || {});
  showSources(turn);
  bringIntoView(turn);
  announce(turn.refused ? "The papers don’t cover this question." : `Answer ready, with ${turn.citations.length} source${turn.citations.length === 1 ? "" : "s"}.`);
}

function bringIntoView(turn) {
  // Show the finished answer from its question down, unless the reader has moved on to an earlier turn.
  if (state.turns[state.turns.length - 1] !== turn) return;
  const top = turn.parts.root.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) turn.parts.root.scrollIntoView({ block: "start", behavior: "smooth" });
}

function failTurn(turn, message) {
  turn.error = message;
  turn.done = true;
  renderFailure(turn, message);
  if (activeTurn() === turn) showSources(null);
}

async function ask(question) {
  const filters = readFilters();
  if (filters.since && filters.until && filters.since > filters.until) {
    showError("The “Meetings from” date is after the “Meetings up to” date.");
    $("filter-since").focus();
    return;
  }
  showError("");
  $("intro").hidden = true;
  const turn = { id: nextId++, question, filters, answer: "", refused: false, citations: [], contexts: [], done: false, error: null };
  const history = historyBefore(turn);
  state.turns.push(turn);
  $("conversation").append(turnView(turn));
  showSources(turn);
  turn.parts.root.scrollIntoView({ block: "start", behavior: "smooth" });

  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);
  let done = null;
  try {
    for await (const { event, data } of streamChat({ question, history, filters }, controller.signal)) {
      if (event === "contexts") {
        turn.contexts = data.contexts || [];
        setStatus(turn, turn.contexts.length ? `Reading ${turn.contexts.length} passages…` : "Writing the answer…");
      } else if (event === "delta") {
        turn.answer += data.text || "";
        setStatus(turn, "");
        renderAnswerText(turn.parts.body, turn.answer, turn);
      } else if (event === "citations") {
        turn.citations = data.citations || [];
        turn.refused = Boolean(data.refused);
      } else if (event === "done") {
        done = data;
      }
    }
    if (!done) throw new Error("The answer was cut off before it finished. Please ask again.");
    finishTurn(turn, done);
  } catch (exc) {
    if (exc.name === "AbortError") return;
    const message = exc instanceof TypeError ? "Could not reach Clerk. Check your connection and try again." : exc.message;
    failTurn(turn, message);
  } finally {
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}

function newConversation() {
  if (state.controller) state.controller.abort();
  state.controller = null;
  setBusy(false);
  state.turns = [];
  $("conversation").replaceChildren();
  $("intro").hidden = false;
  showError("");
  showSources(null);
  $("question").value = "";
  $("question").focus();
  announce("New conversation started.");
}

function submitQuestion() {
  const box = $("question");
  const question = box.value.trim();
  if (state.controller) return;
  if (!question) {
    showError("Type a question first.");
    box.focus();
    return;
  }
  box.value = "";
  autosize(box);
  ask(question);
}

function autosize(box) {
  box.style.height = "auto";
  box.style.height = `${Math.min(box.scrollHeight + 2, 240)}px`;
}

function init() {
  const box = $("question");
  $("composer").addEventListener("submit", (event) => { event.preventDefault(); submitQuestion(); });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitQuestion();
    }
  });
  box.addEventListener("input", () => { autosize(box); if (box.value.trim()) showError(""); });
  $("new-conversation").addEventListener("click", newConversation);
  $("sources-back").addEventListener("click", () => {
    const turn = activeTurn();
    if (turn) turn.parts.root.scrollIntoView({ block: "start", behavior: "smooth" });
  });
  for (const button of document.querySelectorAll(".example")) {
    button.addEventListener("click", () => { box.value = button.textContent; submitQuestion(); });
  }
  initFilters();
  initClipboard();
  $("sources").tabIndex = -1;
  if (WIDE.matches) box.focus(); // on a phone, focusing would pop the keyboard over the introduction
}

init();
