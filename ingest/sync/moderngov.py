"""A ModernGov site as a sync source: `mgWebService.asmx` lists committees (GetCommittees), a committee's meetings
between two dates (GetMeetings) and a meeting's agenda items, minutes and linked documents (GetMeeting)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from urllib.parse import quote, urljoin

from lxml import etree

from ingest.sync.fetch import FetchError
from ingest.sync.records import Committee, Fetch, LinkedDocument, Meeting

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


class SourceError(Exception):
    """A response that is not what the web service sends; the message is one line."""


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _text(element: etree._Element, name: str) -> str:
    child = next((c for c in element if _local(c.tag) == name), None)
    return " ".join("".join(child.itertext()).split()) if child is not None else ""


def _all(root: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in root.iter() if _local(e.tag) == name]


def _xml(body: bytes, what: str) -> etree._Element:
    try:
        return etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"{what}: not well-formed XML ({exc})") from None


def _day(text: str) -> date | None:
    """ModernGov's dates: "10/02/2026" (day first), sometimes with a time, or ISO."""
    text = text.strip().split(" ")[0]
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class ModernGovSource:
    """One council's ModernGov site, read through its web service with a polite fetcher."""

    def __init__(self, base_url: str, council: str, fetch: Fetch) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.council = council
        self._fetch = fetch

    def _service(self, operation: str, **params: str) -> str:
        query = "&".join(f"{k}={quote(v, safe='/')}" for k, v in params.items())
        return urljoin(self.base_url, f"mgWebService.asmx/{operation}") + (f"?{query}" if query else "")

    def committees(self) -> list[Committee]:
        """The council's committees, without deleted ones."""
        root = _xml(self._fetch.text(self._service("GetCommittees")), "GetCommittees")
        out = []
        for c in _all(root, "committee"):
            if _text(c, "committeedeleted").lower() == "true":
                continue
            cid, title = _text(c, "committeeid"), _text(c, "committeetitle")
            if cid and title:
                out.append(Committee(cid, title))
        return out

    def meetings(self, committee: Committee, since: date, until: date) -> list[Meeting]:
        """A committee's meetings between two dates (inclusive), oldest first."""
        url = self._service("GetMeetings", lCommitteeId=committee.committee_id,
                            sFromDate=since.strftime("%d/%m/%Y"), sToDate=until.strftime("%d/%m/%Y"))
        root = _xml(self._fetch.text(url), f"GetMeetings for {committee.title}")
        out = []
        for m in _all(root, "meeting"):
            mid, day = _text(m, "meetingid"), _day(_text(m, "meetingdate"))
            if not mid or (day is not None and not since <= day <= until):
                continue  # the service's own date handling must not be able to widen the window
            out.append(Meeting(mid, committee, day, self.meeting_page(mid), self._service("GetMeeting", lMeetingId=mid)))
        return sorted(out, key=lambda m: (m.day or date.min, m.meeting_id))

    def meeting_page(self, meeting_id: str) -> str:
        """The meeting's public page on the council's site."""
        return urljoin(self.base_url, f"ieListDocuments.aspx?MId={meeting_id}")

    def describe(self, stub: Meeting, body: bytes) -> Meeting:
        """The meeting with the documents its GetMeeting XML (agenda items with their minutes) links to."""
        root = _xml(body, f"GetMeeting {stub.meeting_id}")
        meeting = next((e for e in root.iter() if _local(e.tag) == "meeting"), None)
        if meeting is None:
            raise SourceError(f"GetMeeting {stub.meeting_id}: no meeting in the response")
        docs: dict[str, LinkedDocument] = {}
        for item in _all(meeting, "agendaitem"):
            number = _text(item, "fulldisplaynumberformat").rstrip(".") or _text(item, "agendaitemnumber")
            for d in _all(item, "linkeddoc"):
                url = _text(d, "url")
                if not url or _text(d, "isrestricted").lower() == "true" or _text(d, "isurl").lower() == "true":
                    continue  # restricted papers, and links to other web pages, are not the meeting's documents
                did = _text(d, "attachmentid") or url
                docs.setdefault(did, LinkedDocument(did, _text(d, "title"), urljoin(self.base_url, url),
                                                    f"Item {number}" if number else None,
                                                    _text(item, "agendaitemtitle") or None))
        return replace(stub, documents=tuple(docs.values()))


__all__ = ["FetchError", "ModernGovSource", "SourceError"]
