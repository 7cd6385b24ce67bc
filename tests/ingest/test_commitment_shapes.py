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


@pytest.mark.parametrize(("line", "who"), [
    ("Action: Clerk – write to the landowner about the hedge.", "Clerk"),
    ("Action JB: chase the contractor about the fence.", "JB"),
])
def test_an_action_label_naming_its_doer_before_the_task_is_their_action(line, who):
    got = only(f"MINUTES\n\n7. Hedges\n\n{line}", committee="Council")
    assert (got.kind, got.actor) == ("action", who)


@pytest.mark.parametrize("line", ["Action Plan: see the appendix.", "Action: Update – see the appendix."])
def test_an_action_labels_title_or_pointer_is_no_action(line):
    assert found(f"MINUTES\n\n7. Hedges\n\n{line}", committee="Council") == []


def test_one_action_label_over_several_doers_actions_gives_one_action_each():
    got = found("MINUTES\n\n8. Hedges\n\nActions: Clerk to write to the landowner; Cllr Brown to speak to the school.",
                committee="Council")
    assert [(c.kind, c.actor) for c in got] == [("action", "Clerk"), ("action", "Cllr Brown")]
    got = only("MINUTES\n\n8. Paper\n\nACTION: JS to circulate the paper; comments by Friday.", committee="Council")
    assert got.actor == "JS"


def test_a_decision_page_line_may_number_its_decision_or_name_its_maker_first():
    """A delegated decisions page with its "Decision:" label dropped (round 16, register_unseen11)."""
    text = ("Decision Maker: Cabinet Member for Environment and Transport\n\nDecision published: 25/09/2024\n\n"
            "The Cabinet Member authorised the works order for the construction of the bridge up to £600,000.\n\n"
            "The full report can be found at the bottom of this page.\n\nThe Cabinet Member:\n\n"
            "1. Approved the award of grant agreements to four grant recipients for day opportunities.")
    got = found(text, "decision")
    assert [c.text[:30] for c in got] == ["The Cabinet Member authorised ", "1. Approved the award of grant"]
    assert {c.kind for c in got} == {"resolution"}


def test_the_meetings_view_under_decision_is_not_its_decision():
    """"The Committee welcomed …" then "It was resolved that …" under "Decision:" (round 16, register_unseen11)."""
    got = found("Decision Maker: Corporate Management Committee\n\n## Decision:\n\nThe Committee welcomed the potential "
                "for increased tree cover. The impact on existing resources was noted.\n\nIt was resolved that the "
                "Council proceed with the application to the Treescapes Fund.", "decision")
    assert [c.text[:22] for c in got] == ["It was resolved that t"]
