// Copying an answer as plain text with its references, falling back to a box to copy from by hand.

import { metaParts, urlOf, whereParts } from "/static/citation.js";
import { $, el, titleOf } from "/static/text.js";

function referenceText(turn) {
  const lines = [];
  for (const c of turn.citations || []) {
    const where = [...metaParts(c), ...whereParts(c)].join(", ");
    lines.push(`[${c.n}] ${titleOf(c)}${where ? `. ${where}` : ""}.`);
    if (c.quote) lines.push(`    “${c.quote.replace(/\s+/g, " ").trim()}”`);
    lines.push(`    ${new URL(urlOf(c), location.origin).href}`);
  }
  return lines;
}

function plainAnswer(turn) {
  const out = [`Question: ${turn.question}`, "", turn.answer.trim()];
  const refs = referenceText(turn);
  if (refs.length) out.push("", "References", ...refs);
  return out.join("\n");
}

/** Copy the question, the answer and its references; say "Copied." in `status`, or open the copy box. */
export async function copyAnswer(turn, status) {
  const text = plainAnswer(turn);
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    status.textContent = "Copied.";
  } catch {
    if (legacyCopy(text)) status.textContent = "Copied.";
    else openCopyFallback(text);
  }
  window.setTimeout(() => { status.textContent = ""; }, 4000);
}

function legacyCopy(text) {
  const area = el("textarea", { className: "offscreen", readOnly: true });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch { ok = false; }
  area.remove();
  return ok;
}

function openCopyFallback(text) {
  const box = $("copy-fallback");
  const area = $("copy-fallback-text");
  area.value = text;
  box.hidden = false;
  area.focus();
  area.select();
}

/** Let the copy box be closed. */
export function initClipboard() {
  $("copy-fallback-close").addEventListener("click", () => { $("copy-fallback").hidden = true; });
}
