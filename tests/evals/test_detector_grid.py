"""The detector-constant grid: what it scores, and that it really changes what the detectors read."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from evals import detector_grid
from retrieval import facts


def test_handled_counts_facts_of_answerable_and_refusals_of_unanswerable():
    results = [SimpleNamespace(answerable=True, facts=1.0, refused=False),
               SimpleNamespace(answerable=True, facts=0.5, refused=False),
               SimpleNamespace(answerable=False, facts=0.0, refused=True),
               SimpleNamespace(answerable=False, facts=0.0, refused=False)]
    assert detector_grid.handled(results) == pytest.approx(2.5 / 4)


def test_setting_the_constants_changes_what_the_detectors_read_and_forgets_the_old_reading():
    in_use = {"count_in_words": facts.COUNT_IN_WORDS, "common_share": facts.COMMON_SHARE,
              "name_pair": facts.NAME_PAIR}
    try:
        assert facts.has_number("for his service over the last six years") == facts.COUNT_IN_WORDS
        assert facts.names_person("The Board welcomed Jane Collins to the meeting.") == facts.NAME_PAIR
        detector_grid.set_constants({"count_in_words": 0.4, "common_share": 1.01, "name_pair": 0.55})
        assert facts.has_number("for his service over the last six years") == 0.4
        assert facts.has_name("The report goes to Full Council next month.") == 1.0  # the common-word rule is off
        assert facts.names_person("The Board welcomed Jane Collins to the meeting.") == 0.55
        assert facts.names_person("The Board welcomed Cllr Jane Collins to the meeting.") == 1.0
    finally:
        detector_grid.set_constants(in_use)
    assert facts.has_name("The report goes to Full Council next month.") == 0.0


def test_a_held_out_set_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="held-out"):
        detector_grid.main(["--case", f"evals/holdout.jsonl={tmp_path}"])
