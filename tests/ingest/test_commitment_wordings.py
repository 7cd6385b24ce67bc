"""Commitment extraction: further wordings councils use (Scottish lead-ins, action-log tables, stems and bullets,
deadlines in parts of a month, minutes agreed in other words, requests and promises) and the near misses that are
not commitments (states of mind, conditions, agenda purposes). Short synthetic texts, not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import blocks_of, found, only


def test_minutes_confirmed_as_a_correct_record_are_a_resolution_but_minutes_only_signed_are_not():
    got = found("Minutes:\n\nThe minutes of the meeting held on 4 March 2026 were confirmed as a correct record.\n\n"
                "The minutes of the meeting held on 1 April 2026 were signed by the Chair.")
    assert [(c.kind, c.actor, c.due) for c in got] == [("resolution", "the Committee", None)]


def test_officers_authorised_with_a_comma_title_or_in_consultation_are_the_actor():
    got = found("Minutes:\n\nRESOLVED – That:\n\n(1) the Strategic Director, Place be authorised to agree the terms; and\n\n"
                "(2) the Director of Finance, in consultation with the Leader, be authorised to sign the lease.")
    assert [c.actor for c in got] == ["the Strategic Director, Place", "the Director of Finance"]


def test_scottish_lead_ins_and_planning_conditions():
    text = (
        "Minutes:\n\nThe Committee agreed:-\n\n(i) to approve the application subject to the following conditions:-\n\n"
        "1. The development shall begin within three years.\n\n2. The materials shall match the existing building.\n\n"
        "(ii) to request that the Head of Planning report back on enforcement at a future meeting."
    )
    assert [(c.text, c.actor) for c in found(text)] == [
        ("to approve the application subject to the following conditions:", "the Committee"),
        ("to request that the Head of Planning report back on enforcement at a future meeting.", "the Head of Planning"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Council has resolved that the Chief Planning Officer determines all applications.",
        "Reason for Decision:\n\nTo agree the amount of financial support for the scheme.",
        "Information was requested on the number of complaints received.",
    ],
)
def test_past_resolutions_and_reasons_are_not_resolutions(text):
    assert found(f"Minutes:\n\nThe Committee considered the report.\n\n{text}") == []


def test_an_action_log_table_gives_its_open_actions_with_owner_and_deadline():
    text = ("Minutes:\n\nAction\tOwner\tDue date\tStatus\n"
            "Circulate the revised risk register to members\tHead of Audit\t31 March 2026\tOpen\n"
            "Arrange a briefing on the pension fund\tDemocratic Services\tMay 2026\tComplete\n"
            "Decision:\tThat the report be noted.")
    got = found(text)
    assert [(c.kind, c.actor, c.due, str(c.due_date)) for c in got] == [
        ("action", "Head of Audit", "31 March 2026", "2026-03-31"), ("resolution", "the Committee", None, "None"),
    ]


def test_stem_and_bullets_are_one_record_and_lettered_sub_parts_are_their_own():
    text = ("Council is asked to:\n\n(i) approve the following changes to polling places:\n\n• Hall A to replace School B;"
            "\n\n• Church C to replace Hall D; and\n\n(ii) note the timetable for the review.")
    got = found(text, "agenda")
    assert [c.text for c in got] == [
        "approve the following changes to polling places: Hall A to replace School B; Church C to replace Hall D; and",
        "note the timetable for the review.",
    ]
    assert {(c.kind, c.actor) for c in got} == {("recommendation", "Council")}


def test_a_committees_recommendation_to_council_inside_resolved_is_councils_to_act():
    got = found("Minutes:\n\nRESOLVED to RECOMMEND TO COUNCIL: That the revised policy be adopted.\n\n"
                "RESOLVED – That the Committee recommends to Cabinet that:\n\n(a) the strategy be approved; and\n\n"
                "(b) the Director of Place be authorised to consult on it.")
    assert [(c.kind, c.actor) for c in got] == [
        ("resolution", "the Council"), ("resolution", "the Cabinet"), ("resolution", "the Director of Place"),
    ]


def test_who_agreed_to_act_is_the_subject_even_without_a_known_title():
    c = only("Minutes:\n\nThe Chairs of the scrutiny committees had agreed to scrutinise the allocations policy in March 2026.")
    assert (c.kind, c.actor, c.due) == ("undertaking", "The Chairs of the scrutiny committees", "March 2026")


def test_the_deciding_body_comes_from_minutes_titles_and_cover_sheets():
    from ingest.commitment_bodies import deciding_body

    def body(text):
        return deciding_body(blocks_of(text))

    assert body("Minutes of the meeting of the Planning Committee held on 4 March 2026\n\nx") == "the Committee"
    assert body("To: Cabinet – 30 January 2026\n\nx") == "the Cabinet"
    assert body("MINUTES OF THE LICENSING SUB-COMMITTEE\n\nx") == "the Sub-Committee"
    assert body("Some text.\n\nCouncil RESOLVED that the budget be set.\n\nCouncil noted the report.") == "the Council"
    assert body("Decision Maker: Leader of the Council\n\nx") == "Leader of the Council"
    assert body("Nothing here names a body.") == "the Committee"


def test_a_decision_page_stripped_of_its_labels_keeps_the_line_that_decides():
    text = ("Decision Maker: Cabinet Member for Environment\nDecision status: Recommendations Approved\n"
            "To consider the tenders received for the fleet contract.\nTo award the fleet contract to the preferred bidder.\n"
            "To ensure the service continues without a break.\nPublication date: 02/02/2026\nDate of decision: 01/02/2026")
    c = only(text, "decision")
    assert (c.kind, c.actor, c.text) == (
        "resolution", "Cabinet Member for Environment", "To award the fleet contract to the preferred bidder.")


def test_action_by_on_its_own_line_names_who_does_the_part_above():
    text = ("Decision Maker: Cabinet\n\nRESOLVED – That:\n\n(i) the consultation report be noted; and\n\n"
            "(ii) the Director consult on the revised scheme\n\nACTION BY:\n\nDirector of Regeneration\n\n"
            "Publication date: 01/01/2026")
    assert [c.actor for c in found(text, "decision")] == ["the Cabinet", "Director of Regeneration"]


def test_hard_wrapped_lines_of_minutes_are_read_as_one_sentence():
    c = only("Minutes:\n\nThe Head of Planning undertook to\nreport back to the next meeting of the Committee\n"
             "with the enforcement figures.")
    assert (c.kind, c.actor, c.due) == ("undertaking", "The Head of Planning", "the next meeting of the Committee")
    assert c.text.endswith("with the enforcement figures.")


def test_a_report_noted_as_narrative_counts_only_where_no_resolution_says_so():
    alone = found("Minutes:\n\nThe Monitoring Officer presented the annual report.\n\nThe report was noted.\n\n"
                  "Cabinet Members noted the discussion.")
    assert [(c.kind, c.text) for c in alone] == [("resolution", "The report was noted.")]
    beside = found("Minutes:\n\nThe report was noted.\n\nRESOLVED – That the report be noted.")
    assert [c.text for c in beside] == ["the report be noted."]


def test_each_agenda_items_text_above_its_minutes_is_not_minuted():
    text = ("1.\n\nApologies\n\nMinutes:\n\nApologies were received.\n\n2.\n\nPresentation\n\n"
            "The Committee will receive a presentation which will provide an update on the strategy.\n\nMinutes:\n\n"
            "The Director undertook to circulate the slides.")
    assert [c.text for c in found(text)] == ["The Director undertook to circulate the slides."]


def test_a_bare_resolved_label_takes_the_next_line_whatever_its_form_and_budget_words_are_no_body():
    got = found("Minutes:\n\nRESOLVED:\n\nThe Committee approved the application subject to the conditions.\n\n"
                "The meeting closed at 9pm.\n\nRESOLVED – That the Council Tax for 2026/27 be set at £1,902.11.\n\n"
                "Resolved - (1) That the report be noted.\n(2) That the plan be approved.")
    assert [(c.text, c.actor) for c in got] == [
        ("The Committee approved the application subject to the conditions.", "the Committee"),
        ("the Council Tax for 2026/27 be set at £1,902.11.", "the Committee"),
        ("That the report be noted.", "the Committee"),
        ("That the plan be approved.", "the Committee"),
    ]


@pytest.mark.parametrize(
    "sentence, due, day",
    [
        ("Officers would report back by early March 2026.", "by early March 2026", "2026-03-01"),
        ("A consultation would take place in mid/late June 2026.", "mid/late June 2026", "2026-06-01"),
        ("A meeting would be held on 12 July 2026 for all Members.", "on 12 July 2026", "2026-07-12"),
        ("The minutes of the meeting held on 14 March 2026 would be circulated.", None, None),
    ],
)
def test_deadlines_with_part_of_a_month_or_a_day_but_not_a_date_referred_back_to(sentence, due, day):
    from ingest.commitment_phrases import find_due

    when = find_due(sentence)
    assert (when.text if when else None, str(when.day) if when and when.day else None) == (due, day)


def test_decision_lines_without_full_stops_stay_apart_and_a_label_without_its_colon_ends_them():
    text = ("Decision Maker: Cabinet\n\nDecision:\n\nThat the report be noted\n\nThat the plan be approved\n\n"
            "Reasons for the decision\n\nThe plan meets the council's priorities\n\nPublication date: 01/01/2026")
    assert [c.text for c in found(text, "decision")] == ["That the report be noted", "That the plan be approved"]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee confirmed the minutes of the meeting held on 17 April 2015 as a true record and they were signed by the Chair.",
        "The minute of meeting of this Committee of 24th March, 2014 was held as read.",
        "The minutes of the meeting held on 20 March 2024 be confirmed and signed.",
        "Councillor J.W. Thomas was elected Chairman for the duration of the hearing.",
    ],
)
def test_minutes_agreed_in_other_words_and_a_chair_elected_are_resolutions(text):
    c = only(f"Minutes:\n\n{text}")
    assert (c.kind, c.actor) == ("resolution", "the Committee")


def test_scottish_the_committee_lead_takes_verb_led_parts_and_their_actors():
    text = "The Committee:-\n\n(i) noted the introduction of the bursary scheme; and\n\n" \
           "(ii) instructed the Director of Education to write a letter of thanks to the Trust."
    assert [(c.actor, c.text[:12]) for c in found(text)] == [
        ("the Committee", "noted the in"), ("the Director of Education", "instructed t")]
    said = "The Committee:\n\n- Noted that Ofsted had stated that there were failures.\n\n- Expressed concern about caseloads."
    assert found(said) == []


def test_a_recommendation_carried_takes_the_parts_listed_under_it():
    text = ("The recommendation as set out in the report was moved, seconded, voted on and carried.\n\n"
            "- To approve the final Terms of Reference for the Member Task and Finish Group.\n\n"
            "- To approve the key milestones for the review of the Management Plan.")
    assert [c.kind for c in found(text)] == ["resolution", "resolution"]
    assert only("Minutes:\n\nThe motion was carried.").kind == "resolution"


def test_a_record_of_decision_in_capitals_and_a_proposed_one_as_recommendations():
    signed = ("## RECORD OF DECISION\n\n## Decision:\n\nAs Cabinet Member for Children's Services I agree to:\n\n"
              "## APPROVE the proposal to end the two contracts when they reach the end of their term.\n\n"
              "DELEGATE any activity requiring capital spend to the Director of Infrastructure, in consultation with "
              "the Deputy Leader\n\n## Reason(s) for decision:\n\nThe savings are needed.")
    records = found(signed, "report")
    assert [c.kind for c in records] == ["resolution", "resolution"]
    assert records[1].actor == "the Director of Infrastructure"
    proposed = ("## PROPOSED RECORD OF DECISION\n\n## Decision:\n\n## The Cabinet agree to:\n\n"
                "- a) note the forecast revenue overspend\n\n- b) Note and agree the Capital budget changes\n\n"
                "## Reason(s) for decision:\n\nThe position needs to be noted.")
    assert [c.kind for c in found(proposed, "report")] == ["recommendation", "recommendation"]


def test_inline_capital_letter_parts_and_the_next_agenda_item_ends_the_list():
    text = ("## 3. RESOLVED that Cabinet agree to:\n\n- A) Note the forecast overspend. b) Note the forecast underspend. "
            "c) Note the progress on savings.\n\n- d) Agree the Capital budget changes.\n\n"
            "89. Draft Revenue Budget 2025-26 and Treasury Management Strategy\n\n(Item 6)")
    records = found(text)
    assert [c.text for c in records] == ["Note the forecast overspend.", "Note the forecast underspend.",
                                         "Note the progress on savings.", "Agree the Capital budget changes."]
    assert {c.actor for c in records} == {"the Cabinet"}


def test_a_decision_field_repeating_the_attendance_is_not_a_decision():
    text = ("Decision:\n\nApologies for absence were received from Councillors Brown and Rice.\n\n"
            "Councillor Michael Muir for Councillor David Levett; and\n\nMinutes:\n\nApologies were received.")
    assert found(text) == []
    assert only("Decision:\n\nIt was resolved to:\n\nA Note the contents of the report.").text == \
        "Note the contents of the report."


@pytest.mark.parametrize(
    "text, kind, actor",
    [
        ("The Chair requested that a copy of the Policy Statement be shared with the minutes.", "action", "officers"),
        ("The Chair shared that she would send a message to group leaders.", "undertaking", "The Chair"),
        ("The Chairman also announced that a Budget Seminar for all Members would be held on 18 January.", "undertaking",
         "The Chairman"),
        ("Oliver Burt would liaise with Paul and invite him to attend the next Board meeting.", "undertaking", "Oliver Burt"),
    ],
)
def test_requests_that_something_be_done_and_the_chairs_own_promises(text, kind, actor):
    c = only(f"Minutes:\n\n{text}")
    assert (c.kind, c.actor) == (kind, actor)


@pytest.mark.parametrize(
    "text",
    [
        "Despite financial challenges, the council was committed to delivering these priorities.",
        "4. Should Kent County Council be accepted into the Programme, it could help deliver improvements.",
        "This would provide an up-to-date policy framework for planning applications.",
    ],
)
def test_states_of_mind_and_conditions_are_not_commitments(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_members_who_noted_and_asked_that_something_be_done_ask_officers_and_a_body_agreeing_to_act_resolves():
    asked = only("Minutes:\n\nMembers noted these comments and asked that the Committee be kept advised of progress.")
    assert (asked.kind, asked.actor) == ("action", "officers")
    agreed = only("Minutes:\n\nWith the consent of members, the Chair advised that the committee noted Part A of the "
                  "report and agreed to discuss it further under Part B.")
    assert agreed.kind == "resolution"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("It was proposed by Alderman Smith, seconded by Councillor Jones and agreed that the plaque be erected.", "resolution"),
        ("The Cabinet approved the recommendations set out in the report.", "resolution"),
        ("The report was received and noted.", "resolution"),
        ("The Committee NOTED the update.", "resolution"),
        ("Members are asked to agree the minutes of the Annual Meeting and that they be signed as a correct record.",
         "recommendation"),
    ],
)
def test_narrative_outcomes_and_one_sentence_recommendations(text, kind):
    assert only(f"Minutes:\n\n{text}").kind == kind


@pytest.mark.parametrize(
    "text",
    ["Members are asked to receive any questions from members of the public.",
     "The Authority is requested to consider the report."],
)
def test_asked_to_receive_or_consider_is_an_agenda_purpose(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_welsh_letter_spaced_that_and_a_member_appointed_chair_by_the_body():
    got = only("Minutes of a meeting held on 17th May, 2026.\n\nRESOLVED - T H A T Councillor M. Lloyd be appointed "
               "Vice-Chairman for the Municipal Year.")
    assert (got.text, got.actor) == ("Councillor M. Lloyd be appointed Vice-Chairman for the Municipal Year.", "the Committee")


def test_scottish_body_lead_with_unnumbered_past_tense_parts():
    got = found("The Council:-\n\nNoted the contents of the report.\n\nNoted that any reports referred to can be requested "
                "through Leadership Support staff.")
    assert [(c.text, c.actor) for c in got] == [("Noted the contents of the report.", "the Council")]


def test_this_was_agreed_decides_after_a_proposal_not_after_a_remark():
    assert found("Minutes:\n\nThe Chair highlighted how keen young people were to attend. This was agreed by the panel.") == []
    got = only("Minutes:\n\nThe Mayor proposed that item 9 be taken before item 4. This was agreed by the Council.")
    assert (got.kind, got.text) == ("resolution", "item 9 be taken before item 4.")  # the proposal's words


def test_a_sentence_running_over_a_page_and_comments_noted_are_read():
    from ingest.commitments import extract_commitments
    from ingest.records import Page
    from ingest.structure import to_blocks

    blocks = to_blocks([Page(6, "Minutes:\n\nThe Council needed to show outcomes. More detailed reports would"),
                        Page(7, "follow on risk management and internal control.")])
    [got] = extract_commitments("doc", blocks, "minutes")
    assert (got.kind, got.text) == ("undertaking", "More detailed reports would follow on risk management and internal control.")
    assert only("Minutes:\n\nMembers also noted the comments made during the informal discussion.").kind == "resolution"


@pytest.mark.parametrize("number", ["(a)", "b)", "iii.", "(iv)", "5.2", "12."])
def test_a_label_after_a_letter_or_roman_numeral_is_read_as_after_a_number(number):
    c = only(f"Minutes of the Parish Council\n\n{number} RESOLVED: To approve the quote for the new bench.")
    assert c.kind == "resolution" and c.text.endswith("approve the quote for the new bench.")
