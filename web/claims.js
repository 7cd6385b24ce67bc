// Which words of a source back which sentence of the answer: each sentence before an [n] marker is a claim, and
// the words to highlight in source n are the claims citing it, found in its passage (else the citation's quote).

import { findQuote } from "/static/text.js";

/** A run of markers ("[1]", "[2, 3]", "[1] [4]") with the space before it and the punctuation after it. */
export const MARKER_RUN = /(\s*)((?:\[\d+(?:\s*,\s*\d+)*\]\s*)*\[\d+(?:\s*,\s*\d+)*\])([.,;:!?)]*)/g;

const BULLET = /^\s*(?:[-•*]|\d+[.)]|\([a-z0-9]+\)|[ivx]+\))\s+/i;

/** The numbers a marker run cites, in order: "[1] [2, 3]" -> [1, 2, 3]. */
export function citedNumbers(run) {
  return [...run.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/**
 * The answer's claims in order: {index, text, numbers}, one per marker run, its text what the answer says between
 * the previous marker run (or the start of its line) and this one.
 */
export function claimsOf(answer) {
  const claims = [];
  let last = 0;
  for (const match of (answer || "").matchAll(MARKER_RUN)) {
    let text = answer.slice(last, match.index);
    text = text.slice(text.lastIndexOf("\n") + 1).replace(BULLET, "").trim();
    claims.push({ index: claims.length, text, numbers: citedNumbers(match[2]) });
    last = match.index + match[0].length;
  }
  return claims;
}

function placeClaim(passage, text) {
  // The claim as it stands, else what follows a lead-in the answer added ("The Committee RESOLVED that: ...").
  const whole = findQuote(passage, text);
  if (whole) return whole;
  const colon = text.lastIndexOf(": ");
  return colon > 0 && text.length - colon > 24 ? findQuote(passage, text.slice(colon + 2)) : null;
}

/**
 * The ranges of `passage` to highlight for source `n`: each claim citing it that is found there ({start, end,
 * claim}), else the citation's quote (claim -1); [] when neither is found.
 */
export function highlightRanges(passage, claims, n, quote) {
  const ranges = [];
  for (const claim of claims) {
    if (!claim.numbers.includes(n) || claim.text.length < 12) continue;
    const range = placeClaim(passage, claim.text);
    if (range) ranges.push({ ...range, claim: claim.index });
  }
  if (ranges.length) return ranges.sort((a, b) => a.start - b.start);
  const whole = quote ? findQuote(passage, quote) : null;
  return whole ? [{ ...whole, claim: -1 }] : [];
}

/** The words to mark when source `n`'s paper is opened: the highlighted stretches of its passage, as text. */
export function highlightedWords(passage, claims, n, quote) {
  if (!passage) return quote ? [quote] : [];
  const found = highlightRanges(passage, claims, n, quote).map((r) => passage.slice(r.start, r.end));
  return found.length ? found : (quote ? [quote] : []);
}
