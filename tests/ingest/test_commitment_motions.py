"""Commitment extraction: motions moved, seconded and carried or lost; a "Decision:" that tells how the vote went;
lettered budget resolutions whose stem asks another body to act; numbered parts left without "RESOLVED"; action lines
with a dash. Short synthetic texts, not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


def test_a_motion_moved_seconded_and_carried_is_a_resolution_in_its_own_words():
    got = only("Minutes:\n\nThe Chair MOVED and it was duly SECONDED that the minutes of the meeting held on 4 May 2026 "
               "be signed as a correct record.\n\nThe Motion was put to the vote and declared CARRIED.")
    assert (got.kind, got.text) == ("resolution", "the minutes of the meeting held on 4 May 2026 be signed as a correct record.")


def test_a_quoted_motion_after_moved_that_is_the_resolution_and_its_ask_names_the_actor():
    got = only("Minutes:\n\nIt was moved by Councillor Jones and seconded by Councillor Evans that,\n\n"
               "“This Council asks the Leader to write to the bus operators about rural services.”\n\n"
               "On being put to the vote the motion was declared carried.")
    assert (got.kind, got.actor) == ("resolution", "the Leader")
    assert got.text.startswith("This Council asks the Leader")


def test_a_motion_lost_commits_nobody():
    assert found("Minutes:\n\nIt was moved by Councillor Ali and seconded by Councillor Brown that the car park charges "
                 "be frozen.\n\nOn being put to the vote the motion was declared lost.") == []


def test_how_the_vote_went_under_decision_is_not_a_decision_but_the_parts_after_it_are():
    got = found(
        "Decision:\n\nThe Leader moved the budget proposals set out in the agenda pack. Councillor Khan seconded the "
        "proposals.\n\nThe substantive proposals were then put to a recorded vote and were agreed.\n\nThat Council: -\n\n"
        "1. Agree a General Fund revenue budget of £402.1m for 2026/27.\n\n2. Agree the Capital Programme set out in Appendix 4."
    )
    assert [(c.text, c.actor) for c in got] == [
        ("Agree a General Fund revenue budget of £402.1m for 2026/27.", "the Council"),
        ("Agree the Capital Programme set out in Appendix 4.", "the Council"),
    ]


def test_a_stem_inviting_council_makes_council_the_actor_of_its_sub_parts_only():
    got = found(
        "Minutes:\n\nRESOLVED\n\n(a) that Council at its meeting on 21 September 2026 be invited to -\n\n"
        "(i) approve a revised budget requirement of £14.2m;\n\n(ii) approve a Band D Council Tax of £110.25; and\n\n"
        "(b) that a supplementary revenue estimate of £45,000 be approved."
    )
    assert [c.actor for c in got] == ["Council", "Council", "the Committee"]
    assert got[0].text.startswith("approve a revised budget")


def test_numbered_parts_left_without_resolved_in_the_indicative_are_resolutions():
    got = found("Minutes:\n\nThe proposals were put to the vote and carried.\n\n(1) that the minutes are re-submitted to a "
                "future meeting of this Committee;\n\n(2) that an additional meeting of the Committee is held.")
    assert [c.text for c in got] == [
        "that the minutes are re-submitted to a future meeting of this Committee;",
        "that an additional meeting of the Committee is held.",
    ]


def test_a_notice_of_motions_recitals_in_the_present_are_no_resolutions():
    """An agenda's notice of motion: "This Council recognises: - That … is …" states findings, not decisions."""
    got = found("Agenda\n\nTo consider the following notice of motion from Councillor Knight\n\n“This Council recognises:\n\n"
                "- That food production is a significant contributor to greenhouse gas emissions in the district.\n\n"
                "- That we have a duty as leaders in the district to help the community make changes.\n\n"
                "- That the annual report is noted by the Council and published on its website.", kind="agenda")
    assert [c.text for c in got] == ["That the annual report is noted by the Council and published on its website."]


def test_an_action_line_with_a_dash_names_who_acts():
    got = only("Minutes:\n\nMembers discussed the performance report.\n\nACTION – LC to circulate the draft terms of reference.")
    assert (got.kind, got.actor) == ("action", "LC")


def test_invited_full_council_names_the_council():
    got = only("Decision:\n\nInvited full Council to approve a Band D Council Tax of £110.25 for 2026/27.")
    assert got.actor == "full Council"


