"""Commitment extraction: who is to act and what is not the council's to do (Government, its departments and
agencies, an applicant), and deadlines that only look like forecasts. Short synthetic texts, not copied from any
paper."""
from __future__ import annotations

import pytest

from ingest.commitment_actors import passive_agent
from tests.ingest.commitment_texts import found, only


@pytest.mark.parametrize(
    "text",
    [
        "The Director advised that new guidance from the Department for Education would be published in the spring.",
        "Members were informed that the Home Office would review the funding formula next year.",
        "The Leader explained that central government would provide additional funding of £2m.",
        "Officers advised that the Environment Agency would publish updated flood maps in 2025.",
        "The applicant would submit a revised drainage scheme.",
        "Officers explained that the Government had not yet confirmed the settlement and would write to councils in May.",
    ],
)
def test_what_government_its_agencies_or_an_applicant_will_do_is_no_undertaking(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_a_month_named_may_is_a_deadline_not_a_forecast():
    got = only("Minutes:\n\nThe Head of Planning would circulate the revised plan to members by the end of May.")
    assert (got.kind, got.actor, got.due) == ("undertaking", "The Head of Planning", "by the end of May")


def test_a_title_with_and_inside_it_is_one_actor():
    got = only("Minutes:\n\nThe Police and Crime Commissioner would present his budget to the Panel in February 2024.")
    assert (got.actor, got.due) == ("The Police and Crime Commissioner", "February 2024")


def test_the_first_clause_names_who_acts_not_the_delegation_that_carries_it_out():
    got = only("Minutes:\n\nRESOLVED that Cabinet agree to transfer the reablement service to the Adults Directorate "
               "from 1 April 2026; and that delegated authority be given to the Corporate Director of Adults to take "
               "the relevant actions to implement the decision.")
    assert (got.actor, got.due) == ("the Cabinet", "from 1 April 2026")


@pytest.mark.parametrize(
    "title, body",
    [
        ("Proceedings of the Meeting of the City Council held at the Civic Hall on Wednesday, 28th March, 2026", "the Council"),
        ("Minutes of a meeting of the Planning and Regulatory Committee of Northshire Council held on 11 May 2026",
         "the Committee"),
    ],
)
def test_a_minutes_title_names_the_deciding_body_not_its_host_council(title, body):
    got = only(f"{title}\n\nMinutes:\n\nRESOLVED – That the report be noted.")
    assert got.actor == body


def test_a_page_without_a_title_is_the_body_whose_own_minutes_it_confirms():
    got = found("Agenda Items\n\nTo confirm the minutes of the meeting held on 8 October 2026.\n\nRESOLVED that the minutes "
                "of the meeting of the Fire Authority held on 8 October 2026 be confirmed as a correct record.")
    assert [c.actor for c in got] == ["the Authority"]


@pytest.mark.parametrize(
    "text, due",
    [
        ("Oliver Smith would liaise with Paul and invite him to attend the Board meeting on the 7 July 2026.",
         "on the 7 July 2026"),
        ("The Chair advised that he would raise topic reviews with the Chief Executive at the meeting on Thursday "
         "12 October 2026.", "on Thursday 12 October 2026"),
        ("Officers would report the results of the trial in summer 2026.", "summer 2026"),
    ],
)
def test_deadlines_with_a_weekday_an_article_or_a_season(text, due):
    assert only(f"Minutes:\n\n{text}").due == due


def test_the_summons_to_the_meeting_itself_is_no_undertaking():
    assert found("Agenda:\n\nA meeting of the County Council will be held in the Council Chamber on Thursday, 12th "
                 "February, 2026 at 10.00 am to deal with the following business.") == []


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Carole Brown and Ross Jones to produce a paragraph on links to the strategic partnerships.", "Carole Brown and Ross Jones"),
        ("Officers to circulate the slides before the next meeting.", "Officers"),
    ],
)
def test_an_action_without_its_label_names_who_acts(text, actor):
    got = only(f"Minutes:\n\n{text}")
    assert (got.kind, got.actor) == ("action", actor)


@pytest.mark.parametrize("text", ["Councillor Smith to present the report.", "The Leader to introduce the budget."])
def test_who_speaks_to_an_agenda_item_is_no_action(text):
    assert found(f"Agenda:\n\n{text}") == []


def test_a_promise_after_a_forecast_in_the_same_sentence_is_still_an_undertaking():
    got = only("Minutes:\n\nThe Board was advised that it was anticipated that changes could be made quickly but the "
               "Deputy Head of Democratic Services reported that she would check on any further approvals required.")
    assert (got.kind, got.actor) == ("undertaking", "the Deputy Head of Democratic Services")


