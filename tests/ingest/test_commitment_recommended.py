"""Round 4 of the register's shapes (issue #12): a committee's recommendations carried to Council, a resolution that
recommends to Council what it must do, a part whose sub-items give its details, and a parish council's "Resolve:".
Short invented texts, not copied from any paper."""
from __future__ import annotations

from tests.ingest.commitment_texts import found, only


def test_that_council_be_recommended_opens_a_list_of_recommendations_to_council():
    got = found(
        "Planning Committee\n\nMeeting held on 3 March 2026\n\nPC 12 Street Trading Policy\n\n"
        "That Council be RECOMMENDED to:\n\n1. adopt the revised Street Trading Policy; and\n\n"
        "2. revoke the 2015 policy.\n\nPC 14 Fees\n\n"
        "That Council be RECOMMENDED to set the licence fees shown in the schedule.",
        "agenda",
    )
    assert [(c.kind, c.actor) for c in got] == [("recommendation", "the Council")] * 3
    assert [c.text for c in got] == [
        "adopt the revised Street Trading Policy; and", "revoke the 2015 policy.",
        "to set the licence fees shown in the schedule.",
    ]


def test_that_it_be_recommended_to_council_is_the_meetings_resolution_with_council_to_act():
    got = found(
        "Minutes:\n\n1) That it be recommended to Council that it:\n\na) Approves the capital programme for 2026/27.\n\n"
        "b) Notes the borrowing forecast."
    )
    assert [(c.kind, c.actor, c.text) for c in got] == [
        ("resolution", "the Council", "Approves the capital programme for 2026/27."),
        ("resolution", "the Council", "Notes the borrowing forecast."),
    ]


def test_a_part_that_decides_keeps_its_details_out_and_the_list_goes_on():
    got = found(
        "Minutes:\n\nRESOLVED that the Committee:\n\na) Approves a rise in the garden waste charge by 5% in 2026/27:\n\n"
        "i. 3% for inflation, and\n\nii. 2% for the new vehicles.\n\nb) Approves the revised car parking tariffs."
    )
    assert [c.text for c in got] == [
        "Approves a rise in the garden waste charge by 5% in 2026/27:", "Approves the revised car parking tariffs.",
    ]


def test_a_parish_resolve_label_with_its_proposer_and_seconder_is_the_councils_resolution():
    c = only(
        "Minutes of the Meeting of the Town Council\n\n"
        "Resolve: Proposed by Cllr Able, seconded by Cllr Baker, by unanimous vote, that the bench on Mill Green be "
        "replaced before 1 June 2026.",
        committee="Town Council",
    )
    assert (c.kind, c.actor, c.due) == ("resolution", "the Council", "before 1 June 2026")
    assert c.text == "the bench on Mill Green be replaced before 1 June 2026."


def test_a_parish_councils_proposed_seconded_and_resolved_sentences_are_its_resolutions():
    got = found(
        "Parish Council minutes\n\nElection of Chairman\n\n"
        "It was proposed, seconded, and unanimously resolved to elect Councillor Jane Doe as Chair of the Parish Council."
        "\n\nCo-option\n\nIt was RESOLVED by majority vote to co-opt Sam Roe.\n\nGrants\n\n"
        "It was proposed by Cllr A Able, seconded by Cllr B Baker and resolved that £200 be given to the village fete."
    )
    assert [(c.kind, c.actor) for c in got] == [("resolution", "the Council")] * 3


def test_an_agreed_line_worded_as_an_action_or_a_promise_is_that_kind():
    got = found(
        "Minutes of the Parish Council\n\n4. Footpaths\n\nAgreed: Clerk to write to Cllr. Jones about the stile.\n\n"
        "5. Planning\n\nAgreed: Cllr. Smith agreed to look into the heritage statement and report back."
    )
    assert [(c.kind, c.actor) for c in got] == [("action", "Clerk"), ("undertaking", "Cllr. Smith")]


def test_a_member_with_a_two_word_surname_to_act_is_an_action():
    c = only("Minutes of the Parish Council\n\nMinute 12 – Allotments. Cllr Faulkner Smith to look at the track.")
    assert (c.kind, c.actor) == ("action", "Cllr Faulkner Smith")


def test_a_chair_who_remains_is_elected_by_the_council():
    c = only("Parish Council minutes\n\nThere were no further nominations and it was resolved that Cllr Lee remain as "
             "Chairman for the year.")
    assert c.actor == "the Council"


def test_an_agreement_made_before_and_acted_on_is_a_past_fact_unless_it_names_a_time_to_come():
    assert found("Council minutes\n\nThe Mayor informed the Council that Mrs Ames had agreed to act as his consort.") == []
    c = only("Committee minutes\n\nThe Chair reported that the Chairs had agreed to scrutinise the scheme in March 2027.")
    assert (c.kind, c.due) == ("undertaking", "March 2027")
