"""A local council's own meeting named in its paper's title line."""
from __future__ import annotations

import pytest

from ingest.local_meeting import local_title_body


@pytest.mark.parametrize("first, body", [
    ("Adopted minutes of meeting held on 3 May 2021 COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON 3 MAY 2021",
     "Community Council"),
    ("ANYHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:00pm, 1st June 2019", "Community Council"),
    ("Minutes of ordinary meeting of and Westby Parish Council held at 7.30pm in the Village Hall", "Parish Council"),
    ("Following advice the Parish Council meeting will go ahead under strict protocols", "Parish Council"),
    ("Anytown Town Council minutes October 2007", "Town Council"),
])
def test_title_line_names_the_local_council_meeting(first: str, body: str):
    assert local_title_body([first, "Present: Cllrs A, B and C"]) == body


@pytest.mark.parametrize("head", [
    ["Skip to main content", "Parish Council meeting was held on", "Thursday 12th January 2023 at 8 p.m."],
    ["DRAFT", "Minutes for Meeting Planned for 15 March 2021", "Anyton and Without Parish Council Minutes."],
    ["REPORT OF THE PARISH COUNCIL: 20th March", "The formal Parish Council meeting was held on 14th March"],
])
def test_title_block_above_its_title_line(head: list[str]):
    assert local_title_body(head) == "Parish Council"


@pytest.mark.parametrize("head", [
    ["Minutes of the Planning Committee held on 4 June 2024", "The Parish Council had written to object."],
    ["March 2023 Minutes", "Present: Cllrs A and B", "The Parish Council meeting on 6 March was quorate."],
    ["Cabinet", "Minutes", "Date", "Anytown Parish Council minutes were noted."],
    ["Cabinet - 5 March 2024", "Parish Council elections were noted."],
    ["Report to Cabinet: grants to the Town Council's play area"],
    [],
])
def test_no_local_meeting_in_the_title_line(head: list[str]):
    assert local_title_body(head) is None
