"""The metadata report: its matching rules, its two scores, and the dev set's figures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.metadata import committee_key, evaluate, load_labels, main, same_body


@pytest.mark.parametrize("a, b", [
    ("Audit & Governance Committee", "Audit and Governance Committee"),
    ("The Council", "Council"),
    ("Planning Sub-Committee", "planning sub committee"),
    ("Member Decisions Meeting", "Member Decisions"),
])
def test_committee_names_that_match(a: str, b: str):
    assert committee_key(a) == committee_key(b)


@pytest.mark.parametrize("a, b", [
    ("Cumbria Health and Wellbeing Board", "Health and Wellbeing Board"),
    ("Planning Committee", "Planning Applications Committee"),
    ("Cabinet", "Cabinet Member"),
])
def test_committee_names_that_do_not(a: str, b: str):
    assert committee_key(a) != committee_key(b)


@pytest.mark.parametrize("expected, got, council", [
    ("Town Council", "Council", "Aberystwyth Town Council"),
    ("Full Council", "Town Council", "Buckingham Town Council"),
    ("Parish Council (Annual Meeting)", "Parish Council", "Tolleshunt Major Parish Council"),
    ("Council", "Full Council", "Kent County Council"),
    ("Fire and Rescue Authority", "Full Authority", "West Anyshire Fire and Rescue Authority"),
    ("Leadership Board", "North East Leadership Board", "North East Combined Authority"),
    ("Health and Wellbeing Board", "Cumbria Health and Wellbeing Board", "Cumbria County Council"),
])
def test_one_body_in_two_conventions(expected: str, got: str, council: str):
    assert same_body(expected, got, council)


@pytest.mark.parametrize("expected, got, council", [
    ("Council", "Town Council", "Kent County Council"),
    ("Town Council", "Parish Council", "Anyville Town Council"),
    ("Health and Wellbeing Board", "Cumbria Health and Wellbeing Board", "Carlisle City Council"),
    ("Waste Board", "SCC Somerset Waste Board", "Somerset Waste Board"),
    ("Cabinet", "Council", "Kent County Council"),
    ("Combined Authority Committee", "Combined Authority", "West Anyshire Combined Authority"),
    ("Combined Authority Committee", "Committee", "West Anyshire Combined Authority"),
    ("Cabinet", None, "Kent County Council"),
])
def test_other_bodies_or_none(expected: str, got: str | None, council: str):
    assert not same_body(expected, got, council)


def _labelled(tmp_path: Path) -> Path:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "kent_2024-03-05_cabinet-minutes.txt").write_text("1. Apologies\n\nMinutes:\n\nNone were received.\n", encoding="utf-8")
    (papers / "p2.txt").write_text(
        "Planning Committee - Tuesday 4 June 2024 7.00 pm\n\nMinutes:\n\nThe minutes of the meeting held on 7 May 2024 "
        "were approved.\n", encoding="utf-8")
    rows = [
        {"file": "kent_2024-03-05_cabinet-minutes.txt", "council": "Kent County Council", "committee": "Cabinet",
         "meeting_date": "2024-03-05", "kind": "minutes",
         "stated_in_text": {"council": False, "committee": False, "meeting_date": False}},
        {"file": "p2.txt", "council": "Kent County Council", "committee": "The Planning Committee",
         "meeting_date": "2024-06-04", "kind": "minutes",
         "stated_in_text": {"council": False, "committee": True, "meeting_date": True}},
    ]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return labels


def test_the_primary_score_counts_only_what_the_text_states_and_hides_the_file_name(tmp_path: Path):
    result = evaluate(load_labels(_labelled(tmp_path), tmp_path / "papers"))
    primary, secondary = result["primary"]["scores"], result["secondary"]["scores"]
    assert (primary["committee"]["scored"], primary["committee"]["right"]) == (1, 1)
    assert (primary["meeting_date"]["scored"], primary["meeting_date"]["right"]) == (1, 1)
    assert primary["council"]["scored"] == 0
    # with the real file name, the first paper's name gives council, committee and date; the second names no council
    assert (secondary["council"]["right"], secondary["committee"]["right"], secondary["meeting_date"]["right"]) == (1, 2, 2)
    (miss,) = result["secondary"]["misses"]
    assert (miss["file"], miss["field"], miss["got"]) == ("p2.txt", "council", None)


def test_the_report_lists_every_miss(tmp_path: Path):
    assert main(["--labels", str(_labelled(tmp_path)), "--papers", str(tmp_path / "papers"), "--out", str(tmp_path)]) == 0
    report = (tmp_path / "metadata-labels.md").read_text(encoding="utf-8")
    assert "| p2.txt | council | Kent County Council | (none) | – |" in report
    assert json.loads((tmp_path / "metadata-labels.json").read_text())["papers"] == 2


def test_the_report_says_what_the_set_is_and_how_to_make_it_again(tmp_path: Path):
    labels = _labelled(tmp_path)
    args = ["--labels", str(labels), "--papers", str(tmp_path / "papers"), "--out", str(tmp_path), "--report", "seen",
            "--role", "tuning (seen)"]
    assert main(args) == 0
    report = (tmp_path / "seen.md").read_text(encoding="utf-8")
    assert "a tuning (seen) set" in report
    assert f"--papers {tmp_path / 'papers'}" in report and "--report seen --role 'tuning (seen)'" in report


def test_dev_set_text_stated_committee_and_date(shared_corpus: Path):
    result = evaluate(load_labels(shared_corpus / "councils" / "expected_meta.jsonl"))
    scores = result["primary"]["scores"]
    assert scores["committee"]["accuracy"] >= 0.90 and scores["meeting_date"]["accuracy"] >= 0.90


def test_every_paper_is_counted_right_empty_or_wrong_by_whether_its_text_states_the_field(tmp_path: Path):
    labels = _labelled(tmp_path)
    rows = [json.loads(line) for line in labels.read_text().splitlines()]
    rows[1]["meeting_date"] = "2024-06-05"  # the text states 4 June: Clerk's value is now a wrong one
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = evaluate(load_labels(labels, tmp_path / "papers"))
    counts = result["outcomes"]["counts"]
    assert counts["council"]["unstated"] == {"right": 1, "empty": 1, "wrong": 0}
    assert counts["committee"]["stated"] == {"right": 1, "empty": 0, "wrong": 0}
    assert counts["meeting_date"]["stated"] == {"right": 0, "empty": 0, "wrong": 1}
    (wrong,) = result["outcomes"]["wrong"]
    assert (wrong["file"], wrong["field"], wrong["expected"], wrong["got"]) == ("p2.txt", "meeting_date", "2024-06-05", "2024-06-04")
    assert main(["--labels", str(labels), "--papers", str(tmp_path / "papers"), "--out", str(tmp_path)]) == 0
    report = (tmp_path / "metadata-labels.md").read_text(encoding="utf-8")
    assert "| meeting_date | stated | 0 | 0 | 1 |" in report
    assert "| p2.txt | meeting_date | stated | 2024-06-05 | 2024-06-04 | text |" in report
