"""Decisions minutes tell as narrative or take by one member, as councils beyond the tuning papers write them: a cabinet
member's "agreed to:" list, a body named with a comma before its parts, "which was noted", "the Council agreed, that",
a ruling above the first item of an agenda-and-minutes page. Short synthetic texts, not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


def test_a_cabinet_members_agreed_to_list_is_theirs_unless_a_part_delegates():
    got = found("Minutes:\n\nThe Cabinet Member for Housing agreed to:\n\na) approve the allocations scheme;\n\nb) delegate "
                "authority to the Director of Housing to award the contract.", "decision")
    assert [(c.kind, c.actor) for c in got] == [
        ("resolution", "the Cabinet Member for Housing"), ("resolution", "the Director of Housing"),
    ]


def test_a_body_named_before_its_lettered_parts_resolves_them():
    got = found("Minutes:\n\nResolved: That the Council, (a) notes the report; (b) agrees the budget.")
    assert [c.actor for c in got] == ["the Council", "the Council"]


def test_a_body_endorsing_the_recommendations_is_the_items_outcome():
    got = only("Minutes:\n\nThe Committee endorsed the recommendations set out in the report.")
    assert (got.kind, got.actor) == ("resolution", "the Committee")


def test_an_update_which_was_noted_is_the_items_outcome():
    got = only("Minutes:\n\nThe Chief Officer updated the Board on the winter plan which was noted.", committee="Board")
    assert (got.kind, got.actor) == ("resolution", "the Board")


def test_the_council_agreeing_after_a_comma_resolves():
    got = only("Minutes:\n\nThe Provost ruled, and the Council agreed, that the item be dealt with as a matter of urgency.",
               committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")


def test_a_ruling_above_the_first_item_of_an_agenda_and_minutes_page_is_read():
    text = ("Agenda and minutes\n\nItems\n\nThe Provost ruled, and the Council agreed, that the late item be taken as "
            "urgent.\n\n1.\n\nApologies for absence\n\nTo receive apologies.\n\nMinutes:\n\nNone.")
    assert [c.kind for c in found(text, committee="Council")] == ["resolution"]


def test_what_a_presentation_will_provide_is_no_undertaking():
    assert found("Minutes:\n\nThe Committee will receive a presentation on the night which will provide an update on the "
                 "improvement programme.") == []


@pytest.mark.parametrize(
    "text, due",
    [
        ("The application was refused.", None),
        ("Planning permission was granted.", None),
        ("The item was deferred to the next meeting.", "the next meeting"),
    ],
)
def test_a_planning_outcome_told_as_narrative_is_the_items_resolution(text, due):
    got = only(f"Minutes:\n\n{text}", committee="Planning Committee")
    assert (got.kind, got.actor, got.due) == ("resolution", "the Committee", due)


def test_a_narrative_outcome_gives_way_to_the_resolution_beside_it():
    got = found("Minutes:\n\nThe application was refused.\n\nRESOLVED – That planning permission be refused for the "
                "reasons set out in the report.", committee="Planning Committee")
    assert [c.text for c in got] == ["planning permission be refused for the reasons set out in the report."]


def test_a_past_refusal_with_its_year_is_no_outcome():
    assert found("Minutes:\n\nThe application was refused in 2019 and dismissed at appeal.") == []


def test_a_proposal_which_was_agreed_is_a_resolution():
    got = only("Minutes:\n\nThe Chair proposed that a letter be sent to the Minister, which was agreed.")
    assert (got.kind, got.actor) == ("resolution", "the Committee")


def test_an_officer_asked_to_act_is_the_actor_of_an_action():
    got = only("Minutes:\n\nThe Clerk was asked to write to the landowner.")
    assert (got.kind, got.actor) == ("action", "The Clerk")


def test_a_request_that_something_be_brought_back_is_an_action_for_officers():
    got = only("Minutes:\n\nIt was requested that the item be brought back to a future meeting.")
    assert (got.kind, got.actor) == ("action", "officers")


def test_resolved_unanimously_keeps_only_the_resolution_as_its_text():
    assert only("Minutes:\n\nRESOLVED UNANIMOUSLY that the report be noted.").text == "the report be noted."


def test_the_meetings_view_of_what_to_do_is_the_items_outcome():
    got = only("MINUTES\n\n7. Bench by the pond\n\nAfter some discussion it was felt that it would be better to repair "
               "the old bench than to buy a new one.", committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")


def test_a_view_without_a_choice_or_held_by_others_is_no_outcome():
    assert found("MINUTES\n\n7. Grant\n\nCllr Lee had the forms but it was felt too late to send them this year.") == []
    assert found("MINUTES\n\n7. Road\n\nIt was felt by residents that the road should be closed at night.") == []


def test_a_view_beside_a_resolution_gives_way_to_it():
    got = found("MINUTES\n\n7. Bench by the pond\n\nIt was felt that the bench should be repaired. RESOLVED that the "
                "bench be repaired by the handyman.", committee="Council")
    assert [c.text for c in got] == ["the bench be repaired by the handyman."]


def test_the_meeting_accepting_after_an_opening_clause_resolves():
    got = only("MINUTES\n\n7. Tree survey\n\nFollowing discussion the meeting accepted the findings of the survey.",
               committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")


def test_this_was_accepted_is_an_outcome_as_this_was_agreed_is():
    got = found("MINUTES\n\n4. Resignation\n\nCllr Hart has written to resign from the council. This was accepted with "
                "regret.", committee="Parish Council")
    assert [(c.kind, c.text) for c in got] == [("resolution", "This was accepted with regret.")]


@pytest.mark.parametrize("sentence", [
    "Members agreed unanimously to purchase a new bench.",
    "The Council decided not to object to the application.",
    "All agreed that the clerk should write to the landowner.",
    "A decision was made to purchase a new bench.",
    "Members voted 6 to 1 in favour of accepting the quotation.",
    "The parish council agreed to purchase a new bench.",
    "The council resolved unanimously to purchase a new bench.",
])
def test_a_bodys_agreement_in_minutes_common_grammar_is_its_resolution(sentence):
    got = only(f"MINUTES\n\n7. Village matters\n\n{sentence}", committee="Council")
    assert (got.kind, got.actor, got.text) == ("resolution", "the Council", sentence)


def test_a_past_agreement_or_a_vote_count_alone_is_no_resolution():
    assert found("MINUTES\n\n7. Bench\n\nThe council had previously agreed to buy a bench.", committee="Council") == []
    assert found("MINUTES\n\n7. Bench\n\nCouncillors who voted in 2019 were thanked.", committee="Council") == []


def test_members_agreeing_with_an_adverb_after_the_verb_resolve_but_not_an_earlier_agreement():
    c = only("Minutes of the Parish Council\n\nCouncillors agreed reluctantly that the bench should be removed.")
    assert c.kind == "resolution"
    assert found("Minutes of the Parish Council\n\nCouncillors agreed previously that the bench should be removed.") == []


def test_a_parish_clerks_terse_report_received_and_acknowledged_is_a_weak_outcome():
    c = only("Minutes of the Parish Council\n\n4. County councillor's report\n\nReport received and acknowledged")
    assert c.kind == "resolution"


def test_it_was_resolved_unanimously_in_capitals_mid_sentence_is_a_resolution():
    c = only("Minutes of the Council\n\nThe Mayor asked and it was RESOLVED UNANIMOUSLY that the meeting adjourn for ten "
             "minutes.")
    assert c.kind == "resolution"


def test_an_officer_asked_to_act_after_the_matters_topic_and_a_dash_is_their_action():
    c = only("Minutes of the Parish Council\n\nc) Grass cutting invoice – the Clerk was asked to check that it had been paid.")
    assert (c.kind, c.actor) == ("action", "the Clerk")


@pytest.mark.parametrize("text", [
    "Members of the Council noted and endorsed the stance taken by the Leader.",
    "The Council were happy to agree to the placing of a seat on the green.",
])
def test_a_bodys_assent_told_as_narrative_is_the_items_outcome(text):
    got = only(f"Minutes:\n\n{text}")
    assert got.kind == "resolution"


def test_a_willingness_that_is_no_bodys_assent_is_not_one():
    assert found("Minutes:\n\nThe resident was happy to agree to the placing of a seat on the green.") == []


def test_a_body_deciding_after_its_debate_resolves():
    got = only("Minutes:\n\nThe Parish Council discussed the budget and after a long debate decided to raise the precept "
               "by 3%.")
    assert (got.kind, got.actor) == ("resolution", "the Parish Council")


def test_a_chairs_ruling_on_the_business_is_the_chairs_decision():
    got = only("Minutes:\n\nIn accordance with Standing Order 4, the Mayor determined that an additional item on the "
               "library be considered as a matter of urgency.")
    assert (got.kind, got.actor) == ("resolution", "the Mayor")


def test_a_chair_agreeing_to_bring_an_item_forward_rules_on_the_business_and_other_agreements_stay_promises():
    """"The Chairman agreed to bring that item … forward on the agenda" is the chair's ruling (round 14)."""
    got = only("Minutes:\n\nThe Chairman agreed to bring the item on parking forward on the agenda.")
    assert (got.kind, got.actor) == ("resolution", "The Chairman")
    got = only("Minutes:\n\nThe Chairman agreed to write to the landowner about the hedge.")
    assert got.kind == "undertaking"


