"""Lead-ins that open lists of resolutions or recommendations (ingest/commitment_lists.py)."""
from __future__ import annotations

from ingest.commitment_lists import recommended_part
from tests.ingest.commitment_texts import found


def test_a_reports_it_is_recommended_that_is_no_recommendation_of_the_meeting():
    """"It is recommended that …" in a report's body (round 12: its lead-in filed 0 true / 1 false records) files none."""
    assert found("Council report\n\nIt is recommended that an area within the Market Hall is allocated to the developers "
                 "to show plans.") == []


def test_a_part_with_its_own_recommended_that_recommends_to_the_body_it_names():
    """"1.5 Recommended that Council approve …" in a cabinet's decision list recommends (round 14)."""
    assert recommended_part("Recommended that Council approve the policies listed below.") == "the Council"
    assert recommended_part("Recommended that the Planning Committee note the appeal.") == "the Planning Committee"
    assert recommended_part("Agreed that the scheme be launched.") is None


def test_that_the_body_agreed_with_a_semicolon_opens_the_parts_and_is_none_itself():
    """"RESOLVED" then "That Cabinet agreed;" over "a) To formally accept …" (round 18, register_unseen12)."""
    got = found("Cabinet minutes\n\n5. Neighbourhood Plan\n\nRESOLVED\n\nThat Cabinet agreed;\n\n"
                "a) To formally accept the Examiner's recommended modifications to the Neighbourhood Plan.\n\n"
                "b) To agree that the Plan proceeds to referendum.\n", committee="Cabinet")
    assert [c.text for c in got] == ["To formally accept the Examiner's recommended modifications to the Neighbourhood Plan.",
                                     "To agree that the Plan proceeds to referendum."]


def test_the_following_things_were_agreed_opens_a_list_as_it_was_agreed_does():
    """"The following additional actions were agreed:" then dashed parts (round 18, register_unseen12)."""
    got = found("Minutes of the Footpaths Committee meeting held on 7 February 2024\n\n3). Review of schedule\n\n"
                "The following additional actions were agreed:\n- To replace a broken stile on Footpath 139 off Church Lane\n"
                "- To undertake a larger piece of work on the bridge\n\n4). Date of next meeting\n")
    assert [(c.kind, c.text) for c in got] == [
        ("resolution", "To replace a broken stile on Footpath 139 off Church Lane"),
        ("resolution", "To undertake a larger piece of work on the bridge"),
    ]


def test_a_decision_maker_s_heading_under_decision_opens_its_parts():
    """A delegated decisions page's "Decision:" then "The Leader approved the decision to:" or "The Cabinet Member for
    Customer Services:" over numbered parts (round 18, register_unseen12)."""
    got = found("Decisions published\n\nDecision Maker: Leader of the Council\n\nDecision:\n\n"
                "The Leader approved the decision to:\n\n1. Grant a new lease to the trustees of the Golf Club.\n\n"
                "Wards affected: Copthorne;\n\nDecision Maker: Cabinet Member\n\nDecision:\n\n"
                "The Cabinet Member for Customer Services:\n\n"
                "i) approved the award of 100% Discretionary Rate Relief to a charity for the year.\n", "decision")
    assert [c.text for c in got] == ["Grant a new lease to the trustees of the Golf Club.",
                                     "approved the award of 100% Discretionary Rate Relief to a charity for the year."]
    assert got[1].actor == "the Cabinet Member for Customer Services"
