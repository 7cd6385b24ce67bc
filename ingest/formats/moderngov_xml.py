"""ModernGov GetMeeting XML (mgWebService.asmx/GetMeeting) -> one Part per agenda item with agenda text or minutes."""
from __future__ import annotations

import html

from lxml import etree

from ingest.formats import ParseError, html_text, moderngov, structure
from ingest.formats.limits import check_markup
from ingest.records import Page, Part

_NOT_GETMEETING = "not a ModernGov GetMeeting XML document"


def parse(data: bytes) -> list[Part]:
    """Parse a GetMeeting response into Parts, one per agenda item that has agenda text or minutes."""
    if not data.strip():
        raise ParseError("the file is empty")
    check_markup(data, "XML file")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise ParseError(f"not well-formed XML: {e}") from e
    if root.getroottree().docinfo.internalDTD is not None:  # a web service's reply has none; entities are a bomb's tool
        raise ParseError("the XML file declares a DTD (a GetMeeting reply has none); not read")
    meeting = _meeting(root)
    if meeting is None:
        raise ParseError(_NOT_GETMEETING)
    meeting_date = moderngov.iso_date(_child_text(meeting, "meetingdate"))
    parts = []
    for item in _children(_child(meeting, "agendaitems"), "agendaitem"):
        part = _item_part(item, meeting_date)
        if part is not None:
            parts.append(part)
    if not parts:
        raise ParseError("the meeting has no agenda text or minutes")
    return parts


def _item_part(item: etree._Element, meeting_date: str | None) -> Part | None:
    title = " ".join(_child_text(item, "agendaitemtitle").split())
    agenda = _html_field(_child_text(item, "agendatext"))
    minutes = _html_field(_child_text(item, "minutesnonemptyhtmlbody") or _child_text(item, "minutestext"))
    if not agenda and not minutes:
        return None
    lines = [structure.heading(title, 1).text] if title else []
    if agenda:
        lines.append(agenda)
    if minutes:
        lines += [structure.heading("Minutes:", 2).text, minutes]
    hints: dict[str, str] = {}
    if title:
        hints["title"] = title
    date = moderngov.iso_date(_child_text(item, "meetingdate")) or meeting_date
    if date:
        hints["meeting_date"] = date
    committee = _child_text(item, "refertocommittee") or _first_doc_field(item, "committeetitle")
    if committee.strip():
        hints["committee"] = " ".join(committee.split())
    if number := _item_number(item):
        hints["item"] = f"Item {number}"
    published = _child_text(item, "isminutepublished").strip().lower() == "true"
    hints["kind"] = "minutes" if minutes and published else "agenda"
    if url := _first_doc_field(item, "url").strip():
        hints["url"] = url
    return Part(pages=(Page(number=None, text="\n\n".join(lines)),), hints=hints)


def _item_number(item: etree._Element) -> str:
    """The item's number as the agenda shows it ("9." -> "9"), else ModernGov's own agenda item number."""
    shown = _child_text(item, "fulldisplaynumberformat").strip().rstrip(".")
    return shown or _child_text(item, "agendaitemnumber").strip()


def _html_field(value: str) -> str:
    """An HTML fragment stored in an XML field (escaped once, or twice) as structured text."""
    if not value.strip():
        return ""
    if "<" not in value and "&lt;" in value:
        value = html.unescape(value)
    return html_text.render(html_text.parse_html(value), label_level=2)


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _meeting(root: etree._Element) -> etree._Element | None:
    """The <meeting> element: the root, or inside a SOAP or other wrapper; it must list agenda items."""
    candidates = [root] if _local(root.tag) == "meeting" else [e for e in root.iter() if _local(e.tag) == "meeting"]
    for element in candidates:
        if _child(element, "agendaitems") is not None:
            return element
    return None


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if element is None else [c for c in element if _local(c.tag) == name]


def _child_text(element: etree._Element, name: str) -> str:
    child = _child(element, name)
    return "".join(child.itertext()) if child is not None else ""


def _first_doc_field(item: etree._Element, name: str) -> str:
    docs = _children(_child(item, "linkeddocuments"), "linkeddoc")
    return _child_text(docs[0], name) if docs else ""
