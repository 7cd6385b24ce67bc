"""A question parsed once: its standalone form, answer type, filters with their words, topic and commitments."""
from __future__ import annotations

from datetime import date

import pytest

from retrieval.intent import ANSWER_TYPES, frame_terms, parse_question, topic_share, topic_weights
from retrieval.records import Clue, Filters
from retrieval.vocabulary import terms

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("How many children were in care in Croydon in 2018?", "number"),
        ("Who chaired the Audit Committee?", "name"),
        ("When will the report come back to the committee?", "date"),
        ("What did the Cabinet decide about the leisure centre?", "decision"),
        ("What needs to improve in Merton?", "list"),
        ("Why were only some councillors asked to attend?", "fact"),
    ],
)
def test_the_answer_type(question, answer_type):
    intent = parse_question(question, today=TODAY)
    assert intent.answer_type == answer_type and answer_type in ANSWER_TYPES


def test_the_topic_is_the_question_less_its_frame_and_filter_words():
    tesco = parse_question("What did the planning committee decide about the new Tesco superstore?", today=TODAY)
    assert tesco.commitments and tesco.topic == ("plan", "new", "tesco", "superstor")
    assert not frame_terms() & set(tesco.topic)
    meeting = parse_question("What did we agree at the last meeting?", today=TODAY)
    assert meeting.commitments and meeting.topic == ()
    assert meeting.filters == Filters(latest=True) and meeting.clues == (Clue("latest", "the last meeting"),)
    dated = parse_question("What did the Audit Committee decide at its February 2026 meeting?", today=TODAY,
                           committees=["Audit Committee"])
    assert dated.topic == ()  # the committee and the month are filters, not the topic
    assert dated.filters == Filters(committee="Audit Committee", since=date(2026, 2, 1), until=date(2026, 2, 28))
    assert parse_question("Who could ask for a flu vaccine in autumn 2021?", today=TODAY).topic == (
        "flu", "vaccin", "autumn")
    croydon = parse_question("How many children were in care in Croydon in 2018?", today=TODAY)
    assert croydon.topic == ("child", "care") and not croydon.commitments
    assert croydon.clues == (Clue("council", "Croydon"), Clue("dates", "2018"))


def test_a_follow_up_is_parsed_in_its_standalone_form():
    history = [
        {"role": "user", "content": "What did Ofsted say about Section 20 in Croydon?"},
        {"role": "assistant", "content": "Members raised concern about Section 20 cases [1]."},
    ]
    intent = parse_question("What did they resolve?", history, today=TODAY)
    assert intent.question == "What did they resolve?" and intent.followed_up
    assert intent.standalone == "What did they resolve (Croydon; Ofsted Section 20)?"
    assert intent.filters.council == "Croydon"
    assert intent.commitments is False  # Ofsted's findings are no commitments of the council's
    assert "20" in intent.topic and "section" in intent.topic
    assert intent.focus == () and intent.subject == intent.topic  # nothing of its own: the carried topic
    own = parse_question("And what did they resolve about unallocated cases?", history, today=TODAY)
    assert own.followed_up and own.subject == own.focus == ("unalloc", "case")


def test_no_filters_unless_asked_to_infer():
    intent = parse_question("What did Croydon decide in 2018?", today=TODAY, infer=False)
    assert intent.filters == Filters() and intent.clues == ()
    assert intent.topic == ()  # Croydon and 2018 are still where and when, not what
    # ... and what the question names is still read, for the evidence check that the passages are of that period
    assert intent.named.council == "Croydon" and intent.named.since.year == 2018
    assert parse_question("What did Croydon decide in 2018?", today=TODAY).named == intent.named


def test_an_inspection_is_no_commitment_and_government_asks_like_anyone():
    assert not parse_question("What did Ofsted recommend for Merton?", today=TODAY).commitments
    assert parse_question("What did the DfE commissioner recommend?", today=TODAY).commitments


def test_the_rarest_topic_words_weigh_most():
    topic = tuple(terms("new Tesco superstore"))
    texts = [frozenset(terms("the new plan")), frozenset(terms("a new school")), frozenset(terms("new Tesco store"))]
    weights = topic_weights(topic, texts)
    assert weights["superstor"] > weights["tesco"] > weights["new"]  # none, one and all three texts hold them
    assert topic_share(texts[0], weights) < 0.25
    assert topic_share(frozenset(topic), weights) == pytest.approx(1.0)
    assert topic_share(texts[0], {}) == 0.0
