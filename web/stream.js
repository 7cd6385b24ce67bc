// Asking the server: POST the question to /api/chat/stream and read its server-sent events as they arrive.

import { errorLine } from "/static/text.js";

/** Split a response body of server-sent events into {event, data} records, data parsed as JSON. */
async function* serverEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const parse = (block) => {
    let event = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (!data.length) return null;
    return { event, data: JSON.parse(data.join("\n")) };
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const ev = parse(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
      if (ev) yield ev;
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) {
    const ev = parse(buffer);
    if (ev) yield ev;
  }
}

/**
 * POST `request` ({question, history, filters}) and yield the answer's events ({event, data}) as they arrive.
 * A refused request or an `error` event throws an Error with one line to show; a lost connection, a TypeError.
 */
export async function* streamChat(request, signal) {
  const response = await fetch("/api/chat/stream", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify(request),
    signal,
  });
  if (!response.ok || !response.body) {
    throw new Error(errorLine(await response.json().catch(() => null), response.status));
  }
  for await (const ev of serverEvents(response)) {
    if (ev.event === "error") throw new Error(errorLine(ev.data, "stream"));
    yield ev;
  }
}
