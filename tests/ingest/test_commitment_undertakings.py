"""Undertakings worded as unseen councils word them: a promise whose object holds a forecast word, a plan with only a
month for when, a reply promised to those who asked, a member's own appointments. Short synthetic texts."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


def test_a_forecast_word_inside_what_is_promised_leaves_the_promise():
    got = only("Minutes:\n\nThe Group Manager for Performance, Governance and Data Security outlined the report; she "
               "informed the meeting that the Housing Group had received statistics but that she would look into what "
               "measures could be considered within the next report.")
    assert (got.kind, got.actor) == ("undertaking", "The Group Manager for Performance, Governance and Data Security")


def test_a_forecast_before_any_promise_is_still_no_undertaking():
    assert found("Minutes:\n\nIt was expected that the new team could start in the spring and would report later.") == []


def test_a_plan_with_a_month_for_when_is_the_undertaking_of_whoever_the_paragraph_reports():
    got = only("Minutes:\n\nThe Commissioner explained that the Chief Executive had moved on. Shortlisting for the post "
               "of Chief of Staff would take place at the beginning of May.")
    assert (got.kind, got.actor, got.due) == ("undertaking", "The Commissioner", "the beginning of May")


def test_an_impersonal_plan_with_no_one_reporting_it_is_officers():
    got = only("Minutes:\n\nThe workshop for members would take place at the end of June.")
    assert (got.kind, got.actor) == ("undertaking", "officers")


def test_a_reply_promised_to_those_who_asked_is_an_undertaking():
    got = only("Minutes:\n\nThe Mayor advised that public questions had been received. Due to the pre-election period, "
               "the authors of questions would receive written responses.")
    assert (got.kind, got.actor) == ("undertaking", "The Mayor")


def test_a_members_own_appointment_to_come_is_her_undertaking():
    got = only("Minutes:\n\nThe Mayor noted that she would be appointing Canon Jones to act as Mayor's Chaplain during her "
               "term of office.")
    assert (got.kind, got.actor) == ("undertaking", "The Mayor")


@pytest.mark.parametrize(
    "text",
    [
        "She hoped that 2026 would bring a very prosperous year for the Borough.",
        "Tea and coffee will be available before the meeting. Lunch will be provided.",
        "A simultaneous translation will be provided if requested.",
    ],
)
def test_wishes_and_the_meetings_arrangements_are_no_undertakings(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_an_officer_named_by_first_name_alone_is_the_one_who_undertakes():
    got = only("Minutes:\n\nKelechi would keep the Board informed of progress.")
    assert (got.kind, got.actor) == ("undertaking", "Kelechi")


def test_someone_to_be_asked_to_respond_within_days_is_an_undertaking_with_its_deadline():
    got = only("Minutes:\n\nThe relevant Head of Service would be asked to respond direct to the petitioners on the issues "
               "raised, within 15 days.")
    assert (got.kind, got.due) == ("undertaking", "within 15 days")


def test_members_to_be_kept_informed_is_an_undertaking_of_officers():
    got = only("Minutes:\n\nMembers would be kept informed of progress.")
    assert (got.kind, got.actor) == ("undertaking", "officers")


def test_the_answer_after_a_question_in_one_sentence_is_read_on_its_own():
    got = only("Minutes:\n\nMembers asked whether the policy would be reviewed; officers confirmed it would be reviewed "
               "annually.")
    assert got.kind == "undertaking"


def test_a_deadline_in_words_of_months():
    assert only("Minutes:\n\nThe Committee requested a further report in six months' time.").due == "six months' time"


def test_what_a_scheme_or_system_will_do_is_its_effect_not_a_promise():
    assert found("Minutes:\n\nThe new system would provide better information for residents.") == []
    assert only("Minutes:\n\nMore detailed reports would follow on risk management.").kind == "undertaking"


def test_a_partner_named_in_capitals_undertakes_with_a_season_for_when():
    got = only("Minutes:\n\nThe NHS Trust would provide an update to the Board in the autumn.")
    assert (got.actor, got.due) == ("The NHS Trust", "the autumn")


def test_what_evidence_will_inform_is_no_promise():
    assert found("Minutes:\n\nThe information provided in response to the motion will inform any future decision by the "
                 "Cabinet Member.") == []


def test_a_proposed_record_of_decisions_prose_states_plans_not_undertakings():
    text = ("KENTSHIRE COUNTY COUNCIL\n\nPROPOSED RECORD OF DECISION\n\nDecision:\n\nThe Cabinet agree to:\n\na) approve the strategy.\n\n"
            "A report will be presented to Cabinet on 30 January 2026.")
    assert [c.kind for c in found(text, "decision")] == ["recommendation"]


def test_an_event_to_occur_or_go_ahead_on_a_stated_day_is_an_undertaking_but_not_undated():
    got = only("MINUTES\n\n8. Fun day\n\nThe village fun day will go ahead on 3 June.", committee="Council")
    assert (got.kind, got.due) == ("undertaking", "on 3 June")
    assert found("MINUTES\n\n8. Drains\n\nFlooding would occur if the drain were blocked.", committee="Council") == []
    assert found("MINUTES\n\n8. Works\n\nThe works will go ahead.", committee="Council") == []


@pytest.mark.parametrize("sentence", [
    "Cllr Brown will speak to the school about parking.",
    "The Clerk would seek legal advice on the lease.",
    "Cllr Brown said he would visit the site.",
])
def test_a_clerks_or_members_common_to_do_verbs_make_an_undertaking(sentence):
    got = only(f"MINUTES\n\n8. Parking\n\n{sentence}", committee="Council")
    assert got.kind == "undertaking"


def test_a_cost_to_be_met_is_no_undertaking():
    assert found("MINUTES\n\n8. Bench\n\nThe cost would be met from reserves.", committee="Council") == []


def test_what_someone_will_continue_to_do_is_standing_practice_not_an_undertaking():
    assert found("Minutes of the Parish Council\n\nThe contractor has confirmed that they will continue to cut the verges "
                 "as per contract.") == []
    c = only("Minutes of the Parish Council\n\nThe contractor has confirmed that they will cut the verges by May.")
    assert c.kind == "undertaking"


def test_a_decision_parts_talk_then_someones_promise_records_the_promise():
    got = found("Decision details\n\nDecisions:\n\n12.1 Following discussion, the Cabinet Member asked for the map in "
                "the appendix to be clearer. Officers agreed to redraw the map before publication.", "decision")
    assert [(c.kind, c.actor, c.text) for c in got] == [
        ("undertaking", "Officers", "Officers agreed to redraw the map before publication.")]
    got = found("Decision details\n\nDecisions:\n\n12.1 The Cabinet Member approved the plan. Officers agreed to redraw "
                "the map before publication.", "decision")
    assert [c.kind for c in got] == ["resolution"]


def test_a_named_persons_own_act_to_come_is_an_undertaking_whatever_the_verb():
    """"The Parish Clerk would apply to …", "The Chair said he would be donating …"; not a denial, not leaving the
    meeting over an interest, not an outside body."""
    c = only("Parish Council minutes\n\nThe Parish Clerk would apply to the District for the Precept.")
    assert (c.kind, c.actor) == ("undertaking", "The Parish Clerk")
    c = only("Council minutes\n\nThe Chair said he would be donating the money raised to a local charity.")
    assert c.kind == "undertaking"
    assert found("Council minutes\n\nIt was noted that Councillor Ann Lee would no longer be a Member.") == []
    assert found("Council minutes\n\nCouncillor Lee declared an interest and said he would withdraw for the item.") == []
    assert found("Parish Council minutes\n\nThe bus company would apply for a new licence.") == []


def test_a_pronouns_act_after_stated_that_is_the_speakers_undertaking_not_a_stance():
    """"The Clerk stated that he would pass on the comments …" (round 16); not "would be viewing … with an open mind"."""
    c = only("Town Council minutes\n\nThe Clerk stated that he would pass on the comments to County Council.")
    assert (c.kind, c.actor) == ("undertaking", "The Clerk")
    assert found("Council minutes\n\nCouncillor Lee stated that she would be viewing the application with an open mind.") == []
    assert found("Parish Council minutes\n\nThe owner of the cottage has indicated he will apply to keep the road.") == []


def test_an_unowned_act_to_come_in_a_parish_councils_minutes_is_the_councils():
    got = only("Minutes of the Meeting of Little Hinton Parish Council\n\nThe vacancy would be advertised.")
    assert (got.kind, got.actor) == ("undertaking", "the Council")


def test_an_unowned_act_to_come_in_a_committees_minutes_stays_with_officers():
    got = only("Minutes of the Audit Committee\n\nAn update would be provided to the next meeting.")
    assert (got.kind, got.actor) == ("undertaking", "officers")


def test_a_may_or_could_inside_what_a_named_person_will_do_is_no_hedge():
    c = only("Parish Council minutes\n\nThe hedge on the lane is overgrown. Cllr Rowe will ask the owners if they could "
             "cut it back.")
    assert (c.kind, c.actor) == ("undertaking", "Cllr Rowe")
    assert found("Parish Council minutes\n\nIt may be that Cllr Rowe will ask the owners to cut it back.") == []


def test_a_pronoun_after_a_member_named_by_initials_is_that_member():
    c = only("Parish Council minutes\n\nVacancy\n\nMM noted that she would forward the declaration to the new member.")
    assert (c.kind, c.actor) == ("undertaking", "MM")
    c = only("Parish Council minutes\n\nc) Vacancy on the Council – CC had agreed to speak to her neighbour, he was away "
             "but she would speak to him on his return.")
    assert c.actor == "CC"


def test_two_who_will_act_together_after_when_and_where_are_the_doers():
    c = only("Town Council minutes\n\nOn 11 November at 10.45 am at the war memorial, the Mayor and Chairman would be "
             "raising the flag.")
    assert c.actor == "the Mayor and Chairman"


def test_a_parish_clerk_in_lower_case_who_will_act_gives_an_undertaking():
    """"… and the clerk would go back to the family …" (round 16, register_unseen11); its doer is left to later work."""
    got = only("Parish Council minutes\n\nThis was the preferred option and the clerk would go back to the family.")
    assert got.kind == "undertaking"


@pytest.mark.parametrize("sentence, actor", [
    ("Cllr. Brown has agreed to write to the landowner.", "Cllr. Brown"),
    ("Cllr Brown kindly agreed to write to the landowner.", "Cllr Brown"),
    ("Mr. Brown also agreed to write to the landowner.", "Mr. Brown"),
    ("The Clerk also agreed to write to the landowner.", "The Clerk"),
    ("Cllr Smith and Cllr Jones agreed to write to the landowner.", "Cllr Smith and Cllr Jones"),
    ("The Clerk and the Chairman agreed to meet the landowner.", "The Clerk and the Chairman"),
    # a comma alone closes an opening clause, not a list of doers
    ("Following a question from Cllr Flanagan, officers agreed to write to the landowner.", "officers"),
])
def test_has_or_an_adverb_between_the_doer_and_the_promise_leaves_the_doer_named(sentence, actor):
    got = only(f"MINUTES\n\n7. Hedges\n\n{sentence}", committee="Council")
    assert (got.kind, got.actor) == ("undertaking", actor)


@pytest.mark.parametrize("sentence, actor", [
    ("Chairman confirmed this would be done as soon as Cllr Rolph returned.", "Chairman"),
    ("The Clerk confirmed it would be looked into.", "The Clerk"),
    ("Cllr Brown confirmed this would be done.", "Cllr Brown"),
])
def test_a_chair_or_officer_confirming_with_that_dropped_still_undertakes(sentence, actor):
    got = only(f"Minutes of the Parish Council\n\n7. Hedges\n\n{sentence}")
    assert (got.kind, got.actor) == ("undertaking", actor)



def test_a_parish_s_clerk_in_lower_case_opening_the_sentence_undertakes_with_any_verb():
    """"The clerk will re-circulate the leaflets …" (round 18, register_unseen12): the lower-case role at the sentence's
    start, as after "and"; a prefixed verb the patterns' verb lists do not hold."""
    got = only("Parish Council minutes\n\nThe clerk will re-circulate the leaflets with one amendment for members to approve.")
    assert got.kind == "undertaking"
