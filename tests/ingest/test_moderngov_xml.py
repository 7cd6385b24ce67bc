"""ModernGov GetMeeting XML: the real Manchester Audit Committee response (../shared) and documents written here."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from ingest.formats import ParseError, moderngov_xml, parse_file


def _item(title: str, number: str, agenda: str = "", minutes: str = "", published: str = "True", docs: str = "") -> str:
    return f"""
    <agendaitem>
      <agendaitemtitle>{title}</agendaitemtitle>
      <agendatext>{agenda}</agendatext>
      <agendaitemnumber>{int(number) + 3}</agendaitemnumber>
      <fulldisplaynumberformat>{number}.</fulldisplaynumberformat>
      <minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>
      <isminutepublished>{published}</isminutepublished>
      <meetingdate>05/03/2024</meetingdate>
      <refertocommittee>Children's Scrutiny Committee</refertocommittee>
      <linkeddocuments>{docs}</linkeddocuments>
    </agendaitem>"""


def _meeting(*items: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingdate>05/03/2024</meetingdate><agendaitems>{"".join(items)}</agendaitems></meeting>""".encode()


def test_real_getmeeting_gives_one_part_per_item(moderngov: Path) -> None:
    path = moderngov / "getmeeting_audit_committee_2026-02-10.xml"
    parts = parse_file(path, path.read_bytes())
    assert [p.hints for p in parts] == [
        {
            "title": "Minutes",
            "meeting_date": "2026-02-10",
            "committee": "Audit Committee",
            "item": "Item 1",
            "kind": "minutes",
            "url": "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860",
        },
        {
            "title": "Work Programme",
            "meeting_date": "2026-02-10",
            "committee": "Audit Committee",
            "item": "Item 9",
            "kind": "minutes",
            "url": "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909",
        },
    ]
    assert parts[1].text == (
        "# Work Programme\n\n"
        "The report of the Governance and Scrutiny Support Unit, attached.\n\n"
        "## Minutes:\n\n"
        "The Committee considered a report of the Governance and Scrutiny Support Unit which set out its future "
        "Work Programme for the remainder of 2025/26 municipal year."
    )
    assert all(len(p.pages) == 1 and p.pages[0].number is None for p in parts)


def test_items_without_text_are_skipped_and_unpublished_minutes_are_an_agenda() -> None:
    agenda = html.escape("<p>The report of the <b>Director</b>.</p><ul><li>Note the report</li></ul>")
    data = _meeting(
        _item("Apologies", "1"),
        _item("Ofsted inspection", "2", agenda=agenda, published="False"),
    )
    (part,) = moderngov_xml.parse(data)
    assert part.hints == {
        "title": "Ofsted inspection",
        "meeting_date": "2024-03-05",
        "committee": "Children's Scrutiny Committee",
        "item": "Item 2",
        "kind": "agenda",
    }
    assert part.text == "# Ofsted inspection\n\nThe report of the Director.\n\n- Note the report"


def test_html_escaped_twice_and_a_wrapper_element() -> None:
    minutes = html.escape(html.escape("<p>RESOLVED: That the report be noted.</p>"))
    docs = "<linkeddoc><title>Report</title><url>https://example.gov.uk/doc.pdf</url></linkeddoc>"
    inner = _meeting(_item("Budget", "7", minutes=minutes, docs=docs)).decode().split("?>", 1)[1]
    data = f'<GetMeetingResponse xmlns="http://moderngov.co.uk/namespaces">{inner}</GetMeetingResponse>'.encode()
    (part,) = moderngov_xml.parse(data)
    assert part.text == "# Budget\n\n## Minutes:\n\nRESOLVED: That the report be noted."
    assert part.hints["url"] == "https://example.gov.uk/doc.pdf"
    assert part.hints["kind"] == "minutes" and part.hints["item"] == "Item 7"


def test_other_xml_is_rejected() -> None:
    with pytest.raises(ParseError, match="^not a ModernGov GetMeeting XML document$"):
        moderngov_xml.parse(b"<?xml version='1.0'?><rss><channel><title>News</title></channel></rss>")


def test_meeting_without_any_text_is_an_error() -> None:
    with pytest.raises(ParseError, match="no agenda text or minutes"):
        moderngov_xml.parse(_meeting(_item("Apologies", "1")))
