"""Tests for evals/register_forms.py: the probe of the register by form."""
from __future__ import annotations

from evals.register_forms import SHAPES, Shape, probe, table


def test_a_shape_pairs_every_subject_with_every_ending():
    shape = Shape("s", "undertaking", ("The Clerk", "Cllr Brown"), ("would write.", "will write."), "test")
    assert shape.forms() == ["The Clerk would write.", "The Clerk will write.", "Cllr Brown would write.",
                             "Cllr Brown will write."]


def test_every_shape_names_its_source_and_an_extractor_kind():
    assert all(s.source and s.kind in ("resolution", "undertaking", "action", "recommendation") for s in SHAPES)


def test_the_probe_counts_a_form_with_no_record_and_one_of_another_kind():
    shape = Shape("s", "undertaking", ("",), ("The Clerk would write to the landowner.",
                                              "The weather was fine.",
                                              "Members agreed to purchase a new bench."), "test")
    got = dict(probe([shape])["s"])
    assert [r.kind for r in got["The Clerk would write to the landowner."]] == ["undertaking"]
    assert got["The weather was fine."] == []
    assert table({"s": list(got.items())}, [shape])[2] == "| s | 3 | 1 | 1 | test |"
