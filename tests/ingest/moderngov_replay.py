"""A ModernGov site on 127.0.0.1 for sync tests: it replays the real GetMeeting response in corpus/moderngov
(Manchester City Council's Audit Committee, 10 February 2026; from the DemocracyClub/LGSF fixtures, MIT) with its
document links pointed at itself, GetCommittees and GetMeetings answers in the web service's own shape around it,
small real PDFs for the linked documents, ETags, and faults on demand."""
from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from tests.ingest.pdf_samples import Text, text_pdf

ROOT = Path(__file__).resolve().parents[2]
REAL_MEETING = ROOT / "corpus" / "moderngov" / "getmeeting_audit_committee_2026-02-10.xml"
REAL_HOST = "https://democracy.manchester.gov.uk"

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount>3</committeescount>
  <committee><committeeid>136</committeeid><committeetitle>Audit Committee</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>
    <committeecategory>Committees</committeecategory></committee>
  <committee><committeeid>140</committeeid><committeetitle>Licensing and Appeals Committee</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>
    <committeecategory>Committees</committeecategory></committee>
  <committee><committeeid>99</committeeid><committeetitle>Old Working Group</committeetitle>
    <committeedeleted>True</committeedeleted><committeeexpired>True</committeeexpired>
    <committeecategory>Committees</committeecategory></committee>
</committees>
"""


def _meetings_xml(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<meeting><meetingid>{mid}</meetingid><committeeid>{cid}</committeeid><meetingdate>{day}</meetingdate>"
        "<meetingtime>10.00 am</meetingtime><meetingstatus>Confirmed</meetingstatus></meeting>"
        for mid, cid, day in rows)
    return f'<?xml version="1.0" encoding="utf-8"?><getmeetings><meetingscount>{len(rows)}</meetingscount>' \
           f"<meetings>{body}</meetings></getmeetings>"


def paper(title: str, lines: list[str]) -> bytes:
    """A small real PDF: a bold title and numbered lines of text."""
    runs = [Text(title, 780, bold=True, size=14)] + [Text(line, 740 - 20 * i) for i, line in enumerate(lines)]
    return text_pdf([runs])


@dataclass
class Site:
    """The replayed site's content and the faults to inject: path+query -> actions, used up one request each
    ("503", "429:<seconds>", "timeout", "cut", "truncated-pdf"); every request is counted."""

    base: str = ""
    meetings: dict[str, bytes] = field(default_factory=dict)  # meeting id -> GetMeeting XML
    schedule: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # committee id -> (meeting id, date)
    documents: dict[str, bytes] = field(default_factory=dict)  # attachment id -> PDF bytes
    faults: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    hits: Counter = field(default_factory=Counter)
    bodies_sent: Counter = field(default_factory=Counter)  # 200s with a body, by path
    delay: dict[str, float] = field(default_factory=dict)  # attachment id -> seconds before answering

    def body(self, path: str, query: dict[str, list[str]]) -> bytes | None:
        one = lambda k: (query.get(k) or [""])[0]
        if path.endswith("/GetCommittees"):
            return COMMITTEES.encode()
        if path.endswith("/GetMeetings"):
            rows = [(mid, one("lCommitteeId"), day) for mid, day in self.schedule.get(one("lCommitteeId"), [])]
            return _meetings_xml(rows).encode()
        if path.endswith("/GetMeeting"):
            return self.meetings.get(one("lMeetingId"))
        if path.endswith("/mgConvert2PDF.aspx"):
            return self.documents.get(one("ID"))
        return None


def real_meeting(base: str, meeting_id: str = "4967", day: str = "10/02/2026", minutes_extra: str = "") -> bytes:
    """The real GetMeeting response with its links pointed at `base`, optionally as another meeting or with more
    minutes text in its first item."""
    xml = REAL_MEETING.read_text(encoding="utf-8").replace(REAL_HOST, base)
    xml = xml.replace("<meetingid>4967</meetingid>", f"<meetingid>{meeting_id}</meetingid>", 1)
    xml = xml.replace("10/02/2026", day)
    if minutes_extra:
        xml = xml.replace("as a correct record.&lt;/p&gt;", f"as a correct record. {minutes_extra}&lt;/p&gt;", 1)
    return xml.encode("utf-8")


def attachment_ids(xml: bytes) -> list[str]:
    """The attachment ids a GetMeeting response links to (unrestricted ones)."""
    return sorted(set(re.findall(rb"mgConvert2PDF\.aspx\?ID=(\d+)", xml)), key=int)


def serve(site: Site):
    """Start the site; returns (server, thread). Stop with server.shutdown()."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            parsed = urlparse(self.path)
            key = parsed.path + ("?" + parsed.query if parsed.query else "")
            site.hits[key] += 1
            action = site.faults[key].pop(0) if site.faults.get(key) else "ok"
            query = parse_qs(parsed.query)
            if (delay := site.delay.get((query.get("ID") or [""])[0])) is not None:
                time.sleep(delay)
            if action == "503":
                return self._send(503, b"busy")
            if action.startswith("429"):
                return self._send(429, b"slow down", {"Retry-After": action.split(":")[1] if ":" in action else "1"})
            if action == "timeout":
                time.sleep(1.5)
                return self._send(503, b"late")
            body = site.body(parsed.path, query)
            if body is None:
                return self._send(404, b"not found")
            if action == "truncated-pdf":
                body = body[: len(body) // 2]
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", {"ETag": etag})
            if action == "cut":  # promise the whole body, send half, hang up
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return None
            site.bodies_sent[parsed.path] += 1
            return self._send(200, body, {"ETag": etag})

        def _send(self, status: int, body: bytes, headers: dict | None = None) -> None:
            try:
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on a slow answer, as the timeout tests mean it to

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
