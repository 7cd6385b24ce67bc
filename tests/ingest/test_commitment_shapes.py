"""Commitment extraction in the shapes councils use beyond the seed papers (issue #12): lettered parts, decision
pages, action logs, motions, Scottish lead-ins, and the near misses that are not commitments. Short synthetic texts,
not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


def test_lettered_and_roman_parts_are_each_a_record_and_a_stem_that_only_introduces_them_is_not():
    text = (
        "Minutes:\n\nThe Committee agreed:\n\n(1) to approve the following changes to the scheme:\n\n"
        "(i) the removal of the bus stop on Mill Lane;\n\n(ii) a 20mph limit in the town centre; and\n\n"
        "(2) to instruct the Head of Roads to make the orders by 31 March 2026."
    )
    got = found(text)
    assert [c.text for c in got] == [
        "the removal of the bus stop on Mill Lane;", "a 20mph limit in the town centre; and",
        "to instruct the Head of Roads to make the orders by 31 March 2026.",
    ]
    assert [(c.actor, c.due) for c in got][-1] == ("the Head of Roads", "by 31 March 2026")


def test_a_budget_resolution_run_together_in_one_paragraph_gives_one_record_per_part():
    got = found(
        "Minutes:\n\nRESOLVED – That (a) the revenue budget for 2026/27 of £41.2m be approved; (b) the Band D council tax "
        "be set at £1,902.11; and (c) the Chief Finance Officer be authorised to make the precept payments."
    )
    assert [c.text for c in got] == [
        "the revenue budget for 2026/27 of £41.2m be approved;", "the Band D council tax be set at £1,902.11; and",
        "the Chief Finance Officer be authorised to make the precept payments.",
    ]
    assert [c.actor for c in got] == ["the Committee", "the Committee", "the Chief Finance Officer"]


def test_a_decision_page_without_resolved_takes_its_decision_maker_and_its_numbered_parts():
    text = (
        "Decision Maker: Cabinet\nDecision status: Recommendations Approved\n"
        "Purpose: To consider the results of the leisure review.\n"
        "1. That the leisure review's findings are approved.\n"
        "2. That a working group be set up and led by the Portfolio Holder for Leisure to deliver the actions;\n"
        "Do nothing – the review's findings would not be approved.\n"
        "Publication date: 07/06/2025\nDate of decision: 07/06/2025\nDecided at meeting: 07/06/2025 - Cabinet"
    )
    got = found(text, "decision")
    assert [(c.kind, c.actor) for c in got] == [
        ("resolution", "the Cabinet"), ("resolution", "the Portfolio Holder for Leisure"),
    ]


def test_a_decision_field_under_decision_is_the_decision_and_its_notes_are_not():
    text = (
        "Decision Maker: Director of Environment\n\nDecision:\n\n1. To award the cleansing contract to a new provider "
        "from 1 April 2026.\n\n2. To delegate authority to the Head of Procurement to sign the contract.\n\n"
        "This decision was taken under delegated powers.\n\nPublication date: 03/12/2025"
    )
    got = found(text, "decision")
    assert [(c.actor, c.due) for c in got] == [
        ("Director of Environment", "from 1 April 2026"), ("the Head of Procurement", None),
    ]


def test_a_wrapped_decision_without_a_lead_in_is_joined_and_its_body_read_from_the_page():
    text = (
        "Having considered the officer report, the Mayor and Cabinet, for the reasons set out,\n"
        "(1) the delivery programme be noted; and\n(2) funding be approved for the feasibility work on\n"
        "the three sites.\nDecided at meeting: 27/03/2025 - Mayor and Cabinet"
    )
    got = found(text, "decision")
    assert [c.text for c in got] == [
        "the delivery programme be noted; and", "funding be approved for the feasibility work on the three sites.",
    ]
    assert {c.actor for c in got} == {"the Mayor and Cabinet"}


def test_a_numbered_part_alone_on_its_line_goes_with_the_next_line_and_council_be_recommended_is_councils():
    got = found("Decision Maker: Licensing Committee\n(1) |\nThe policy be approved; and\n(2) |\n"
                "Council be recommended to adopt the policy, to come into force on 1 May 2026. |", "decision")
    assert [(c.text, c.actor, c.due) for c in got] == [
        ("The policy be approved; and", "the Licensing Committee", None),
        ("Council be recommended to adopt the policy, to come into force on 1 May 2026.", "Council",
         "to come into force on 1 May 2026"),
    ]


def test_a_that_paragraph_in_the_resolution_mood_is_a_resolution_of_the_meetings_body():
    c = only("Health and Wellbeing Board - Tuesday, 5th May 2026 2.00 pm\n\nThe Director presented the strategy.\n\n"
             "That the joint strategy be approved for partners to implement.")
    assert (c.kind, c.actor) == ("resolution", "the Board")


@pytest.mark.parametrize(
    "text, kind, actor",
    [
        ("It was agreed that officers would write to the operator before the next meeting.", "resolution", "officers"),
        ("It was agreed that the item be deferred.", "resolution", "the Committee"),
        ("This was agreed by the Council.", "resolution", "the Council"),
        ("The motion was carried.", "resolution", "the Committee"),
        ("Members requested that officers provide a breakdown of the costs.", "action", "officers"),
        ("The Chair asked the Board member to consider whether the group could meet more often.", "action", "the Board member"),
        ("This Council asks the Leader to write to the Secretary of State about bus funding.", "resolution", "the Leader"),
        ("This Council calls on the Government to fund free school meals.", "resolution", "the Council"),
        ("Members made comments that would be incorporated into the final version of the plan.", "undertaking", "officers"),
        ("The Scrutiny Officer would arrange a site visit for Members in March 2026.", "undertaking", "The Scrutiny Officer"),
    ],
)
def test_narrative_agreements_requests_motions_and_undertakings(text, kind, actor):
    c = only(f"Minutes:\n\n{text}")
    assert (c.kind, c.actor, c.text) == (kind, actor, text)


def test_she_is_the_officer_the_sentence_or_the_one_before_it_is_about():
    got = found("Minutes:\n\nThe Licensing Manager noted the appeal and indicated that she would be writing to the "
                "Inspectorate. She stated that a workshop would be held on 9 June 2026 for all Members.")
    assert [(c.kind, c.actor, c.due) for c in got] == [
        ("undertaking", "The Licensing Manager", None), ("undertaking", "The Licensing Manager", "on 9 June 2026"),
    ]


def test_an_action_log_line_is_an_action_and_action_by_names_who_does_the_part_above():
    got = found("Minutes:\n\nACTION: JS to circulate the revised figures by 1 April 2026.\n\n"
                "RESOLVED – That:\n\n(i) the report be noted;\n\n(ii) the Head of Finance review the charges.\n\n"
                "ACTION BY: Head of Finance")
    assert [(c.kind, c.actor, c.due) for c in got] == [
        ("action", "JS", "by 1 April 2026"), ("resolution", "the Committee", None), ("resolution", "Head of Finance", None),
    ]


def test_an_action_label_inside_a_paragraph_of_minutes_starts_an_action():
    got = found("Minutes:\n\nThe minutes were approved and signed by the Chairman. Action:   Cllr Leone to place the "
                "approved minutes on the website. Councillor changes were noted.  Action: Clerk to write to Cllr Bradley.")
    actions = [(c.actor, c.text) for c in got if c.kind == "action"]
    assert actions == [("Cllr Leone", "Cllr Leone to place the approved minutes on the website."),
                       ("Clerk", "Clerk to write to Cllr Bradley.")]


def test_recommendations_under_a_heading_or_asked_to_name_the_body_asked():
    got = found("Recommendation\n\nThat the Committee note the training dates set out in the report.\n\nReport\n\n"
                "Council is asked to:\n\napprove the revised polling places; and\n\nnote the review timetable.", "agenda")
    assert [(c.kind, c.actor) for c in got] == [
        ("recommendation", "the Committee"), ("recommendation", "Council"), ("recommendation", "Council"),
    ]


def test_a_resolution_stated_under_decision_and_again_under_minutes_is_kept_once():
    got = found("Decision:\n\nRESOLVED – That the taxi driver procedures be approved.\n\nMinutes:\n\n"
                "The Committee considered the procedures.\n\nRESOLVED – That the taxi driver procedures be approved.")
    assert len(got) == 1


def test_two_items_each_noting_a_report_are_two_records():
    text = "Minutes:\n\nRESOLVED – That the report be noted.\n\n" + "The Committee heard from the applicant.\n\n" * 40
    assert len(found(text + "RESOLVED – That the report be noted.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "To receive an update on the housing strategy.",
        "To consider any declarations of interest.",
        "To receive any apologies for absence.",
        "The Chair to welcome members of the public.",
        "The Government has not yet published its response to the consultation.",
        "Ministers will publish the new guidance in the spring.",
        "It was expected that the new service would be launched in April 2026.",
        "All licensing authorities are required to publish a statement every three years.",
        "Questions must be submitted three working days before the meeting.",
        "(b) if more statements are submitted, officers will summarise them;",
        "(Any further objections received will be reported at the meeting).",
        "The applicant will be able to prepare one statement which will be read out.",
        "It was proposed to distribute the funding to local food banks.",
        "It was requested that the apologies of Cllr Green be noted.",
        "Progress will be monitored by Ofsted through monitoring visits.",
        "The minutes of the meeting held on 4 March 2026 were signed by the Chair as a correct record.",
        "Councillor Brown stated that she would be viewing the application with an open mind.",
        "Officers advised that meetings would be held with services to consider the plan in 2013.",
        "The new scheme would include three phases and would complete in 2027.",
    ],
)
def test_agenda_purposes_rules_government_forecasts_and_past_facts_are_not_commitments(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_a_forward_plan_records_no_commitments():
    text = ("Cabinet considers the draft plan and endorses its priorities.\nDecision type: Key\n"
            "Decision status: Recommendations Approved\nDecision due: 17 Feb 2026 by Cabinet\nLead member: Leader")
    assert found(text, "decision") == []


def test_an_agenda_items_text_before_its_minutes_is_not_a_resolution():
    text = ("Minutes:\n\nRESOLVED: To approve the minutes of the last meeting.\n\n12/26\n\nPanel minutes\n\n"
            "To receive the minutes of the Audit Panel held on 3 March 2026.\n\nMinutes:\n\n"
            "RESOLVED: To receive the minutes of the Audit Panel held on 3 March 2026.")
    got = found(text)
    assert [(c.text, c.due) for c in got] == [
        ("To approve the minutes of the last meeting.", None),
        ("To receive the minutes of the Audit Panel held on 3 March 2026.", None),
    ]


def test_the_deciding_body_is_read_from_a_moderngov_title_or_the_minutes_subjects():
    assert only("National Park Authority - Tuesday, 9th June 2026 10.00 am\n\nMinutes:\n\n"
                "RESOLVED: To approve the minutes.").actor == "the Authority"
    assert only("Minutes:\n\nThe Cabinet Member considered the report.\n\nRESOLVED to approve the grants.").actor == \
        "the Cabinet Member"


def test_a_list_of_decisions_reads_each_entrys_decision_and_not_its_title_or_blurb():
    page = ("Decisions\n\nUse the search options below to find decisions that have been taken by the council.\n\n"
            "Decisions published\n\n"
            "12/03/2026 - 4 Mill Lane - erection of a garage ref: 2101    Item Deferred\n\n"
            "Decision Maker: Planning Committee\n\nDecision:\n\n"
            "The Committee considered the report and RESOLVED to refuse planning permission.\n\n"
            "Councillor Lee abstained from voting.\n\n"
            "12/03/2026 - 9 Brook Road - change of use ref: 2102    Item Deferred\n\n"
            "Decision Maker: Planning Committee\n\nDecision:\n\n"
            "The Committee considered the report and RESOLVED to defer the item so that the proposed use could be "
            "assessed again.")
    got = found(page, "decision", committee="Planning Committee")
    assert [c.text[:60] for c in got] == [
        "The Committee considered the report and RESOLVED to refuse p",
        "The Committee considered the report and RESOLVED to defer th",
    ]
    assert {c.actor for c in got} == {"the Committee"}


def test_a_decision_label_may_say_how_it_was_made():
    got = only("Issue - decisions\n\nDecision made (Unanimously):\n\nThat Cabinet approved that the meeting remain in "
               "public session.", "decision", committee="Cabinet")
    assert got.text == "That Cabinet approved that the meeting remain in public session."


def test_a_narrative_outcome_is_dropped_only_beside_a_resolution_about_the_same_thing():
    got = found("Minutes:\n\nChair's Announcement\n\nThe Chair's Announcement was noted.\n\nMinutes\n\n"
                "The minutes of the meeting held on 2 March 2026 were confirmed as an accurate record.\n\n"
                "Budget Strategy\n\nUpon being put to the vote Council resolved to accept the recommendations.\n\n"
                "Council considered and approved the medium term financial strategy for 2026-2029.", committee="Council")
    assert [c.text for c in got] == [
        "The Chair's Announcement was noted.",
        "The minutes of the meeting held on 2 March 2026 were confirmed as an accurate record.",
        "Upon being put to the vote Council resolved to accept the recommendations.",
        "Council considered and approved the medium term financial strategy for 2026-2029.",
    ]
    assert [c.text for c in found("Minutes:\n\nThe report was noted.\n\nRESOLVED – That the report be noted.")] == [
        "the report be noted."]


def test_minutes_agreed_in_narrative_forms_are_resolutions_of_the_body():
    texts = [
        "The public minutes and summary of the meeting held on 3 March 2026 were approved as a correct record.",
        "3 MINUTES The minutes of the previous meeting held on 2 February 2026 were submitted and confirmed as correct.",
        "The minutes of the previous meeting were amended at page 2, line 4, to read “Chair of the Forum” and with "
        "those amendments the minutes were approved.",
        "The Leader was authorised to sign the minutes of the meeting held on 9 March 2026 as a correct record.",
    ]
    for text in texts:
        got = only(f"Minutes:\n\n{text}", committee="Cabinet")
        assert (got.kind, got.actor) == ("resolution", "the Cabinet"), text
    assert only("Minutes:\n\n3 MINUTES The minutes of the meeting held on 2 February 2026 were submitted and confirmed "
                "as correct.").text.startswith("The minutes of the meeting")


def test_a_minutes_approval_told_then_resolved_is_kept_once_as_resolved():
    got = only("Minutes:\n\nThe minutes of the meeting held on 30 January 2026 were agreed.\n\n"
               "RESOLVED that the minutes of the meeting held on 30 January 2026 be agreed and that matters outstanding "
               "be noted.")
    assert got.text.endswith("and that matters outstanding be noted.")


def test_a_resolution_run_on_inside_a_flattened_paragraph_is_found():
    got = only("Minutes:\n\n67. DECLARATIONS OF INTEREST It was reported that no declarations had been received. "
               "68. MINUTES OF THE MEETING HELD ON 18 MAY 2026 RESOLVED – That the minutes of the meeting held on 18 May "
               "2026 be approved as a correct record.", committee="Combined Authority")
    assert (got.text, got.actor) == ("the minutes of the meeting held on 18 May 2026 be approved as a correct record.",
                                     "the Authority")


@pytest.mark.parametrize(
    "text",
    [
        "Minutes:\n\nThe applicant explained that there was no intention to extend the hours to 4.30am.",
        "Minutes:\n\nThe Chair asked Members to note the content of the Chair’s announcements.",
        "Declarations of Interest\n\nMembers are asked to declare any interest they may have in the items on the agenda.",
        "Minutes:\n\nRESOLVED:\n\n1. That the report be noted.\n\n2. That the f",
    ],
)
def test_denied_promises_requests_to_note_reminders_and_cut_off_parts_are_not_new_records(text):
    assert [c.text for c in found(text)] in ([], ["the report be noted."], ["That the report be noted."])


def test_outcomes_of_different_agenda_items_are_never_merged_or_dropped_for_each_other():
    got = found("3 INTERIM AUDIT REPORT (Agenda item 3)\n\nThe Director confirmed that the actions were complete.\n\n"
                "The report was otherwise noted.\n\n4 ANNUAL GOVERNANCE REPORT (Agenda item 4)\n\n"
                "RESOLVED: That the Committee notes the Annual Governance Report.")
    assert [c.text for c in got] == ["The report was otherwise noted.",
                                     "notes the Annual Governance Report."]
    minutes = found("3.\n\nMINUTES\n\nMinutes:\n\nThe Committee confirmed the minutes of the meeting held on 7 April 2026 "
                    "as a true record.\n\n5.\n\nEXEMPT MINUTES\n\nMinutes:\n\nThe Committee confirmed the exempt minutes "
                    "of the meeting held on 7 April 2026 as a true record.")
    assert len(minutes) == 2


def test_an_election_a_bare_outcome_and_a_flattened_agreed_are_resolutions():
    got = only("Minutes:\n\nCouncillor Hart was nominated. There were no other nominations and Councillor Hart took the "
               "role of Chairman.", committee="Health and Wellbeing Board")
    assert (got.kind, got.actor) == ("resolution", "the Board")
    assert only("7 WORK PROGRAMME (Agenda item 7)\n\nNOTED").text == "NOTED"
    flat = ("MINUTES OF THE BOARD MEETING held on 3 March 2026. 1. The Convener welcomed everyone to the meeting and "
            "thanked the hosts for the use of the hall, which had been arranged at short notice by the staff of the "
            "visitor centre. Minutes of Last Meeting 2. Agreed, subject to one change to paragraph 4, changing "
            "\"might\" to \"would\". This makes the action clearer to readers of the minutes. 3. Clarification was "
            "sought on paragraph 9, and it was explained that the dates were still to be confirmed by the partners.")
    assert [c.text for c in found(flat, committee="Board")] == [
        "Agreed, subject to one change to paragraph 4, changing \"might\" to \"would\". This makes the action clearer "
        "to readers of the minutes."]


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