def test_a_ruling_the_body_agrees_to_is_the_bodys():
    got = only("Minutes:\n\nThe Provost ruled, and the Council agreed, that the item be dealt with as a matter of urgency.")
    assert got.actor != "The Provost"


def test_a_sentence_that_ends_at_noted_is_the_items_outcome_whatever_was_noted():
    got = only("Minutes\n\nPlanning\n\nThe outcome of the earlier planning applications was noted.", committee="Parish Council")
    assert (got.kind, got.text) == ("resolution", "The outcome of the earlier planning applications was noted.")
    got = only("Minutes\n\nParish Matters\n\n7 Highways. Mill Lane. The following objections were noted:\n\na. Noise from "
               "the site at night.\n\nb. Parking on the lane.", committee="Parish Council")
    assert (got.kind, got.text) == ("resolution", "The following objections were noted:")
    assert found("Minutes\n\nApologies\n\nThe apologies of Cllr Smith were noted.", committee="Parish Council") == []
    assert found("Minutes\n\nThe Clerk said the hedge was noted for its height by the walkers last year.") == []


def test_a_chair_asking_for_items_to_be_brought_forward_rules_on_the_order_of_business():
    """"… the Chairman asked for items 20 and 21 to be brought forward." (round 16, register_unseen11)."""
    got = only("Minutes:\n\nThe meeting continued at 7.20pm and the Chairman asked for items 20 and 21 to be brought forward.")
    assert (got.kind, got.actor) == ("resolution", "the Chairman")


