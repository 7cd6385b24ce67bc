"""Tests for evals/commitment_rules.py: each record's rule is found by tracing the extractor, and named."""
from pathlib import Path

from evals.commitment_rules import before, family, matched, pattern_name, traced
from evals.commitments import Labelled

_PAPER = """Minutes of the meeting of the Parish Council held on 3 March 2025

5. Village hall

RESOLVED - That the report be noted.

The Clerk will write to the landowner by 5 June 2025.

Cllr Brown said the weather had been poor.
"""


def test_each_record_names_the_rule_that_filed_it(tmp_path: Path) -> None:
    (tmp_path / "minutes-3-march-2025.txt").write_text(_PAPER, encoding="utf-8")
    found = traced(tmp_path, [])
    rules = {f.kind: rule for f, rule in found}
    assert set(rules) == {"resolution", "undertaking"}
    assert rules["resolution"].startswith("lead-in stated | lead_in:") and "_RESOLVED" in rules["resolution"]
    assert rules["undertaking"].startswith("prose | sentence_commitment:")
    assert pattern_name(rules["resolution"]) == "_RESOLVED"


def test_pattern_name_skips_strings_and_the_generic_enumerator() -> None:
    rule = 'list part | implied | implied_resolution: if ITEM.match(text) and (subjunctive(body) or body[:5] == "That ")'
    assert pattern_name(rule) == "subjunctive"
    assert pattern_name('prose | sentence_commitment: if ("inute" in s) and minutes_approved(s):') == "minutes_approved"
    assert pattern_name("action line | action_line: if to:") is None


def test_matching_is_one_to_one_in_reading_order() -> None:
    gold = [Labelled("a.txt", "resolution", "That the report be noted.")]
    found = [Labelled("a.txt", "resolution", "the report be noted."), Labelled("a.txt", "resolution", "the report be noted")]
    assert matched(found, gold) == [True, False]


def test_a_commit_is_not_before_itself_nor_an_unknown_one() -> None:
    assert not before("", "abc")
    assert not before("abc", "abc")


def test_families_meet_older_names_of_the_same_rule() -> None:
    assert family("prose | sentence_commitment: if foretold(sentence) or x: | _delivered") == "prose: foretold"
    assert family("prose | sentence_commitment: if DELIVERY.search(sentence):") == "prose: foretold"
    assert family("list part | implied | implied_resolution: if _MINUTES_APPROVED.match(t):") == (
        "list part (implied): minutes_approved")
