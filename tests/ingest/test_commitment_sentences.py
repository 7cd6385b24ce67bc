"""Sentences of minutes the register reads (issue #12): a parish or town council's resolutions told as sentences, who
acts in an undertaking (a body, an officer, a speaker after a title's full stop, an organisation known by initials),
and sentences that only look like commitments (a past agreement, what a thing or a paper will do, a need). Short
invented texts, not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


def test_a_parish_councils_proposed_seconded_and_resolved_sentences_are_its_resolutions():
    got = found(
        "Parish Council minutes\n\nElection of Chairman\n\n"
        "It was proposed, seconded, and unanimously resolved to elect Councillor Jane Doe as Chair of the Parish Council."
        "\n\nCo-option\n\nIt was RESOLVED by majority vote to co-opt Sam Roe.\n\nGrants\n\n"
        "It was proposed by Cllr A Able, seconded by Cllr B Baker and resolved that £200 be given to the village fete."
    )
    assert [(c.kind, c.actor) for c in got] == [("resolution", "the Council")] * 3


def test_an_agreement_by_all_after_a_members_report_is_the_meetings_resolution():
    """"… and it was agreed by all that …": the vote "by all" before "that" (round 14), not a report's "would"."""
    c = only("Parish Council minutes\n\nCllr Ames said that the Hall would be writing to the Chair for a grant and it was "
             "agreed by all that a grant of £100 would be paid when the letter arrived.")
    assert (c.kind, c.actor) == ("resolution", "the Council")


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


def test_a_report_noted_by_the_council_is_its_outcome():
    c = only("Council minutes\n\nMinutes:\n\nThe Mayor had submitted a list of her engagements, which were noted by Council.")
    assert c.kind == "resolution"


def test_councillors_resolving_and_a_resolution_after_its_mover_are_the_bodys():
    got = found(
        "Parish Council minutes\n\n6. Grass cutting\n\nCouncillors resolved to accept the quote from Field Ltd.\n\n"
        "7. Bench\n\nProposed Cllr Able, seconded Cllr Baker, all in favour. Resolved to buy a bench for the green."
    )
    assert [(c.kind, c.actor, c.text) for c in got] == [
        ("resolution", "the Council", "Councillors resolved to accept the quote from Field Ltd."),
        ("resolution", "the Council", "to buy a bench for the green."),
    ]


def test_a_recommendation_carried_on_being_put_to_the_vote_is_a_resolution():
    c = only("Minutes:\n\nOn being put to the vote the recommendation was carried.")
    assert c.kind == "resolution"


def test_a_body_that_says_it_will_act_is_the_actor_of_its_own_undertaking():
    c = only("Parish Council minutes\n\n5. Planning\n\nThe Parish Council will not comment on this application.")
    assert (c.kind, c.actor) == ("undertaking", "the Parish Council")


def test_a_speaker_named_after_a_title_with_a_full_stop_and_an_affiliation_makes_his_own_promise():
    c = only("Parish Council minutes\n\nThe discussion ended.Mr. James Bell from the District Council advised the "
             "council that he would provide litter pickers for the village.")
    assert (c.kind, c.actor) == ("undertaking", "Mr. James Bell")


def test_works_promised_by_an_organisation_or_a_role_are_undertakings_of_who_gives_the_word():
    got = found(
        "Parish Council minutes\n\n4. Clerk's report\n\nThe village handyman has assured the Clerk that the stile will "
        "be repaired by month end.\n\n5. Litter\n\nHe added that NDC would clear the litter from the lay-by."
    )
    assert [(c.kind, c.actor) for c in got] == [("undertaking", "the village handyman"), ("undertaking", "NDC")]


def test_the_chief_executive_is_an_officer_and_the_council_they_speak_for_acts():
    c = only("Minutes:\n\nIn response to a question, the Chief Executive confirmed that the council would write to the "
             "Minister.")
    assert (c.kind, c.actor) == ("undertaking", "the council")
    c = only("Minutes:\n\nThe Chief Executive confirmed that a review would be brought to the next meeting.")
    assert c.actor == "The Chief Executive"


