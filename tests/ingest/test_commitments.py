"""Commitment extraction: the phrasings minutes use for resolutions, requests and undertakings, and near misses."""
from __future__ import annotations

import pytest

from ingest.commitments import extract_commitments, link_chunks
from ingest.records import Page
from ingest.structure import to_blocks


def found(text: str, kind: str = "minutes"):
    """The commitments extracted from a paper with this text."""
    return extract_commitments("doc", to_blocks([Page(None, text)]), kind)


def only(text: str, kind: str = "minutes"):
    [commitment] = found(text, kind)
    return commitment


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


# The shapes councils use beyond the seed papers (issue #12). Short synthetic texts, not copied from any paper.


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
        return deciding_body(to_blocks([Page(None, text)]))

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
