"""Commitment extraction: the phrasings minutes use for resolutions, requests and undertakings, and near misses."""
from __future__ import annotations

import pytest

from ingest.commitment_links import link_chunks
from tests.ingest.commitment_texts import found, only


@pytest.mark.parametrize(
    "text, kind, actor",
    [
        ("Following a request by a Member, officers agreed to provide figures on agency staff.", "undertaking", "officers"),
        ("The Director of Children's Services undertook to circulate the audit results.", "undertaking", "The Director of Children's Services"),
        ("Officers confirmed that the revised plan would be brought to the April 2015 meeting of the Committee.", "undertaking", "Officers"),
        ("It was hoped to be able to feed back on the pilot to the Committee in June 2023.", "undertaking", "officers"),
        ("The Committee noted that it would be provided with details of staff turnover.", "undertaking", "officers"),
        ("The Committee asked that the Business Planning Group monitor progress at its next meeting.", "action", "the Business Planning Group"),
        ("The Panel requests the Monitoring Officer to investigate the complaint and report back.", "action", "the Monitoring Officer"),
        ("The Committee agreed that the report be noted.", "resolution", "the Committee"),
        ("It was AGREED that the minutes be signed as a correct record.", "resolution", "the Committee"),
    ],
)
def test_each_phrasing_of_a_commitment_becomes_a_record_of_its_kind(text, kind, actor):
    c = only(f"Minutes:\n\n{text}")
    assert (c.kind, c.actor, c.text) == (kind, actor, text)
    assert c.status == "open" and c.commitment_id and c.doc_id == "doc"


@pytest.mark.parametrize(
    "text",
    [
        "Members asked whether the action plan had been achieved.",
        "The Chair queried how the impact of the policy would be measured.",
        "In response to a Member question, officers agreed that the plan had not been provided in a clear way.",
        "A Member of the Committee requested that it be noted that the plan had been presented in October.",
        "It was anticipated that the figure would be 100% from March 2015.",
        "The service is committed to the model whilst lobbying for funding.",
        "Officers confirmed that they had been.",
        "In their next visit, to take place in December 2017, they will focus on family support.",
        "In reaching its recommendations, the Sub-Committee reached the following CONCLUSIONS:",
    ],
)
def test_questions_forecasts_and_past_facts_are_not_commitments(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_a_resolution_list_gives_one_record_per_item_with_its_actor_and_deadline():
    text = (
        "Minutes:\n\n27.20 Cllr Russell thanked the Committee. She agreed to look at the request with officers.\n\n"
        "27.21 Resolved – That the Committee:\n\n"
        "1. Will consider the impact of the Family Safeguarding Model in 2023.\n\n"
        "2. Asks the Committee’s Business Planning Group to consider future scrutiny of quality assurance.\n\n"
        "3. Cllr. Sweeting would provide a list of follow up questions.\n\n"
        "Supporting documents:"
    )
    got = found(text)
    assert [(c.kind, c.actor, c.due, c.section) for c in got] == [
        ("undertaking", "Cllr Russell", None, "27.20"),
        ("resolution", "the Committee", "2023", "27.21"),
        ("resolution", "the Committee’s Business Planning Group", None, "27.21"),
        ("resolution", "Cllr. Sweeting", None, "27.21"),
    ]
    assert got[1].text == "Will consider the impact of the Family Safeguarding Model in 2023."


@pytest.mark.parametrize(
    "lead, body",
    [
        ("The Sub-Committee RESOLVED to recommend that:", "the Sub-Committee"),
        ("Resolved: That:", "the Committee"),
        ("RESOLVED – That the Panel:", "the Panel"),
    ],
)
def test_resolution_lead_ins(lead, body):
    c = only(f"Minutes:\n\n{lead}\n\n1. The report be noted and the action plan be approved.")
    assert (c.kind, c.actor, c.text) == ("resolution", body, "The report be noted and the action plan be approved.")


def test_a_resolution_stated_in_one_line():
    c = only("RESOLVED – That the report be noted.")
    assert (c.kind, c.text) == ("resolution", "the report be noted.")


def test_a_reports_recommendations_count_once_and_its_plans_not_at_all():
    text = (
        "RECOMMENDATIONS\tMembers are invited to:\n\n- i) Note the terms of reference of the Improvement Board;\n\n"
        "## 3. Next steps\n\n- 3.1 The plan will be submitted to Ofsted by 11 December 2017 and officers will provide updates.\n\n"
        "## 6. RECOMMENDATIONS\n\n- 6.1 The Sub-Committee is asked to:\n\n- i) Note the terms of reference of the Improvement Board;"
    )
    c = only(text, kind="report")
    assert (c.kind, c.actor, c.section) == ("recommendation", "the Sub-Committee", "6.1")


def test_inspection_reports_record_no_commitments_of_the_council():
    assert found("Minutes:\n\nOfficers agreed to provide figures.", kind="inspection report") == []


def test_an_agenda_items_summary_above_its_minutes_is_not_minuted():
    text = "The Committee will receive a presentation which will provide an update.\n\nMinutes:\n\nOfficers agreed to provide figures."
    assert [c.text for c in found(text)] == ["Officers agreed to provide figures."]


def test_a_decision_page_records_its_decision():
    text = ("Decision Maker: Service Director - Homes\n\n### Decision:\n\nThe demolition of the tower blocks has been approved."
            "\n\nDate of decision: 27/07/2021")
    c = only(text, kind="decision")
    assert (c.kind, c.actor, c.text) == ("resolution", "Service Director - Homes", "The demolition of the tower blocks has been approved.")


def test_deadlines_are_read_as_stated_and_as_dates_when_they_name_one():
    c = only("Minutes:\n\nFrom 1 December 2022 that team would move to the Commissioning team.")
    assert (c.actor, c.due, str(c.due_date)) == ("that team", "from 1 December 2022", "2022-12-01")
    c = only("Minutes:\n\nIt was hoped to be able to feed back to the Committee in June 2023.")
    assert (c.due, str(c.due_date)) == ("June 2023", "2023-06-01")


def test_each_commitment_links_to_the_chunk_that_holds_its_words():
    [c] = found("Minutes:\n\nOfficers agreed to provide   figures\non agency staff.")
    chunks = [("a", "Unrelated passage."), ("b", "Minutes: Officers agreed to provide figures on agency staff. More.")]
    assert link_chunks([c], chunks)[0].chunk_id == "b"