def test_the_councils_case_put_to_others_is_its_undertaking_whatever_aside_stands_between():
    c = only("Minutes:\n\nThe Leader advised that the Council, along with other councils in the region, would be making "
             "representations to the review panel.")
    assert (c.kind, c.actor) == ("undertaking", "the Council")


def test_what_a_thing_will_do_reported_by_someone_and_a_councils_need_are_no_commitments():
    assert found("Minutes:\n\nHe explained that the new system would replace the old one.") == []
    assert found("Minutes:\n\nThe Council will need to find savings of £2m.") == []
    c = only("Minutes:\n\nIt was confirmed that the action plan would need to be revised by the end of the year.")
    assert c.kind == "undertaking"


def test_what_a_paper_will_hold_is_no_promise_but_a_paper_to_be_provided_is():
    assert found("Minutes:\n\nThe officer said that the report would provide Members with a clear picture.") == []
    c = only("Minutes:\n\nThe officer said that a further report would be provided to the next meeting.")
    assert c.kind == "undertaking"


def test_a_body_that_did_something_first_and_resolved_and_members_voting_to_decide_are_resolutions():
    got = found(
        "Minutes:\n\nThe Committee considered the report of the Director and RESOLVED that the fees be increased.\n\n"
        "Minutes:\n\nMembers voted unanimously to approve the application."
    )
    assert [(c.kind, c.actor) for c in got] == [("resolution", "the Committee")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Proposed Cllr Able, seconded Cllr Baker and RESOLVED that the budget be approved.",
        "Unanimously agreed to co-opt Mr Smith.",
        "All agreed to support the village show.",
        "It was proposed by Cllr Able and seconded by Cllr Baker that the grant be awarded. All in favour.",
        "Cllr Able proposed that the grant be awarded; this was seconded by Cllr Baker and carried unanimously.",
        "Mr Smith was co-opted onto the council.",
    ],
)
def test_a_parish_councils_votes_and_agreements_without_resolved_first_are_its_resolutions(text):
    got = only(f"Minutes\n\n7. Grants\n\n{text}", committee="Parish Council")
    assert got.kind == "resolution" and got.actor.endswith("Council"), (got.kind, got.actor)


def test_a_clerk_obtaining_quotes_is_an_undertaking():
    got = only("Minutes\n\n7. Fencing\n\nThe Clerk will obtain three quotes for the fencing.", committee="Parish Council")
    assert (got.kind, got.actor) == ("undertaking", "The Clerk")


def test_council_votes_told_after_a_recorded_vote_then_or_this_are_resolutions():
    assert only("Minutes:\n\nOn a recorded vote the motion was carried (For 30, Against 10).",
                committee="Council").kind == "resolution"
    got = only("Minutes:\n\nThe amendment was put to the vote and LOST. The substantive motion was then put to the vote "
               "and CARRIED.", committee="Council")
    assert got.text.startswith("The substantive motion")
    got = only("Minutes:\n\nIt was moved by Councillor A and seconded by Councillor B that the motion be referred to "
               "Cabinet. On being put to the vote this was CARRIED.", committee="Council")
    assert got.text == "the motion be referred to Cabinet."


def test_a_committee_recommending_to_council_in_a_sentence_is_a_recommendation_for_council():
    got = only("Minutes:\n\nThe Committee RECOMMENDS to Council that the pay policy statement be adopted.",
               committee="Appointments Committee")
    assert (got.kind, got.actor) == ("recommendation", "the Council")


