"""Meetings a sentence states: summons and invitation letters, and a minutes' record run on into one paragraph."""
from __future__ import annotations

from ingest.summons import meeting_statement


def test_an_invitation_letter_names_the_body_and_the_text_after_it_holds_the_day():
    said = meeting_statement("You are invited to attend a meeting of the Council to be held in the Chamber, Council "
                             "Offices, High Street, ANYTOWN, AB1 2CD on Thursday, 5 March 2024 at 19:00 to transact "
                             "the business noted below.")
    assert said is not None and (said.name, said.kind) == ("Council", "agenda")
    assert "5 March 2024" in said.rest


def test_a_summons_to_a_named_councils_monthly_meeting():
    said = meeting_statement("Dear Member of Somewhere District Council You are hereby summoned to attend the monthly "
                             "meeting of Somewhere District Council to be held in the Guildhall on Tuesday 5 March 2024.")
    assert said is not None and said.name == "Somewhere District Council" and said.kind == "agenda"


def test_a_record_sentence_after_a_publication_notice_on_the_same_line():
    said = meeting_statement("SOMEWHERE COMBINED AUTHORITY PUBLICATION: 8 MARCH 2024 DEADLINE FOR CALL-IN: 15 MARCH 2024 "
                             "* DENOTES KEY DECISION At a meeting of the Somewhere Combined Authority held in the "
                             "Chamber on Tuesday, 5th March, 2024 the following Members were present:")
    assert said is not None and (said.name, said.kind) == ("Somewhere Combined Authority", "minutes")
    assert said.rest.lstrip().startswith("in the Chamber on Tuesday, 5th March, 2024")


def test_a_meeting_mentioned_in_passing_is_no_statement():
    # lower-case "at a meeting of" mid-sentence refers to another meeting
    assert meeting_statement("The scheme was agreed at a meeting of the Cabinet held on 3 June 2023.") is None
    assert meeting_statement("Members attended the training session on 5 March 2024.") is None


def test_a_notice_states_the_meeting_but_a_report_of_another_does_not():
    said = meeting_statement("Notice is hereby given that a meeting of the Planning Committee will be held at the Town "
                             "Hall on Tuesday, 5 March 2024.")
    assert said is not None and said.name == "Planning Committee"
    assert meeting_statement("It was noted that a special meeting of the Council will be held on 5 April 2024.") is None
    assert meeting_statement("The next meeting of the Cabinet will be held on 5 April 2024.") is None


def test_a_summons_in_capitals_to_a_council_whose_name_lists_places():
    said = meeting_statement("You are hereby requested to attend the MONTHLY MEETING of ANYTOWN CITY, BURGH AND "
                             "VALE BOROUGH COUNCIL which will be held as follows: Date: Monday 5 March 2024")
    assert said is not None and (said.name, said.kind) == ("ANYTOWN CITY, BURGH AND VALE BOROUGH COUNCIL", "agenda")


def test_a_notice_that_there_will_be_a_meeting():
    said = meeting_statement("There will be a meeting of the Authority in the Boardroom, Park Office, Anytown on "
                             "5 March 2024 at 10 am.")
    assert said is not None and (said.name, said.kind) == ("Authority", "agenda") and "5 March 2024" in said.rest


def test_a_notice_after_a_flattened_heading_but_not_a_report_in_capitals():
    said = meeting_statement("ANYSHIRE PLANNING COMMITTEE A meeting of the Planning Committee will be held at 10.00 am on "
                             "Tuesday, 5th March, 2024")
    assert said is not None and said.name == "Planning Committee"
    assert meeting_statement("IT WAS NOTED THAT A MEETING OF THE COUNCIL WILL BE HELD ON 5 APRIL 2024") is None
