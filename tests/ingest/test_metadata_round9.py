"""Metadata on made-up papers of the shapes round 9 found in the session-9 blind misses (issue #12): page furniture
and a paper's words read as the body. A wrong committee filters good passages away, so empty beats wrong."""
from __future__ import annotations

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, name: str = "paper.txt") -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), name)


def test_a_moderngov_item_approving_the_last_minutes_names_no_body():
    meta = _meta("Apologies for Absence\n\nApologies were received from Councillor A Smith.\n\n"
                 "Minutes of Previous Meeting pdf icon PDF 111 KB\n\n"
                 "The minutes of the previous meeting held on 18th July 2024 were approved as a correct record.\n")
    assert meta.committee != "Previous Meeting"


def test_decisions_of_a_body_made_on_a_day_name_the_body_alone():
    meta = _meta("Agenda and decisions\n\nVenue: Council Chamber, Town Hall\n\nItems\n\n3.\n\nMinutes pdf icon PDF 271 KB\n\n"
                 "Decisions of Cabinet made on 30th January 2024\n\n5.\n\nAnnual Complaints Report\n")
    assert meta.committee == "Cabinet"


def test_a_local_councils_name_in_capitals_before_the_papers_words_is_its_council():
    meta = _meta("ANYHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 "
                 "Village Hall\n\n1. Attendance: members, and Jo Bloggs, Committee Officer at Aberdeenshire Council.\n\n"
                 "2. Matters arising\n\nA letter would go to Aberdeenshire Council.\n")
    assert meta.council == "Anyhaven and District Community Council"


def test_a_blogs_category_line_names_no_local_council():
    meta = _meta("Skip to content\n\nMinutes 26 November 2019\n\nPosted in Parish Council Meeting minutes\n\n"
                 "Present: Cllrs A, B and C.\n")
    assert meta.council is None


def test_a_bodys_notes_of_the_meeting_title_names_it_and_its_day():
    meta = _meta("CABINET NOTES OF THE MEETING HELD ON WEDNESDAY, 14 JULY 2010 (11.00 AM – 12.25 PM ) MEMBERSHIP "
                 "Councillors A Smith (Leader), B Jones (Deputy Leader)\n\n1. Apologies\n\nNone.\n")
    assert (meta.committee, meta.meeting_date.isoformat(), meta.kind) == ("Cabinet", "2010-07-14", "minutes")


def test_the_full_council_of_a_town_council_names_the_town_council():
    meta = _meta("Minutes of a meeting of the Full Council of Anytown Town Council held on Monday 13th March 2017 in "
                 "the Council Chamber at 7:00pm\n\nPresent: Cllrs A, B and C.\n\nIn attendance: Cllr D, County Councillor\n")
    assert meta.council == "Anytown Town Council"


def test_the_last_resort_day_reads_a_flattened_pages_title_past_a_viewers_furniture():
    from datetime import date

    from ingest.meeting_day import first_dated_line

    title = ("ANYSHIRE FIRE AND RESCUE AUTHORITY MEETING TO BE HELD ON FRIDAY 18 DECEMBER 2009 AT 10.30 A.M. IN THE "
             "TRAINING AND CONFERENCE SUITE, ANYTOWN AGENDA 1. CHAIRMAN'S ANNOUNCEMENTS 2. ADMISSION OF THE PUBLIC The "
             "Authority is asked to consider ... 3. MINUTES OF THE LAST MEETING held on 2 October 2009 " + "business " * 40)
    head = ["Anyshire Fire and Rescue Authority", "Total Page:16", "File Type:pdf, Size:1020Kb", title]
    assert first_dated_line(head) == date(2009, 12, 18)  # the business run on after the title refers back; its title does not
    assert first_dated_line(["Anytown Panel", "Date of next meeting: 5 March 2024"]) is None


def test_a_flattened_covers_date_field_gives_the_last_resort_day():
    from datetime import date

    from ingest.meeting_day import first_dated_line

    line = ("County Hall West Anyford Anytown AB1 2CD SUMMONS TO COUNCIL date Thursday, 20 December 2012 venue County "
            "Hall, West Anyford, commencing at 10:00")
    assert first_dated_line([line]) == date(2012, 12, 20)


def test_a_day_after_the_papers_word_and_its_hours_in_a_title_is_the_meetings():
    from datetime import date

    from ingest.meeting_day import first_dated_line

    line = ("ANYHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 "
            "Anyhaven Resource Centre,")
    assert first_dated_line([line]) == date(2019, 8, 13)