def test_an_event_to_be_held_in_a_named_month_is_an_undertaking():
    assert only("Minutes:\n\nThe Mayor said the commemorations would be held virtually in November.",
                committee="Council").kind == "undertaking"
    assert found("Minutes:\n\nThe Mayor said the parade had been held in November.", committee="Council") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Decision:\n\nAgreed as recommended.", "resolution"),
        ("Minutes:\n\nDecision – That the report be noted.", "resolution"),
        ("Minutes:\n\nThe Leader moved the recommendations, which were seconded by the Deputy Leader and carried.",
         "resolution"),
        ("Minutes:\n\nIt was noted that a further report would be submitted to the next meeting.", "undertaking"),
        ("Minutes:\n\nThe Clerk was instructed to write to the landowner.", "action"),
    ],
)
def test_outcomes_labels_seconded_votes_submitted_reports_and_instructions(text, kind):
    assert only(text, committee="Cabinet").kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Payments totalling £1,234.56 were approved.", "resolution"),
        ("The accounts for payment were approved and cheques signed.", "resolution"),
        ("This item was deferred to the next meeting.", "resolution"),
        ("The Clerk is to write to Highways about the potholes.", "undertaking"),
    ],
)
def test_a_parish_councils_payments_deferrals_and_clerks_tasks(text, kind):
    assert only(f"Minutes\n\n7. Finance\n\n{text}", committee="Parish Council").kind == kind


def test_payments_approved_before_the_meeting_or_by_another_body_are_a_past_fact():
    assert found("Minutes\n\n7. Finance\n\nThe payments had been approved by the Chairman in April.",
                 committee="Parish Council") == []
    assert found("Minutes\n\n7. Finance\n\nThe payments were approved by Cabinet in March 2025 as part of the budget.",
                 committee="Parish Council") == []


def test_movers_accepting_an_amendment_promise_nothing_but_members_undertaking_work_do():
    assert found("Minutes:\n\nCllrs Able and Baker agreed to accept an amendment to the wording of the Motion.",
                 committee="Council") == []
    assert only("Minutes:\n\nCllr Able will undertake the review of the risk register.",
                committee="Parish Council").kind == "undertaking"
    assert found("Minutes:\n\nAn application has been made and a survey will be undertaken.",
                 committee="Parish Council") == []


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        ("4. Allotments- clerk to ask the tenants for their renewals", "clerk"),
        ("7. Drains – county councillor and clerk to report the blocked gully to highways", "county councillor and clerk"),
        ("Bus shelter - the clerk to order a new panel.", "the clerk"),
        ("9. Verges- overgrown hedge on Mill Lane to be reported by clerk, the rest were cut", "clerk"),
        ("The broken bench was to be looked at by the handyman before spring.", "the handyman"),
        ("The replacement sign is to be ordered by the Clerk.", "the Clerk"),
        ("Flooding on Mill Lane – our lengthsman has been instructed to clear the ditch.", "our lengthsman"),
    ],
)
def test_a_parish_clerks_terse_action_lines_name_who_acts_in_lower_case_or_as_a_passives_agent(line, actor):
    c = only(f"Minutes of the Parish Council\n\n{line}")
    assert (c.kind, c.actor) == ("action", actor)


def test_the_chairs_signature_and_a_lower_case_line_in_an_agenda_are_no_actions():
    assert found("Minutes of the Parish Council\n\nThe minutes of the last meeting to be signed by the Chairman.") == []
    assert found("Agenda\n\n5. Allotments- clerk to report on the renewals", "agenda") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "12.1 Councillor Hale proposed and Councillor Innes seconded all in favour of adopting the new standing orders.",
        "Having been circulated beforehand, Cllr Hale proposed that they were a true record and should be signed; the "
        "proposal was seconded by Cllr Innes and unanimously agreed by the council.",
    ],
)
def test_a_proposal_seconded_and_voted_after_a_number_or_an_opening_clause_is_a_resolution(sentence):
    assert only(f"Minutes of the Parish Council\n\n{sentence}").kind == "resolution"