def test_keeping_the_board_informed_is_an_undertaking():
    assert only("Minutes:\n\nThe Director would keep the Board informed of progress.").kind == "undertaking"


def test_a_part_that_names_its_body_as_subject_has_that_body_as_actor():
    got = found("Minutes:\n\nAgreed that –\n\n1. the board approves the Health and Wellbeing Strategy.\n\n"
                "2. the Band D council tax be set at £1,902.11.")
    assert [c.actor for c in got] == ["the board", "the Committee"]


def test_the_meeting_body_the_metadata_names_decides_unless_a_decision_maker_is_named():
    minutes = ("NORTHSHIRE COUNCIL\n\nItems of business\n\nThe minutes of the Boards and Panels were submitted.\n\n"
               "DECIDED: That the minutes be approved.")
    assert only(minutes, committee="Integration Joint Board").actor == "the Board"
    assert only(minutes, committee="Council").actor == "the Council"
    decision = "Decision Maker: Cabinet Member for Housing\n\nDecision:\n\nTo approve the allocations policy."
    assert only(decision, "decision", committee="Cabinet").actor == "Cabinet Member for Housing"
    # A name with no body type in it ("Member Decisions Meeting for the Leader") leaves the paper's own reading.
    assert only("Cabinet - Monday, 2nd March 2026\n\nMinutes:\n\nRESOLVED: That the report be noted.",
                committee="Decisions Meeting for the Leader").actor == "the Cabinet"


def test_a_narrative_decision_whose_subject_is_a_body_is_that_bodys():
    got = only("Fire Authority - Policy Committee\n\nMinutes:\n\nThe Committee decided to exclude the public from "
               "the meeting during consideration of the remaining item.", committee="Fire Authority")
    assert (got.kind, got.actor) == ("resolution", "the Committee")


@pytest.mark.parametrize(
    ("part", "actor"),
    [
        ("That authority to award the contract be delegated to the Director of Place.", "the Director of Place"),
        ("That delegated authority is given to the Director of Finance to agree the final terms.",
         "the Director of Finance"),
        ("That the Council's Section 151 Officer be authorised to make the payment.", "the Council's Section 151 Officer"),
        ("That the Assistant Director (Legal) be authorised to seal the agreement.", "the Assistant Director (Legal)"),
        ("That the Chief Constable be invited to attend the next meeting.", "the Chief Constable"),
        ("That the Chief Fire Officer be thanked for his report.", "the Committee"),
        ("That a letter be sent by the Chair to the Minister.", "the Committee"),
        ("That the Committee asks the Head of Housing to circulate the figures.", "the Head of Housing"),
    ],
)
def test_a_resolution_is_the_bodys_unless_it_authorises_delegates_to_or_asks_someone_else(part, actor):
    got = only(f"Minutes:\n\nRESOLVED: {part}", committee="Planning Committee")
    assert (got.kind, got.actor) == ("resolution", actor)


def test_an_item_of_an_update_someone_gave_is_their_undertaking():
    got = only("Minutes:\n\nMr R Khan, Cabinet Member for Environment, provided an update on the following:\n\n"
               "- (a) The new recycling contract had started in January.\n\n"
               "- (b) Work was ongoing at the reuse shops, and a detailed update would be brought back to Cabinet in "
               "due course.")
    assert (got.kind, got.actor) == ("undertaking", "Mr R Khan")
    assert only("Minutes:\n\nThe Director explained the position. It was intended to revisit the plan in the New "
                "Year.").actor == "officers"


def test_she_is_the_untitled_name_that_opened_the_sentence_before():
    got = only("Minutes:\n\nJo Carter thanked the team for their support. She mentioned her intention to report on the "
               "framework to the panel at a later date.")
    assert (got.kind, got.actor) == ("undertaking", "Jo Carter")


def test_an_action_line_naming_only_who_gives_the_sentence_above_its_actor():
    got = only("Minutes:\n\nThe Chair agreed to write to the Leader asking why the minutes could not be published.\n\n"
               "ACTION: Councillor Rice")
    assert (got.kind, got.actor) == ("undertaking", "Councillor Rice")


@pytest.mark.parametrize(
    "part, actor",
    [
        ("a letter be sent by the Chief Executive to the Minister.", "the Chief Executive"),
        ("the report be referred to Cabinet for decision.", "Cabinet"),
        ("the recommendations be forwarded to Council for approval.", "Council"),
    ],
)
def test_a_resolution_sending_or_referring_names_who_must_act(part, actor):
    assert only(f"Minutes:\n\nRESOLVED that {part}").actor == actor


