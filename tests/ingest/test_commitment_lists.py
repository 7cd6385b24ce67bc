"""Lead-ins that open lists of resolutions or recommendations (ingest/commitment_lists.py)."""
from __future__ import annotations

from tests.ingest.commitment_texts import found


def test_a_reports_it_is_recommended_that_is_no_recommendation_of_the_meeting():
    """"It is recommended that …" in a report's body (round 12: its lead-in filed 0 true / 1 false records) files none."""
    assert found("Council report\n\nIt is recommended that an area within the Market Hall is allocated to the developers "
                 "to show plans.") == []
