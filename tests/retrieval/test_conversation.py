"""Follow-up questions rewritten into standalone ones, without an LLM."""
from __future__ import annotations

import pytest

from retrieval.conversation import committee_in, content_words, is_follow_up, standalone_question

SECTION_20 = [
    {"role": "user", "content": "What did Ofsted say about Section 20?"},
    {
        "role": "assistant",
        "content": "Officers acknowledged that on inspection it was identified that Croydon’s performance was poor [1].",
    },
]
AGENCY_STAFF = [
    {"role": "user", "content": "What did the Overview & Scrutiny Committee in Tower Hamlets say about agency staff in November 2017?"},
    {"role": "assistant", "content": "Members expressed concern about the number of agency workers [1]."},
]


@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted say about Section 20 in Croydon?",
        "How many cases were in the Assessment Service in July 2018?",
        "Which councils were judged outstanding by Ofsted in 2025?",
        "What did Hillingdon's Policy Overview Committee say about agency social workers?",
        "Why was Croydon judged inadequate in 2017?",
    ],
)
def test_a_standalone_question_is_returned_unchanged(question):
    assert not is_follow_up(question)
    assert standalone_question(question, SECTION_20) == question


def test_without_history_nothing_changes():
    assert standalone_question("What did they resolve?", []) == "What did they resolve?"
    assert standalone_question("What did they resolve?", [{"role": "system", "content": "Be brief."}]) == (
        "What did they resolve?"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Pointing back: the earlier place, committee, dates and topic are carried.
        ("What did the committee resolve?", "What did the committee resolve (Croydon; Ofsted Section 20)?"),
        ("What did they resolve?", "What did they resolve (Croydon; Ofsted Section 20)?"),
        ("who led it?", "Who led it (Croydon; Ofsted Section 20)?"),
        # A meeting is carried by where and when, not by the earlier topic.
        ("What happened at that meeting?", "What happened at that meeting (Croydon)?"),
        # Changing the subject: only where and when are carried.
        ("and what about caseloads?", "What about caseloads (Croydon)?"),
        ("Caseloads?", "Caseloads (Croydon)?"),
        # Same question, another council or year.
        ("And Tower Hamlets?", "What did Ofsted say about Section 20 (Tower Hamlets)?"),
        ("and in 2019?", "What did Ofsted say about Section 20 (2019)?"),
        # Asking the same of someone else.
        ("Can the applicant send a statement as well?", "Can the applicant send a statement as well (Croydon; Ofsted Section 20)?"),
    ],
)
def test_follow_ups_carry_the_earlier_turn(question, expected):
    assert is_follow_up(question)
    assert standalone_question(question, SECTION_20) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("and what about caseloads?", "What about caseloads (Tower Hamlets; Overview & Scrutiny Committee; November 2017)?"),
        (
            "Who chaired it?",
            "Who chaired it (Tower Hamlets; Overview & Scrutiny Committee; November 2017; agency staff)?",
        ),
        (
            "And in Croydon?",
            "What did the Overview & Scrutiny Committee in Croydon say about agency staff in November 2017?",
        ),
        (
            "and September 2017?",
            "What did the Overview & Scrutiny Committee in Tower Hamlets say about agency staff in September 2017?",
        ),
    ],
)
def test_the_council_committee_and_dates_of_the_earlier_question(question, expected):
    assert standalone_question(question, AGENCY_STAFF) == expected


def test_a_meeting_is_carried_by_its_place_and_date():
    history = [
        {"role": "user", "content": "How many cases were in Croydon's Assessment Service at the end of July 2018?"},
        {"role": "assistant", "content": "At the end of July there were 1800 cases in the Assessment Service [1]."},
    ]
    assert standalone_question("And what did the sub-committee resolve at that meeting?", history) == (
        "What did the sub-committee resolve at that meeting (Croydon; July 2018)?"
    )


def test_a_committee_is_not_carried_to_another_council():
    assert standalone_question("What about caseloads in Hackney?", AGENCY_STAFF) == (
        "What about caseloads in Hackney (November 2017)?"
    )


