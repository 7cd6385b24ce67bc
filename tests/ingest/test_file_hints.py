"""Where metadata comes from when the text says nothing (the file name and folders, ingest/file_hints.py), and the
provenance each field records (text, format, file name, folder)."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.file_hints import hints_from_path
from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, filename: str = "paper.txt", **hints: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),), hints=hints), filename)


def test_the_file_name_fills_what_the_text_does_not_say():
    meta = _meta("1. Apologies\n\nNone were received.", "kent_2024-03-05_cabinet-minutes.txt")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Kent", "Cabinet", date(2024, 3, 5))
    assert {meta.provenance[k] for k in ("council", "committee", "meeting_date")} == {"file name"}


def test_the_text_wins_over_the_file_name():
    meta = _meta("Planning Committee - Tuesday 4 June 2024 7.00 pm\n\nMinutes:\n\nNoted.", "kent_2024-03-05_cabinet.txt")
    assert (meta.committee, meta.meeting_date, meta.council) == ("Planning Committee", date(2024, 6, 4), "Kent")
    assert meta.provenance == {**meta.provenance, "committee": "text", "meeting_date": "text", "council": "file name"}


@pytest.mark.parametrize("path, council, committee, when", [
    ("2024-03-05 Cabinet minutes.pdf", None, "Cabinet", date(2024, 3, 5)),
    ("Decisions 12th-Sep-2012 18.30 Cabinet.pdf", None, "Cabinet", date(2012, 9, 12)),
    ("papers/Kent/Planning Committee/2024-03-05/agenda.pdf", "Kent", "Planning Committee", date(2024, 3, 5)),
    ("Committees/Councils/paper.txt", None, None, None),  # folders of papers, not a body
])
def test_file_name_and_folder_shapes(path: str, council, committee, when):
    meta = _meta("Nothing here says who met.", path)
    assert (meta.council, meta.committee, meta.meeting_date) == (council, committee, when)


def test_a_format_hint_is_marked_format():
    meta = _meta("Text.", committee="Cabinet", meeting_date="2024-03-05")
    assert meta.provenance["committee"] == meta.provenance["meeting_date"] == "format"


@pytest.mark.parametrize("path, council, committee", [
    # a place word inside a joint body's name is no council of its own
    ("devon-and-somerset-fire-and-rescue-authority-minutes.txt", "Devon and Somerset Fire and Rescue Authority",
     "Fire and Rescue Authority"),
    ("anytown-and-midshire-police-and-crime-panel_2024-03-05_minutes.txt", None, "Police and Crime Panel"),
    ("tees-valley-combined-authority-cabinet.txt", "Tees Valley Combined Authority", "Cabinet"),
    ("devon-and-exeter-licensing-panel.txt", None, "Devon and Exeter Licensing Panel"),  # the place starts a longer name
])
def test_a_joint_bodys_name_in_a_file_name(path: str, council, committee):
    hints = {k: h.value for k, h in hints_from_path(path).items()}
    assert (hints.get("council"), hints.get("committee")) == (council, committee)


def test_a_file_name_never_gives_a_council_of_another_kind_than_the_body_the_text_names():
    meta = _meta("Minutes:\nRESOLVED that Ms A Smith be elected Chair of the Midshire Police and Crime Panel for the "
                 "ensuing year.", "kent_2024-03-05_minutes.txt")
    assert meta.committee == "Police and Crime Panel" and meta.council != "Kent"


def test_a_former_councils_name_on_a_later_papers_file_is_its_successors():
    meta = _meta("Minutes of Meeting held on Monday, 9 January 2017 at 7.00 pm\nPresent: Ald A", "ballymena-borough-council.txt")
    assert meta.council == "Mid and East Antrim" and meta.provenance["council"] == "file name"


def test_a_local_councils_own_name_in_a_file_name_is_its_council():
    hints = {k: v.value for k, v in hints_from_path("minutes-of-the-meeting-of-the-anyton-mallet-town-council.pdf").items()}
    assert (hints["council"], hints["committee"]) == ("Anyton Mallet Town Council", "Town Council")
    hints = {k: v.value for k, v in hints_from_path("anyville-parish-council-minutes-of-the-meeting-held-on-6.txt").items()}
    assert (hints["council"], hints["committee"]) == ("Anyville Parish Council", "Parish Council")  # no "Of the Meeting"
    assert "council" not in hints_from_path("parish-council-minutes-2-july-2019.txt")  # no place, no council


def test_the_papers_words_before_a_body_in_a_file_name_are_not_its_name():
    hints = hints_from_path("minute-of-meeting-anyvale-and-erskine-local-area-committee.txt")
    assert hints["committee"].value == "Anyvale and Erskine Local Area Committee"


@pytest.mark.parametrize(
    ("path", "committee"),
    [
        ("docslib-1234567-cabinet-notes-of-the-meeting-held-on-wednesday-14-july-2010-11-00-am.txt", "Cabinet"),
        ("docslib-7654321-53-kb-council-minutes-17-july-2017.txt", "Council"),  # an id, then a download's size
        ("licensing-sub-committee-no-5.pdf", "Licensing Sub Committee"),  # a trailing number is no id
    ],
)
def test_a_number_before_the_body_in_a_file_name_is_an_id_not_part_of_its_name(path: str, committee: str):
    assert hints_from_path(path)["committee"].value == committee


def test_a_site_prefix_and_id_do_not_hide_a_local_councils_name():
    hints = {k: v.value for k, v in hints_from_path(
        "docslib-5555555-anyhaven-and-district-community-council-business-meeting-minutes.txt").items()}
    assert (hints["council"], hints["committee"]) == ("Anyhaven and District Community Council", "Community Council")


@pytest.mark.parametrize("path", ["Minutes of Previous Meeting.txt", "business-meeting-minutes.txt", "special-meeting.pdf"])
def test_which_meeting_a_file_name_tells_is_no_body(path: str):
    assert "committee" not in hints_from_path(path)