def test_a_page_naming_no_body_but_a_civic_chair_is_the_councils():
    got = only("Agenda and draft minutes\n\nMayoral Announcements\n\nMinutes:\n\nRESOLVED:\n\nThat the minutes of the previous "
               "meeting be agreed as a correct record and the Mayor be authorised to sign them.")
    assert got.actor == "the Council"


def test_members_of_a_body_named_in_the_minutes_make_it_the_deciding_body():
    got = only("Enforcement update\n\nMembers of the Board were provided with an update on enforcement.\n\n"
               "RESOLVED that Members note the report.")
    assert got.actor == "the Board"


def test_a_numbered_sentence_whose_subject_is_the_council_names_the_deciding_body():
    got = only("Agenda item\n\n(i) Council received the minutes of the committee meetings held since 1 March.\n\n"
               "RESOLVED to receive the minutes of the Planning Committee held on 4 March 2026.")
    assert got.actor == "the Council"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Cllrs Able and Baker will contact the school.", "Cllrs Able and Baker"),
        ("Cllr Able and Cllr Baker will contact the school.", "Cllr Able and Cllr Baker"),
        ("Sarah Jones (Clerk) will write to the residents.", "Sarah Jones"),
    ],
)
def test_members_acting_together_or_a_name_with_its_role_in_brackets_are_who_acts(text, actor):
    assert only(f"Minutes:\n\n{text}", committee="Parish Council").actor == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The other items would be considered by the Quay and Moorings Committee.", "the Quay and Moorings Committee"),
        ("The matter will be reviewed by the Head of Planning.", "the Head of Planning"),
        ("The request would be considered by the Planning Committee at its next meeting.", "the Planning Committee"),
    ],
)
def test_what_is_put_to_another_body_or_an_officer_is_their_undertaking(sentence, actor):
    c = only(f"Minutes of the Parish Council\n\n{sentence}")
    assert (c.kind, c.actor) == ("undertaking", actor)


def test_a_passive_with_a_date_after_by_names_no_agent():
    assert passive_agent("The accounts will be audited by the end of June.") is None


def test_the_chairs_in_lower_case_together_undertake_what_they_will_decide():
    c = only("Minutes of the Parish Council\n\nThe chairman and vice-chairman will decide how the council will recruit a "
             "new clerk.")
    assert (c.kind, c.actor) == ("undertaking", "The chairman and vice-chairman")


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("15. New clerk- one application was received, job to be advertised till the next meeting.", "the next meeting"),
        ("The verge works to be completed before the next meeting.", "before the next meeting"),
    ],
)
def test_what_is_to_be_done_by_a_stated_time_is_an_undertaking_with_that_due(sentence, due):
    c = only(f"Minutes of the Parish Council\n\n{sentence}")
    assert (c.kind, c.due) == ("undertaking", due)


def test_a_resolution_run_on_after_a_comma_names_the_member_it_puts_to_work():
    c = only("Minutes of the Parish Council\n\nRESOLVED unanimously, Cllr Amos would go and clear the footpath by the "
             "church.")
    assert (c.kind, c.actor) == ("resolution", "Cllr Amos")


def test_one_asked_to_act_by_initials_or_one_word_is_the_resolutions_actor():
    """"Resolved: that NYCC be requested to …", "… the Police be formally requested to …" (round 16); not a report
    "recommended"."""
    assert only("Minutes of the Town Council meeting\n\nRESOLVED: that NYCC be requested to repaint the lines.").actor == "NYCC"
    got = only("Minutes of the Town Council meeting\n\nRESOLVED: that the Police be formally requested to attend.")
    assert got.actor == "the Police"
    assert only("Minutes of the Town Council meeting\n\nRESOLVED: that the Report be recommended to Council.").actor != "the Report"


@pytest.mark.parametrize("sentence, actor", [
    ("This was the preferred option and the clerk would go back to the family.", "the clerk"),
    ("The clerk will contact Mr Sineath to ascertain whether anything can be done.", "The clerk"),
    ("The Clerk is to write to Highways.", "The Clerk"),
])
def test_a_parish_officer_in_lower_case_or_told_with_is_to_is_the_doer(sentence, actor):
    got = only(f"Minutes of the Parish Council\n\n7. Highways\n\n{sentence}")
    assert (got.kind, got.actor) == ("undertaking", actor)
