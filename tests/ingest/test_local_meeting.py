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
    ["Minutes of the Planning Committee held on 4 June 2024", "The Parish Council had written to object."],
    ["Cabinet - 5 March 2024", "Parish Council elections were noted."],
    ["Report to Cabinet: grants to the Town Council's play area"],
    [],
])
def test_no_local_meeting_in_the_title_line(head: list[str]):
    assert local_title_body(head) is None