def test_minutes_approved_subject_to_listed_corrections_are_one_resolution():
    got = only("Minutes:\n\nThe minutes of the meeting held on 24th September 2026, were approved as a correct record, "
               "subject to:-\n\n(a) the removal of Councillor Jones from the list of Members present; and\n\n"
               "(b) the correction of a typing error in paragraph 8.4.")
    assert got.kind == "resolution" and got.text.startswith("The minutes of the meeting held on 24th September 2026")


def test_a_member_taking_executive_decisions_resolves_like_a_body_even_with_the_first_part_inline():
    got = found("21.1 The Leader and Lead Member considered a report by the Chief Executive.\n\n21.2 The Leader and Lead "
                "Member RESOLVED to (1) agree the Officer Scheme of Delegation;\n\n(2) agree the annual report to the "
                "County Council.\n\nREASONS\n\n21.3 The Constitution requires the Leader to present a record of delegations.")
    assert [(c.text, c.actor) for c in got] == [
        ("agree the Officer Scheme of Delegation;", "the Leader and Lead Member"),
        ("agree the annual report to the County Council.", "the Leader and Lead Member"),
    ]


def test_minutes_approved_by_a_lead_member_in_the_other_order():
    got = only("17.1 The Lead Member approved as a correct record the minutes of the meeting held on 7 March 2026.")
    assert (got.kind, got.actor) == ("resolution", "The Lead Member")


def test_a_decision_field_that_repeats_the_welcome_holds_no_decision():
    got = found(
        "87.\n\nWELCOME AND REMOTE MEETINGS PROTOCOL\n\nDecision:\n\nThe Chair welcomed everyone to this virtual meeting.\n\n"
        "The Democratic Services Officer undertook a roll call to ensure that all Members could hear and be heard.\n\n"
        "The meeting was being streamed live and recorded.\n\nMembers were requested to ensure that they were familiar "
        "with the Protocol.\n\n88.\n\nMINUTES\n\nDecision:\n\nRESOLVED: That the Minutes of the meeting held on 14 January "
        "2026 be approved as a true record."
    )
    assert [c.text for c in got] == ["the Minutes of the meeting held on 14 January 2026 be approved as a true record."]


def test_an_amendment_carried_and_passed_is_the_resolution_not_the_proposal_it_replaced():
    got = only(
        "Minutes:\n\nProposal\n\nProposed by Councillor Doyle, Seconded by Councillor White,\n\nThat the Committee approves "
        "the removal of the bonfire material from the site.\n\nAmendment\n\nProposed by Councillor Bunting, Seconded by "
        "Alderman Carr,\n\nThat the Committee agrees to accept the extra mitigations proposed for the site.\n\nOn a vote, "
        "sixteen Members voted for the amendment and two against and it was declared carried. The amendment was "
        "thereupon put to the Committee as the substantive motion and passed."
    )
    assert got.text == "That the Committee agrees to accept the extra mitigations proposed for the site."


def test_moved_and_seconded_then_a_resolution_without_its_label_is_read_once():
    got = found("Minutes:\n\nIt was moved by Councillor Park, seconded by Councillor Lamb and\n\nThe minutes of the meeting "
                "held on 4 April 2026 be approved as an accurate record.\n\nThe Director would liaise with the "
                "Communications Team.")
    assert [c.kind for c in got] == ["resolution", "undertaking"]


def test_a_proposal_from_the_chair_then_the_bodys_agreement_is_the_proposals_resolution():
    c = only("Minutes of the Council\n\nThe Mayor also proposed that Standing Order 12 be suspended to allow a single "
             "debate on the budget. The Council agreed unanimously.")
    assert (c.kind, c.text) == ("resolution", "Standing Order 12 be suspended to allow a single debate on the budget.")


def test_a_proposal_with_no_agreement_after_it_is_no_resolution():
    assert found("Minutes of the Council\n\nCllr Able proposed that the item be deferred. There was no seconder.") == []


@pytest.mark.parametrize("sentence", [
    "It was proposed by Cllr Smith and seconded by Cllr Jones to accept the quotation; all agreed.",
    "Cllr Smith proposed accepting the quotation, Cllr Jones seconded and all were in favour.",
    "The quotation from ABC Ltd was accepted (proposed Cllr Smith, seconded Cllr Jones, unanimous).",
    "A motion to accept the quotation was proposed by Cllr Adams, seconded by Cllr Brown and carried.",
    "On the proposal of Cllr Adams, seconded by Cllr Brown, this was agreed.",
])
def test_a_proposal_its_seconder_and_the_vote_in_any_order_is_a_resolution(sentence):
    got = only(f"MINUTES\n\n7. Bus shelter\n\n{sentence}", committee="Council")
    assert (got.kind, got.text, got.actor) == ("resolution", sentence, "the Council")


