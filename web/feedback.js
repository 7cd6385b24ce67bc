// "Was this useful?" under an answer: helpful / not helpful (with an optional comment), posted to /api/feedback.

import { el, errorLine } from "/static/text.js";

function thumb(up) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "18");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", up ? "icon" : "icon icon--flip");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M2 10h4v11H2zM8 21V10l5-8 1.3 1c.5.4.7 1 .6 1.6L14 9h6a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21z");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "1.8");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  return svg;
}

/** The feedback controls for a finished turn. */
export function feedbackControls(turn) {
  const status = el("p", { className: "feedback__status", role: "status" });
  const comment = el("textarea", { id: `comment-${turn.id}`, className: "feedback__comment", rows: 2, maxLength: 5000 });
  const form = el("form", { className: "feedback__form", hidden: true },
    el("label", { htmlFor: `comment-${turn.id}`, className: "feedback__label" }, "What was wrong with this answer? (optional)"),
    comment,
    el("div", { className: "feedback__buttons" },
      el("button", { type: "submit", className: "button button--secondary button--small" }, "Send feedback")));
  const up = el("button", { type: "button", className: "button button--quiet button--small", "aria-pressed": "false" }, thumb(true), "Helpful");
  const down = el("button", { type: "button", className: "button button--quiet button--small", "aria-pressed": "false" }, thumb(false), "Not helpful");

  async function send(rating, text) {
    status.textContent = "Sending…";
    try {
      const response = await fetch("/api/feedback", {
        method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ question: turn.question, answer: turn.answer, rating, comment: text || null }),
      });
      if (!response.ok) throw new Error(errorLine(await response.json().catch(() => null), response.status));
      status.textContent = "Thank you – your feedback was recorded.";
      form.hidden = true;
    } catch (exc) {
      status.textContent = exc instanceof TypeError ? "Feedback could not be sent: Clerk is unreachable." : `Feedback could not be sent: ${exc.message}`;
    }
  }
  up.addEventListener("click", () => {
    up.setAttribute("aria-pressed", "true");
    down.setAttribute("aria-pressed", "false");
    form.hidden = true;
    send("up");
  });
  down.addEventListener("click", () => {
    down.setAttribute("aria-pressed", "true");
    up.setAttribute("aria-pressed", "false");
    status.textContent = "";
    form.hidden = false;
    comment.focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send("down", comment.value.trim());
  });
  return el("div", { className: "feedback" },
    el("div", { className: "feedback__row", role: "group", "aria-label": "Was this answer useful?" },
      el("span", { className: "feedback__question", "aria-hidden": "true" }, "Was this useful?"), up, down),
    form, status);
}
