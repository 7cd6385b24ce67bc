"""A polite HTTP client for a council's site: one request at a time at a set rate, retries with backoff on 429, 5xx
and timeouts (honouring Retry-After), conditional GETs (ETag, Last-Modified) so an unchanged document is not fetched
again, a User-Agent that names Clerk, and files written whole or not at all."""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

USER_AGENT = "Clerk/0.1 (council committee papers assistant; +https://github.com/clerk-council/clerk)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER_S = 120.0
MAX_BODY_BYTES = 200 * 1024 * 1024


class FetchError(Exception):
    """A URL that could not be fetched, after retries where they could help; the message is one line."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded document: whether it is new, changed or unchanged since the last sync, and where it is."""

    status: str  # "new", "changed" or "unchanged"
    path: Path
    size: int


@dataclass
class FetchStats:
    """What the fetcher did: requests, retries by reason, 304s, bytes."""

    requests: int = 0
    not_modified: int = 0
    bytes: int = 0
    retries: Counter = field(default_factory=Counter)


class Validators:
    """The ETag, Last-Modified and content hash of each URL fetched before, kept beside the mirror as an append-only
    log (one JSON line a download, the last line for a URL wins), so a killed sync resumes without fetching again
    what it already has, and recording a download costs one short write however large the mirror grows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known: dict[str, dict] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for line in lines:
            try:
                row = json.loads(line)
                self._known[row.pop("url")] = row
            except (ValueError, KeyError, AttributeError):
                continue  # a line cut short by a kill: that URL is fetched again, nothing worse
        if len(lines) > 2 * len(self._known) + 100:  # mostly superseded lines: write the log anew
            body = "".join(json.dumps({"url": u, **r}, sort_keys=True) + "\n" for u, r in self._known.items())
            write_atomically(path, body.encode())

    def get(self, url: str) -> dict:
        """What was recorded for a URL ({} if nothing)."""
        return dict(self._known.get(url, {}))

    def put(self, url: str, record: dict) -> None:
        """Record a URL's validators."""
        self._known[url] = record
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"url": url, **record}, sort_keys=True) + "\n")


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename (a killed process leaves the
    old file or the new one, never half of either)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (a number of seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class Fetcher:
    """GETs for one sync: at most `rate` requests a second, one at a time, `retries` further tries on a transient
    failure with exponential backoff from `backoff` seconds."""

    def __init__(
        self,
        validators: Validators,
        rate: float = 2.0,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.validators = validators
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self._sleep, self._clock = sleep, clock
        self._last = float("-inf")
        self.stats = FetchStats()

    def text(self, url: str) -> bytes:
        """A service response's body (raises FetchError)."""
        status, body, _ = self._get(url, {})
        return body

    def download(self, url: str, dest: Path) -> Fetched:
        """Fetch a document into `dest` unless the site says it has not changed since the copy already there."""
        known = self.validators.get(url) if dest.exists() else {}
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        status, body, got = self._get(url, headers)
        if status == 304:
            self.stats.not_modified += 1
            return Fetched("unchanged", dest, dest.stat().st_size)
        digest = hashlib.sha256(body).hexdigest()
        if dest.exists() and known.get("sha256") == digest:
            outcome = "unchanged"
        else:
            outcome = "changed" if dest.exists() else "new"
            write_atomically(dest, body)
        self.validators.put(url, {"etag": got.get("ETag"), "last_modified": got.get("Last-Modified"),
                                  "sha256": digest, "file": dest.name})
        return Fetched(outcome, dest, len(body))

    def _wait_turn(self) -> None:
        gap = self._last + self.interval - self._clock()
        if gap > 0:
            self._sleep(gap)
        self._last = self._clock()

    def _get(self, url: str, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        """(status, body, headers) of a GET, retried on 429, 5xx, timeouts and cut-off bodies."""
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
        for attempt in range(self.retries + 1):
            self._wait_turn()
            self.stats.requests += 1
            wait, reason = self.backoff * 2 ** attempt, None
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body = response.read(MAX_BODY_BYTES + 1)
                    if len(body) > MAX_BODY_BYTES:
                        raise FetchError(f"{url}: larger than {MAX_BODY_BYTES // (1024 * 1024)} MB")
                    promised = response.headers.get("Content-Length")
                    if promised and promised.isdigit() and len(body) < int(promised):
                        raise http.client.IncompleteRead(body, int(promised) - len(body))
                    self.stats.bytes += len(body)
                    return response.status, body, dict(response.headers.items())
            except urllib.error.HTTPError as exc:
                if exc.code == 304:
                    return 304, b"", dict(exc.headers.items())
                if exc.code not in RETRY_STATUSES:
                    raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
                reason = str(exc.code)
                asked = _retry_after(exc.headers.get("Retry-After"))
                if asked is not None:
                    wait = min(asked, MAX_RETRY_AFTER_S)
            except (socket.timeout, TimeoutError):
                reason = "timeout"
            except http.client.IncompleteRead:
                reason = "cut off"
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                    reason = "timeout"
                elif isinstance(exc.reason, ConnectionError):
                    reason = "connection"
                else:
                    raise FetchError(f"{url}: {exc.reason}") from None
            except (ConnectionError, http.client.HTTPException) as exc:
                reason = "connection" if isinstance(exc, ConnectionError) else "bad response"
            if attempt == self.retries:
                raise FetchError(f"{url}: gave up after {self.retries + 1} tries (last: {reason})")
            self.stats.retries[reason] += 1
            self._sleep(wait)
        raise AssertionError("unreachable")