def test_a_chair_deciding_to_bring_an_item_forward_rules_on_the_order_of_business():
    """"… the Chair decided to bring forward item 12A to earlier in the meeting …" (round 18, register_unseen12)."""
    got = only("Minutes:\n\nAs there were members of the public present for the Motion, the Chair decided to bring forward "
               "item 12A to earlier in the meeting before agenda item 9.")
    assert (got.kind, got.actor) == ("resolution", "the Chair")


@pytest.mark.parametrize("sentence", [
    "Cllrs decided that the plot would be left as it was.",
    "The members agreed to purchase a new bench.",
    "Those present agreed that the clerk should write to the landowner.",
    "Members present voted to accept the quotation.",
    "Councillors approved the purchase of a new bench.",
    "It was duly agreed to purchase a new bench.",
    "The meeting voted to accept the quotation.",
])
def test_the_meetings_members_in_any_of_their_forms_decide_for_it(sentence):
    got = only(f"MINUTES\n\n7. Village matters\n\n{sentence}", committee="Council")
    assert (got.kind, got.actor, got.text) == ("resolution", "the Council", sentence)


def test_members_agreeing_that_a_state_holds_share_a_view_not_a_decision():
    assert found("MINUTES\n\n7. Crossing\n\nCllrs agreed that this was dangerous.", committee="Council") == []
    got = only("MINUTES\n\n7. Shed\n\nIt was agreed that no further action was necessary.", committee="Council")
    assert got.kind == "resolution"


@pytest.mark.parametrize("sentence", [
    "Members request that the Clerk write to the landowner.",
    "Councillors requested that the Clerk write to the landowner.",
    "The Council request that the Clerk write to the landowner.",
])
def test_the_meeting_asking_in_a_plurals_present_or_by_its_members_puts_the_clerk_to_work(sentence):
    got = only(f"MINUTES\n\n7. Hedges\n\n{sentence}", committee="Council")
    assert (got.kind, got.actor) == ("action", "the Clerk")


def test_a_body_that_also_or_further_agreed_resolves_and_is_not_an_undertaking():
    got = only("MINUTES\n\n7. Bench\n\nThe Council further agreed to purchase a new bench.", committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")
    got = only("MINUTES\n\n7. Bench\n\nMembers all agreed to purchase a new bench.", committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")
