"""What every response carries and every request must pass, whatever the route: security headers (a CSP with no
inline script, nosniff, frame-ancestors), a Host header the server answers to (DNS rebinding cannot reach a
localhost server from a web page), and a per-client rate limit for the writes anyone may make (feedback)."""
from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The chat, the register and the document view load only their own modules and styles; the PDF opens in the page.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "frame-ancestors 'self'; base-uri 'none'; form-action 'self'")
# Swagger UI starts itself with an inline script: /docs alone may run one.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")
HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
           (b"referrer-policy", b"same-origin"), (b"cross-origin-opener-policy", b"same-origin"))


def _json(status: int, error: str, detail: str) -> tuple[dict, bytes]:
    body = json.dumps({"error": error, "detail": detail}).encode()
    start = {"type": "http.response.start", "status": status,
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
    return start, body


class Guard:
    """ASGI middleware: refuse unknown hosts and over-eager feedback, add the security headers to every answer."""

    def __init__(self, app: ASGIApp, allowed_hosts: list[str], feedback_per_minute: int = 20) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.hosts = {h.lower().strip("[]") for h in allowed_hosts}
        self.limiter = RateLimiter(feedback_per_minute, 60.0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not self.any_host and name.strip("[]") not in self.hosts:
            start, body = _json(400, "bad request", f"this server does not answer for host '{host[:100]}'")
            return await self._reply(send, scope, start, body)
        if scope["path"] == "/api/feedback" and scope["method"] == "POST":
            client = (scope.get("client") or ("?", 0))[0]
            if not self.limiter.allow(client):
                start, body = _json(429, "too many requests", "too much feedback from this address; try in a minute")
                start["headers"].append((b"retry-after", b"60"))
                return await self._reply(send, scope, start, body)
        csp = (DOCS_CSP if scope["path"] == "/docs" else CSP).encode()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in (*HEADERS, (b"content-security-policy", csp)) if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _reply(self, send: Send, scope: Scope, start: dict, body: bytes) -> None:
        start["headers"] += [*HEADERS, (b"content-security-policy", CSP.encode())]
        await send(start)
        await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """At most `count` events per `window` seconds for each key (a sliding log; the oldest keys are forgotten)."""

    def __init__(self, count: int, window: float, keys: int = 10_000) -> None:
        self.count, self.window, self.keys = count, window, keys
        self._log: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        """Whether one more event for `key` is within the limit (and count it if so)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            times = [t for t in self._log.pop(key, []) if now - t < self.window]
            allowed = len(times) < self.count
            if allowed:
                times.append(now)
            self._log[key] = times
            while len(self._log) > self.keys:
                self._log.popitem(last=False)
            return allowed