def test_a_long_chain_of_follow_ups_is_bounded():
    history = []
    for _ in range(50):
        history += [{"role": "user", "content": "and what about that?"}, {"role": "assistant", "content": "x [1]."}]
    assert standalone_question("What did they resolve?", [*AGENCY_STAFF, *history]).startswith("What did they resolve")


def test_a_chain_of_follow_ups_keeps_the_first_question_context():
    history = [
        *AGENCY_STAFF,
        {"role": "user", "content": "and what about caseloads?"},
        {"role": "assistant", "content": "Members asked whether caseloads were being managed effectively [1]."},
    ]
    assert standalone_question("What did they resolve?", history) == (
        "What did they resolve (Tower Hamlets; Overview & Scrutiny Committee; November 2017; caseloads)?"
    )
    assert standalone_question("And Hackney?", history) == (
        "What about caseloads (Hackney; Overview & Scrutiny Committee; November 2017)?"
    )


def test_the_council_can_come_from_the_answer():
    history = [
        {"role": "user", "content": "What did the sub-committee say about thresholds?"},
        {"role": "assistant", "content": "It was noted that Croydon’s application of thresholds was inconsistent [1]."},
    ]
    assert standalone_question("Who raised it?", history) == "Who raised it (Croydon; sub-committee thresholds)?"


def test_the_committee_can_come_from_the_meeting_an_answer_was_grouped_under():
    history = [
        {"role": "user", "content": "What was said about caseloads?"},
        {
            "role": "assistant",
            "content": "At the Overview & Scrutiny Committee on 23 November 2017 (Tower Hamlets), the most recent of "
            "these:\nMembers expressed concern about caseloads [1].\n\nAt the Cabinet on 14 September 2017 (Tower "
            "Hamlets):\nThe Corporate Parenting Panel would review caseloads [2].",
        },
    ]
    assert standalone_question("What did they resolve?", history) == (
        "What did they resolve (Tower Hamlets; Overview & Scrutiny Committee; caseloads)?"
    )


def test_he_or_she_is_the_person_the_answer_named():
    history = [
        {"role": "user", "content": "Who joined the Anyshire police and crime panel in 2022?"},
        {"role": "assistant", "content": "Councillor Patricia Bell was welcomed as a new member [1]."},
    ]
    assert "Patricia Bell" in standalone_question("Whose place did she take?", history)
    history[1] = {"role": "assistant", "content": "Andrew Shaw was appointed as an independent member [1]."}
    assert "Andrew Shaw" in standalone_question("Who was he replacing?", history)
    # no person named: nothing is added, and a question without "he" or "she" carries none
    history[1] = {"role": "assistant", "content": "The panel noted the report [1]."}
    assert standalone_question("Whose place did she take?", history) == (
        "Whose place did she take (2022; joined Anyshire police crime panel)?")


def test_a_body_named_as_council_and_committee_is_carried_once():
    history = [{"role": "user", "content": "Who became vice-chairman of the Thames Valley Police and Crime Panel?"},
               {"role": "assistant", "content": "Mr K Mallon was elected Vice-Chairman [1]."}]
    assert standalone_question("And who nominated him?", history).count("Thames Valley Police and Crime Panel") == 1


def test_history_messages_may_be_objects_or_content_parts():
    class Message:
        def __init__(self, role, content):
            self.role, self.content = role, content

    history = [Message("user", [{"type": "text", "text": "What did Ofsted say about Section 20 in Croydon?"}])]
    assert standalone_question("What did they resolve?", history) == "What did they resolve (Croydon; Ofsted Section 20)?"


def test_helpers():
    assert content_words("What did they say about Croydon's caseloads in 2018?") == ["Croydon", "caseloads", "2018"]
    assert committee_in("At the Overview & Scrutiny Committee on 23 November 2017") == "Overview & Scrutiny Committee"
    assert committee_in("What did the Children and Young People Scrutiny Sub-Committee resolve?") == (
        "Children and Young People Scrutiny Sub-Committee"
    )
    assert committee_in("what did the committee resolve?") is None