@pytest.mark.parametrize("sentence", [
    "Cllr Smith proposed accepting the quotation, Cllr Jones seconded, but it was not agreed.",
    "Cllr Smith proposed accepting the quotation, Cllr Jones seconded; 3 in favour, 4 against.",
    "Proposed: Cllr Smith Seconded: Cllr Jones",
])
def test_a_proposal_seconded_without_its_vote_carried_is_no_resolution(sentence):
    assert found(f"MINUTES\n\n7. Bus shelter\n\n{sentence}", committee="Council") == []


def test_a_proposal_named_with_what_it_was_to_do_then_carried_is_a_resolution():
    got = only("MINUTES\n\n8. Bench\n\nThe proposal to purchase a new bench was carried.", committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")
    assert found("MINUTES\n\n8. Precept\n\nThe motion to reduce the precept was lost.", committee="Council") == []


@pytest.mark.parametrize(
    "line",
    ["Council declares a climate emergency and will set up a working group to review its policies.",
     "Council now urges government to fund the transition to net zero."],
)
def test_a_passed_motions_resolving_words_after_its_preamble_are_the_councils_resolution(line):
    c = only(f"Minutes of the Council\n\nThe following motion was passed:\n\nCouncil notes the science.\n\n{line}")
    assert (c.kind, c.text) == ("resolution", line)


@pytest.mark.parametrize("lead", ["RESOLVED as follows:", "Cllr A moved an amendment, which was accepted, and it was RESOLVED as follows:"])
def test_resolved_as_follows_makes_the_next_paragraph_the_resolution(lead):
    c = only(f"Minutes of the Council\n\n{lead}\n\n\"Members believe that the group should include all parties. We "
             f"agree that this is fair.\"\n\nThe meeting closed at 9pm.")
    assert c.kind == "resolution" and c.text.startswith('"Members believe')


def test_a_councils_will_in_its_minutes_narrative_is_its_undertaking_not_a_motions_words():
    """"Council will look further at this at next meeting" promises (round 14); a motion's "resolves" still resolves."""
    c = only("Parish Council minutes\n\nThe clerk reported on the beacon. Council will look further at this at next meeting.")
    assert c.kind == "undertaking"
    c = only("Council minutes\n\nThis Council resolves to ask the Chief Executive to write to the Minister.")
    assert c.kind == "resolution"


def test_a_proposal_after_a_phrase_saying_why_meets_its_vote_in_the_next_sentence():
    """"As the item had not been decided … Cllr A proposed that … be amended …" "This was passed unanimously" (round 14)."""
    c = only("Parish Council minutes\n\nAs the item had not been decided at the meeting Cllr Lee proposed that the "
             "Standing Orders be amended to limit the Chair to two years. This was passed unanimously")
    assert (c.kind, c.text) == ("resolution", "the Standing Orders be amended to limit the Chair to two years.")
    assert found("Parish Council minutes\n\nAs the item had not been decided Cllr Lee proposed that the Standing Orders "
                 "be amended to limit the Chair to two years. This was not seconded.") == []


def test_who_voted_in_favour_after_a_motion_seconded_carries_it():
    got = only("Minutes\n\n3. Minutes of the last meeting\n\nIt was proposed by Cllr Lowe and seconded by Cllr Hart that "
               "these were accepted. All Cllrs voted in favour and they were signed by the Chairman.", committee="Parish Council")
    assert (got.kind, got.text) == ("resolution", "these were accepted.")
    assert found("Minutes\n\nIt was proposed by Cllr Lowe and seconded by Cllr Hart that the bench be replaced. Four "
                 "Cllrs voted in favour and three against.", committee="Parish Council") == []


def test_a_motion_moved_by_members_with_their_titles_stops_meets_its_vote():
    got = only("Minutes\n\nIt was proposed by Cllr. Lowe and seconded by Cllr. Hart that the bench be replaced. All in "
               "favour.", committee="Parish Council")
    assert (got.kind, got.text) == ("resolution", "the bench be replaced.")
