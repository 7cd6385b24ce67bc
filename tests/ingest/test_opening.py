"""A paper's opening as lines a heading can be read from (ingest/opening.py)."""
from __future__ import annotations

from ingest.opening import head_lines


def test_a_heading_broken_over_lines_is_joined_again():
    assert head_lines(("", "MINUTES OF THE PLANNING COMMITTEE", "HELD ON 5 MARCH 2024", "", "Present: Cllr A")) == [
        "MINUTES OF THE PLANNING COMMITTEE HELD ON 5 MARCH 2024", "Present: Cllr A"]
    assert head_lines(("Date:", "5 March 2024")) == ["Date: 5 March 2024"]


def test_labels_glued_on_or_run_on_start_lines_again():
    assert head_lines(("AgendaPlanning CommitteeDate:Tuesday, 5 March 2024Time:19:00",)) == [
        "Agenda", "Planning Committee", "Date:Tuesday, 5 March 2024", "Time:19:00"]
    flattened = "Anytown County Council Date: Tuesday 5 March 2024 Time: 10.00 am Venue: County Hall" + " Text." * 60
    assert head_lines((flattened,))[:3] == ["Anytown County Council", "Date: Tuesday 5 March 2024", "Time: 10.00 am"]
    assert head_lines(("Short line Date: 5 March 2024",)) == ["Short line Date: 5 March 2024"]  # only a flattened page
