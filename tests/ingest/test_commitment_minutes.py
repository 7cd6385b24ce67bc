"""Commitment extraction in the shapes of minutes written by clerks, parish and town councils' above all (issue #12,
sessions 7 and 8): minutes approved in the clerk's own words, votes and motions carried, action lines with or
without a label, and the near misses that are the item's business rather than a commitment. Short synthetic texts,
not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


@pytest.mark.parametrize(
    "text",
    [
        "4. Minutes of the meeting held on 3 March 2026\n\nWere agreed as a true record and signed by the Chairman",
        "4. MINUTES OF THE LAST MEETING HELD ON 3 March 2026 These were agreed and signed by the Chairman.",
        "4. MINUTES OF THE LAST MEETING HELD 3 March 2026\n\nApproved and signed.",
        "Minutes of Meeting on Tuesday 3rd March 2026 were approved and signed.",
        "3. NOTES OF THE LAST MEETING - The minutes of the meeting held on 3 March 2026 were unanimously approved.",
        "4. Minutes\n\nThe minutes of the meeting of 3rd March were reviewed and signed off as accurate.",
        "4. Minutes\n\nTwo typing errors were corrected. With these amendments the minutes were passed by resolution of the "
        "council; the Chairman signed them.",
    ],
)
def test_a_parish_clerks_minutes_approval_under_or_after_the_items_title_is_a_resolution(text):
    got = only(text, committee="Parish Council")
    assert got.kind == "resolution" and got.actor.endswith("Council"), text


@pytest.mark.parametrize(
    "text",
    [
        "3. Minutes of the meeting held on 3 March 2026, if in order, to be approved as a correct record",
        "4. Minutes of the meeting held on 3 March 2026\n\nApproved Minutes of Outside Bodies for noting",
        "4. Minutes of the meeting held on 3 March 2026\n\nThese were signed by the Chairman.",
    ],
)
def test_minutes_to_be_approved_signed_only_or_listed_are_not_approvals(text):
    assert found(text, committee="Parish Council") == []


def test_a_motion_moved_then_put_to_the_vote_on_its_own_line_is_the_resolution():
    got = only("Minutes:\n\nIt was moved by Councillor Able and seconded by Councillor Baker that items 9 and 12 be taken "
               "after item 4.\n\nThe motion was put to the vote and AGREED.", committee="Council")
    assert got.text == "items 9 and 12 be taken after item 4."


def test_a_matter_arisings_topic_then_dash_then_who_is_to_act_is_an_action():
    got = found("3.2 (3.2) Village Newsletter – Clerk to draft and issue the first newsletter.\n\n"
                "3.3 (3.4) Grit Bins - JB to order two more bins for Mill Lane.\n\n"
                "3.4 (3.5) Footpath - Application withdrawn. No further action.", committee="Parish Council")
    assert [(c.kind, c.actor) for c in got] == [("action", "Clerk"), ("action", "JB")]


def test_an_action_label_with_no_one_named_is_an_action_and_splits_from_the_sentence_before():
    got = found("- Leaflets presented about the oil club. Action: To be put on the village notice board.\n\n"
                "- Request made for help with the church hall. Action: To discuss how to help at the next Parish Council "
                "meeting.", committee="Parish Council")
    assert [(c.kind, c.text) for c in got] == [
        ("action", "To be put on the village notice board."),
        ("action", "To discuss how to help at the next Parish Council meeting."),
    ]
    assert got[0].actor is None and got[1].actor.endswith("Council")


def test_a_resolved_dash_run_on_after_a_clerks_note_is_a_resolution():
    got = only("9. Finance\n\nFuture spending would be on plants Resolved – to approve spending up to £300 on a strimmer.",
               committee="Parish Council")
    assert (got.kind, got.text) == ("resolution", "to approve spending up to £300 on a strimmer.")


def test_votes_declared_carried_and_agreements_moved_or_added_are_resolutions():
    assert only("Minutes:\n\nThe Mayor declared that the recommendations, as set out in the report were carried.",
                committee="Council").kind == "resolution"
    got = only("Minutes:\n\nIt was moved by Councillor Able, Seconded by Councillor Baker, and RESOLVED that the "
               "Council supports the rail line's electrification.", committee="Council")
    assert got.kind == "resolution"
    got = found("Minutes:\n\nThe Clerk read the correspondence. It was also resolved that approved minutes would be "
                "shown on the website.", committee="Parish Council")
    assert [c.text for c in got][-1] == "It was also resolved that approved minutes would be shown on the website."


def test_recommendations_to_council_in_capitals_name_the_council():
    got = found("RECOMMENDATIONS TO COUNCIL\n\n1. The council tax requirement for 2026/27 be set at £6,100,000.\n\n"
                "2. The Band D council tax be set at £190.25.", committee="Cabinet")
    assert [(c.kind, c.actor) for c in got] == [("recommendation", "the Council")] * 2


def test_a_decision_pages_body_has_then_lettered_parts_in_the_past_tense():
    got = found("The Cabinet has\n\n(a) approved the scheme to be funded from reserves; and\n\n(b) delegated the "
                "Corporate Director - Finance, in consultation with the Portfolio Holder, to make any consequential "
                "amendments to budgets.", kind="decision")
    assert [(c.kind, c.actor) for c in got] == [("resolution", "the Cabinet"), ("resolution", "the Corporate Director")]


def test_a_resolution_to_receive_the_following_is_one_record_and_its_list_of_names_no_records():
    got = only("Minutes:\n\nRESOLVED to receive the minutes of the following committee meetings held between 1 March "
               "and 30 April 2026:\n\na) Planning Committee 4 March 2026\n\nb) Finance Committee 22 April 2026",
               committee="Town Council")
    assert got.text == ("to receive the minutes of the following committee meetings held between 1 March and 30 April "
                        "2026:")


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Able proposed the minutes be agreed, Cllr Baker seconded, all in favour.",
        "Council NOTED that the following payments were authorised since the last meeting.",
        "1. Apologies Cllr. Able. 2. Minutes of previous meeting The minutes of the previous meeting of 5th March were "
        "reviewed and signed off as accurate.",
    ],
)
def test_a_parish_minutes_vote_a_formal_noted_and_a_flattened_minutes_approval_are_resolutions(text):
    assert only(text, committee="Parish Council").kind == "resolution"


def test_a_noted_that_in_lower_case_and_a_proposal_by_someone_are_not_votes():
    assert found("Council noted that the bus service had been cut.", committee="Parish Council") == []
    assert found("Proposed by Cllr Able, seconded by Cllr Baker, all in favour.", committee="Parish Council") == []


def test_work_after_the_meeting_named_for_someone_is_an_action_but_the_chairs_business_is_not():
    got = found("Actions from last meeting: SS to discuss the play area lease with the landowner.\n\n"
                "All Cllrs. to review the current website and suggest improvements by 31st October.",
                committee="Parish Council")
    assert [(c.kind, c.actor) for c in got] == [("action", "SS"), ("action", "All Cllrs.")]
    assert got[1].due == "by 31st October"
    assert found("4. The Chairman to report on the new meeting times.", "agenda", committee="Parish Council") == []


def test_a_motion_approved_as_amended_with_a_clause_between_commas_is_a_resolution():
    got = found("Minutes:\n\nRESOLVED\n\nThat, the motion, as amended, be approved as follows :-\n\nThis Council "
                "resolves to lobby the Treasury on fuel duty.", committee="Council")
    assert got[0].kind == "resolution" and got[0].text.startswith("That, the motion, as amended, be approved")


def test_an_agendas_notice_of_its_meeting_is_no_undertaking_but_minutes_arranging_one_are():
    assert found("A meeting of the Town Council will take place on Tuesday, 3 March 2026 in the Council Chamber.\n\n"
                 "AGENDA\n\n1. Apologies for absence", "agenda", committee="Town Council") == []
    got = only("Minutes:\n\nThe Clerk said a meeting of the working group would be held on 12 May 2026.",
               committee="Town Council")
    assert got.kind == "undertaking"


def test_a_member_asking_the_clerk_to_act_is_an_action_but_asking_the_clerk_to_confirm_is_a_question():
    got = only("Minutes:\n\nHe attended a briefing on the new code and asked the Clerk to arrange its circulation.",
               committee="Parish Council")
    assert (got.kind, got.actor) == ("action", "the Clerk")
    assert found("Minutes:\n\nCllr Able asked the Clerk to confirm the date of the audit.", committee="Parish Council") == []
    assert only("Minutes:\n\nThe Clerk would advertise the vacancy before the next meeting.",
                committee="Parish Council").kind == "undertaking"


def test_an_agreed_part_ending_with_initials_after_a_dash_is_their_action():
    got = only("7. Open spaces\n\nAgreed – a working party to clear the brambles to be arranged – JB & KL",
               committee="Parish Council")
    assert (got.kind, got.actor) == ("action", "JB & KL")
    assert only("7. Open spaces\n\nAgreed – the grass cutting contract to be renewed for 2026 – see item 9",
                committee="Parish Council").kind == "resolution"


def test_a_promise_inside_a_later_condition_is_a_standing_offer_but_a_promise_before_one_is_not():
    assert found("Minutes:\n\nThere will be no public forum, but if anyone would like to raise an issue please tell the "
                 "clerk and it will be raised on your behalf.", committee="Parish Council") == []
    got = only("Minutes:\n\nThe Clerk will write to the landowner, if the hedge is not cut by May.",
               committee="Parish Council")
    assert got.kind == "undertaking"


def test_an_agendas_clerk_to_report_is_the_items_business_not_an_action():
    assert found("AGENDA\n\n7. Clerk to report on correspondence received.\n\n8. Cllr Able to update on the "
                 "neighbourhood plan.", "agenda", committee="Parish Council") == []


def test_an_agreed_lead_in_after_its_discussion_opens_its_parts():
    got = found("Minutes:\n\nAfter discussion, the Board agreed:-\n\n(a) to note the report; and\n\n(b) to request an "
                "update in June 2026.", committee="Integration Joint Board")
    assert [(c.actor, c.due) for c in got] == [("the Board", None), ("the Board", "June 2026")]


@pytest.mark.parametrize("line", [
    "Minutes of the meeting held on 3 May 2022 – approved and signed.",
    "Minutes of the last meeting: approved as a correct record.",
    "4. Minutes of the last meeting - Agreed.",
])
def test_the_minutes_title_then_a_dash_or_colon_and_their_approval_is_a_resolution(line):
    got = only(f"MINUTES\n\n{line}", committee="Council")
    assert (got.kind, got.actor) == ("resolution", "the Council")


def test_minutes_approved_by_another_body_or_before_are_no_resolution_of_this_meeting():
    assert found("MINUTES\n\nMinutes of the Planning Committee - approved at its meeting in May.", committee="Council") == []
    assert found("MINUTES\n\nMinutes of the Planning Committee - approved by the Cabinet on 3 May.", committee="Council") == []


def test_a_short_passive_to_do_line_is_an_action():
    got = only("MINUTES\n\n8. Play area\n\nFencing contractor to be told that the gate is to be kept shut.", committee="Council")
    assert got.kind == "action"


@pytest.mark.parametrize("line", [
    "This was set to be achieved through community initiatives.",
    "Chairman was due to be discharged from hospital.",
    "Items to be considered in the absence of the press",
    "Mobile telephones were requested to be switched off.",
])
def test_a_passive_infinitive_after_a_verb_or_in_a_heading_is_no_to_do(line):
    assert found(f"MINUTES\n\n8. Play area\n\n{line}", committee="Council") == []


@pytest.mark.parametrize(
    "line",
    [
        "The Minutes of the meeting of 3 May 2024 were signed and agreed as a correct record.",
        "The notes of the meeting held on 8 March were approved as minutes and signed by the Chairman.",
        "12/04 Approval of minutes of meeting held on 8 March – these had been circulated and were approved as a true "
        "record and signed by the Chairman.",
        "b) Payments since the last meeting – details had been circulated and the schedule was accepted as a true record.",
    ],
)
def test_minutes_and_papers_agreed_as_a_true_record_are_the_councils_resolution(line):
    c = only(f"Minutes of the Parish Council\n\n{line}")
    assert c.kind == "resolution"


def test_a_paper_that_had_been_approved_as_a_true_record_before_is_no_resolution():
    assert found("Minutes of the Parish Council\n\nThe accounts had been approved as a true record in May.") == []


@pytest.mark.parametrize(
    "line",
    ["It was reported that the accounts were accepted as a true record by the auditor.",
     "The accounts were accepted as a true record at the annual meeting in May."],
)
def test_a_paper_reported_as_accepted_elsewhere_is_no_resolution_of_this_meeting(line):
    assert found(f"Minutes of the Parish Council\n\n{line}") == []


def test_an_agendas_motion_still_to_be_moved_is_no_resolution():
    """"To be moved by the Mayor and seconded by the Deputy Mayor: That the Minutes … be agreed …" is proposed only."""
    assert found("Council agenda\n\n2. The Minutes of the Council To be moved by the Mayor and seconded by the Deputy "
                 "Mayor: That the Minutes of the Meeting of the Council held on 31 October 2011 be agreed as a correct "
                 "record.") == []
    c = only("Council minutes\n\n2. The Minutes of the Council\n\nMoved by the Mayor and seconded by the Deputy Mayor: "
             "RESOLVED: That the Minutes of the meeting held on 31 October 2011 be agreed as a correct record.")
    assert c.kind == "resolution"


def test_minutes_moved_and_taken_as_read_before_their_approval_are_approved():
    """"… were moved by the Lord Mayor, taken as read, approved and signed as correct" (round 14)."""
    for text in ("The minutes of the meeting held on 3 March 2026 were moved by the Mayor, taken as read, approved and "
                 "signed as correct.", "The minutes of the meeting held on 3 March 2026 were taken as read, confirmed, and "
                 "signed."):
        c = only(f"Council minutes\n\n{text}")
        assert c.kind == "resolution"
    assert found("Council minutes\n\nThe minutes of the meeting held on 3 March 2026 were taken as read.") == []


@pytest.mark.parametrize("line", [
    "15/20 To approve the Minutes of the previous meeting – Minutes of the meeting held on 5 May were approved and signed "
    "as a correct record.",
    "1. Approval of Minutes of Parish Council Meeting held on May 10th were approved and signed by the Chairman.",
    "3. The Council approved and signed the Minutes of the Ordinary Council Meeting held on 7th November as a true record.",
    "1234 Approval of Minutes of last meeting.Minutes were approved for proposal by JH and seconded by GM.",
])
def test_minutes_approved_after_an_agenda_title_or_in_the_active_are_a_resolution(line):
    """Parish clerks' wordings of the minutes' approval (round 16, register_unseen11)."""
    record = only(f"Minutes of the Parish Council meeting\n\n{line}")
    assert record.kind == "resolution"


def test_the_minutes_inside_a_resolutions_own_words_are_not_read_twice():
    got = found("Minutes:\n\nRESOLVED that, in accordance with Standing Orders, the Minutes be adopted.")
    assert len(got) == 1


def test_a_chair_elected_after_the_items_title_and_a_dash_is_a_resolution():
    record = only("Minutes of the Parish Council meeting\n\n15/22 Election of Vice-Chairman for the ensuing Year – "
                  "Cllr. Bruce Allwright was elected Vice Chairman.")
    assert record.kind == "resolution" and record.text.endswith("was elected Vice Chairman.")


def test_a_sub_items_letter_after_its_items_number_is_no_part_of_the_sentence():
    record = only("Minutes of the Parish Council meeting\n\n1. a) The following payment was approved: Village Lunch Club, "
                  "donation (£84.00).")
    assert record.kind == "resolution" and record.text.startswith("The following payment was approved")


def test_minutes_approved_subject_to_wording_set_out_below_are_the_decision_and_the_wording_no_part():
    """"DECISION: That the Minutes … were approved …, subject to additional wording … as set out below:" then the
    wording (round 18, register_unseen12)."""
    got = found("Council Meeting 16th December 2019\n\nDECISION: That the Minutes of the meeting held on 7th October 2019 "
                "were approved as a correct record and signed by the Chairman, subject to additional wording as set out below:"
                "\n\nIn response to Councillor Smith's comments, Councillor Jones welcomed the apology and accepted that "
                "the Leader may have been unaware.\n")
    assert [(c.kind, c.text[:40]) for c in got] == [("resolution", "That the Minutes of the meeting held on ")]


@pytest.mark.parametrize("sentence", [
    "It was decided the standing orders should remain the same.",  # "that" dropped, as after "It was agreed"
    "It was decided we would try and manage without the October meeting.",
    "THE MINUTES of the previous meeting were read, approved and signed.",  # the minutes' words in capitals
])
def test_a_parish_s_decisions_in_their_surface_variants_are_resolutions(sentence):
    """Round 18 (register_unseen12): surface variants of forms already read ("It was agreed the …", "The minutes …")."""
    record = only(f"Minutes of the Parish Council meeting held on 3 March 2021\n\n5. Business\n\n{sentence}\n")
    assert (record.kind, record.text) == ("resolution", sentence)


def test_it_was_decided_at_a_meeting_that_is_not_read_without_its_that():
    assert found("Minutes of the Parish Council meeting held on 3 March 2021\n\n5. Business\n\n"
                 "It was decided in 2019 by the County Council.\n") == []


def test_the_annual_accounts_agreed_and_to_be_sent_on_are_the_meeting_s_resolution():
    """"The annual accounts for 2018/19 were agreed and are to be sent on …" (round 18, register_unseen12): the accounts
    agreed, as "The accounts were agreed." is, not an undertaking of the passive to-do after it."""
    record = only("Minutes of the Parish Council meeting held on 21 May 2019\n\n6. Finance\n\n"
                  "The annual accounts for 2018/19 were agreed and are to be sent on to the internal auditor.\n")
    assert record.kind == "resolution"