def test_a_proposal_seconded_but_not_agreed_is_no_resolution():
    assert found("Minutes of the Parish Council\n\nCllr Hale proposed a new bench, seconded by Cllr Innes but not agreed.") == []


@pytest.mark.parametrize(
    "line",
    [
        "6. Audit- annual return for 2023/24 signed off",
        "7. Noticeboard- signed and agreed to be put up by the shop",
        "8. Payments hedge cutting £240, insurance £310-agreed after the clerk explained the rise",
    ],
)
def test_a_parish_clerks_numbered_line_with_its_outcome_after_a_dash_is_a_resolution(line):
    c = only(f"Minutes of the Parish Council\n\n{line}")
    assert (c.kind, c.actor) == ("resolution", "the Council")


def test_a_line_signed_off_before_the_meeting_is_no_resolution():
    assert found("Minutes of the Parish Council\n\n16. Code of conduct- signed off previously") == []


def test_a_delegated_decisions_parts_in_the_past_tense_are_each_a_resolution():
    got = found("Record of delegated decision\n\nDecision:\n\n1. Approved grants totalling £12,000 to four shops.\n\n"
                "2. Entered into the legal agreements needed to protect the Council’s interests.")
    assert [c.kind for c in got] == ["resolution", "resolution"]


def test_a_delegated_decision_told_in_the_third_person_is_its_makers_resolution():
    text = ("Further to the delegation above it is the decision of the Director of Finance in consultation with the Lead "
            "Member for Resources that the Council buy 500 shares in the community energy scheme.")
    c = only(f"Record of decision\n\n{text}")
    assert (c.kind, c.actor) == ("resolution", "the Director of Finance")
    c = only(f"Decision Maker: Director of Finance\n\nDecision:\n\nThis report sets out the purchase.\n\n{text}")
    assert c.kind == "resolution" and c.text.startswith("Further to")


@pytest.mark.parametrize(
    "line",
    [
        "2283/03 Councillors noted the following decision by the Planning Inspectorate:",
        "The following decisions from District Council were noted.",
    ],
)
def test_decisions_by_others_noted_by_a_parish_council_are_its_outcome(line):
    c = only(f"Minutes of the Parish Council\n\n{line}\n\nFUL/16/0541 Land at Park Lane, two dwellings: appeal dismissed")
    assert (c.kind, c.actor) == ("resolution", "the Council")


def test_each_entry_of_a_list_of_decisions_is_by_its_own_decision_maker():
    got = found("Decisions published\n\n22/06/2022 - Audio equipment\n\nDecision Maker: Leader of the Council\n\n"
                "Decision:\n\n1. Approved the virement of £40,000 for the equipment.\n\n22/06/2022 - Grants to shops\n\n"
                "Decision Maker: Cabinet Member for Resources\n\nDecision:\n\n1. Approved grant payments of £3,000 to "
                "four shops.")
    assert [c.actor for c in got] == ["Leader of the Council", "Cabinet Member for Resources"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bank balances: Current balances (from 1 April) were checked and agreed as signed by AB and CD.",
        "The precept for 2026/27 was agreed at £12,000.",
        "The bank reconciliation was checked and agreed.",
    ],
)
def test_a_local_councils_money_matters_approved_in_the_passive_are_its_resolutions(sentence):
    c = only(f"Minutes of the Parish Council\n\n{sentence}")
    assert (c.kind, c.actor) == ("resolution", "the Council")


def test_a_budget_approved_by_another_body_or_before_is_no_resolution():
    assert found("Minutes of the Parish Council\n\nThe budget was approved by Cabinet in February.") == []
    assert found("Minutes of the Parish Council\n\nThe grant had been approved last year.") == []


def test_members_agreeing_with_an_adverb_resolve_but_not_what_they_agreed_before():
    c = only("Minutes of the Committee\n\nMembers broadly agreed that the guide should be written for a lay reader.")
    assert c.kind == "resolution"
    assert found("Minutes of the Committee\n\nMembers previously agreed that the guide should be written for a lay "
                 "reader.") == []


