"""The resolution mood (ingest/commitment_mood.py): short invented texts."""
from __future__ import annotations

import pytest

from ingest.commitment_mood import decides, subjunctive, to_the_following


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the report be noted", True),
        ("That, the motion, as amended, be approved as follows :", True),
        ("the Director would be asked to report", False),
        ("whether the plan be adopted", False),
    ],
)
def test_the_resolution_mood_is_be_and_a_participle_not_after_a_modal_or_a_condition(text, expected):
    assert subjunctive(text) is expected


def test_a_stem_decides_itself_or_only_introduces_its_parts():
    assert decides("the following grants be approved:")
    assert not decides("that Council be invited to:")
    assert to_the_following("to receive the minutes of the following meetings held in March:")
    assert not to_the_following("That the Committee:")