def test_a_member_who_says_he_will_take_further_action_undertakes_it():
    c = only("Minutes of the Council\n\nCouncillor Hale thanked officers for the reply and said he would be taking "
             "further action on it.")
    assert (c.kind, c.actor) == ("undertaking", "Councillor Hale")


def test_members_noting_a_requirement_to_do_something_are_reminded_not_deciding():
    assert found("Minutes of the Parish Council\n\nMembers noted the requirement to submit or update their forms.") == []
    assert only("Minutes of the Parish Council\n\nMembers noted the update on the play area.").kind == "resolution"


def test_members_agreeing_in_capitals_is_the_bodys_resolution_not_the_action_of_someone_called_members_agreed():
    c = only("Minutes of the Town Council\n\nMembers AGREED to suspend standing orders to hear the applicant.")
    assert c.kind == "resolution"


def test_a_promise_needs_someone_to_make_it_and_something_to_do():
    """A notice to the reader, a denial, a consent to be acted on and an intention no one is named for are no promises."""
    assert found("Council agenda\n\nPublic Speaking: To register your intention to speak at a meeting, please contact "
                 "the Clerk.") == []
    assert found("Council minutes\n\nThere were no declarations of intention to record the meeting.") == []
    assert found("Parish Council minutes\n\nAB agreed to be nominated.") == []
    assert found("Parish Council minutes\n\nThe Association has announced its intention to close its office.") == []
    c = only("Parish Council minutes\n\nThe Parish Council discussed the two quotes and all agreed to award the work "
             "to Field Ltd.")
    assert c.kind == "resolution"
    c = only("Committee minutes\n\nCllr Able agreed to write to the landowner.")
    assert (c.kind, c.actor) == ("undertaking", "Cllr Able")


def test_a_will_told_aside_is_no_undertaking():
    """A modal in an opening concession, after a denied premise, or in a procedure rule's text promises nothing."""
    assert found("Council agenda\n\nWhilst officers will advise on the Code, the decision to declare is the "
                 "responsibility of the Member.") == []
    assert found("Council minutes\n\nThe Leader advised that there was no resolution by Council requesting that a "
                 "letter would be written.") == []
    assert found("Council minutes\n\nStanding Order 12 requires a vote on each motion, which will stand referred to "
                 "the Cabinet to report back to a future meeting.") == []
    c = only("Council minutes\n\nWhilst the Clerk is on leave, the Chair will write to the landowner.")
    assert c.kind == "undertaking"


def test_news_the_meeting_was_told_of_someone_outside_it_is_no_undertaking():
    """"… had been advised that a representative would be present" (round 16): relayed news, nobody's promise here."""
    assert found("Town Council minutes\n\nIt was noted that the Council had been advised that a police representative "
                 "would attend the next meeting.") == []
    assert only("Town Council minutes\n\nThe Clerk advised that he would write to the police.").kind == "undertaking"


def test_a_will_in_the_new_words_of_an_amended_text_is_the_texts_not_a_promise():
    """"… be amended to read 'The Chair will be appointed …'": the quoted rule's modal (round 14)."""
    assert [c.kind for c in found("Parish Council minutes\n\nCllr Lee proposed that the Standing Orders be amended to "
                                  "read 'The Chair will be appointed for two years'.")] != ["undertaking"]
    c = only("Parish Council minutes\n\nThe Clerk will ask for the policy to be amended to read 'two years'.")
    assert c.kind == "undertaking"


def test_it_was_agreed_not_to_act_is_the_meetings_choice():
    """"… was discussed and it was agreed not to give any grant" (round 14): the negation "decided not to" has."""
    c = only("Parish Council minutes\n\nThe grant for the fete was discussed and it was agreed not to give any grant.")
    assert c.kind == "resolution"
