"""Evidence strength: passages that answer against other topics and near misses, on the seed minutes and on
hand-written sentences."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from retrieval.evidence import evidence_strength, refusal_threshold, rule_parts, rule_strength, strength_features, STRENGTH_FEATURES
from retrieval.service import DEFAULT_REFUSAL_THRESHOLD
from tests.retrieval.passages import UNRELATED, croydon, hits, make_chunk


def test_evidence_is_strong_for_passages_that_answer():
    question = "How many cases were in the Assessment Service in July 2018?"
    strength = evidence_strength(question, hits(croydon("1800 cases"), croydon("Case Transfer policy")))
    assert strength >= 0.6


# MiniLM's cosine of each question to its best passage (with its council and title, as indexed), measured once;
# BM25 scores as the seed minutes give them in a many-council index, roughly.
@pytest.mark.parametrize(
    ("question", "phrases", "similarity", "bm25", "answers"),
    [
        ("How many cases were in the Assessment Service in July 2018?", ["1800 cases", "Case Transfer"], 0.54, 14, True),
        ("What did Ofsted say about Section 20?", ["progression of cases of Section 20", "Officers circulate"], 0.53, 12, True),
        ("What did the committee resolve?", ["Officers circulate", "CONCLUSIONS"], 0.35, 5, True),
        ("When is the next Ofsted monitoring visit?", ["8 monitoring visits"], 0.57, 10, True),
        ("What did Croydon's sub-committee say about caseloads?", ["high caseloads", "Case Transfer"], 0.62, 9, True),
        ("What did Croydon say about bin collections?", ["Care Planning", "1800 cases", "Case Transfer"], 0.42, 4, False),
        ("What is Croydon's policy on parking permits?", ["The Director", "Reaffirmation", "Officers pointed out"], 0.44, 5, False),
        ("Who chaired the meeting?", ["8 monitoring visits", "pace increase", "Case Transfer"], 0.24, 4, False),
        ("What is the budget for bin collections?", ["Care Planning", "1800 cases"], 0.13, 2, False),
    ],
)
def test_evidence_separates_answers_from_other_topics(question, phrases, similarity, bm25, answers):
    strength = evidence_strength(question, hits(*map(croydon, phrases), similarity=similarity, lexical=bm25))
    threshold = refusal_threshold(DEFAULT_REFUSAL_THRESHOLD)
    assert strength >= threshold if answers else strength < threshold


def test_evidence_is_weak_for_unrelated_passages():
    question = "What is the budget for bin collections?"
    unrelated = hits(*UNRELATED, croydon("1800 cases"), similarity=0.12, lexical=0.0)
    unrelated = [replace(h, lexical_rank=None) for h in unrelated]  # BM25 found nothing
    assert evidence_strength(question, unrelated) < 0.15


def test_evidence_of_nothing_is_zero():
    assert evidence_strength("What did Ofsted say?", []) == 0.0


def test_evidence_leaves_out_what_retrieval_did_not_measure():
    question = "How many cases were in the Assessment Service in July 2018?"
    ranked = hits(croydon("1800 cases"))
    dense_only = [replace(h, lexical_rank=None, lexical_score=0.0) for h in ranked]
    bm25_only = [replace(h, dense_rank=None, similarity=0.0) for h in ranked]
    threshold = refusal_threshold(DEFAULT_REFUSAL_THRESHOLD)
    assert evidence_strength(question, dense_only) >= threshold
    assert evidence_strength(question, bm25_only) >= threshold


def test_evidence_rises_with_similarity_and_stays_in_range():
    question = "What did Ofsted say about Section 20?"
    chunk = croydon("progression of cases of Section 20")
    values = [evidence_strength(question, hits(chunk, similarity=s, step=0)) for s in (0.0, 0.3, 0.5, 0.9)]
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)


# --- near misses: on the topic, and still no answer ---------------------------------------------------------------


def _paper(text: str, *, council: str = "Merton", day: date | None = date(2025, 7, 14), kind: str = "inspection report",
           title: str = "Ofsted inspection of Merton local authority children's services", doc: str = "paper"):
    return make_chunk(text, doc, council=council, committee=None if kind == "inspection report" else "Cabinet",
                      meeting_date=day, title=title, kind=kind)


def _strength(question: str, *chunks) -> float:
    # The hand-set strength, whose near-miss rules the refusal model weighs among its features.
    return rule_strength(question, hits(*chunks, similarity=0.6, lexical=12), today=date(2025, 12, 1))


@pytest.mark.parametrize(
    ("question", "answer", "near_miss"),
    [
        ("Who led the inspection of Merton?", "Lead inspector: Claire Beckingham, His Majesty's Inspector.",
         "The inspection of Merton was carried out by Ofsted inspectors in July 2025."),
        ("Who was the lead inspector for Merton's inspection?",
         "Lead inspector: Claire Beckingham, His Majesty's Inspector.",
         "LEAD OFFICER: Barbara Peacock Executive Director (People)."),
        ("Who chairs the improvement board in Merton?",
         "The Board is chaired by an independent chair, Edwina Grant OBE, and includes officers.",
         "The improvement board meets monthly and reports to the chair of the scrutiny committee."),
        ("Who is the leader of Merton Council?", "The Leader of the Council, Councillor Ross Garrod, introduced the item.",
         "A Sustainability Plan was due to be presented to the Leader of the Council in the week following."),
    ],
)
def test_a_who_question_needs_the_role_asked_with_a_name(question, answer, near_miss):
    assert _strength(question, _paper(answer)) >= 1.5 * _strength(question, _paper(near_miss))


def test_an_attendance_line_naming_the_role_answers_who_held_it():
    # "Chairperson" shares no word with "chaired", but the line names the role asked about, with a person.
    question = "Who chaired Merton's scrutiny committee on 3 November 2008?"
    minutes = _paper("MERTON COUNCIL. Public Services Scrutiny Committee. Monday, 3 November 2008 at 7.30 pm. "
                     "Presiding Chairperson: Councillor T G O'Hanlon. Members present: Councillors Brown and Green.",
                     kind="minutes", day=date(2008, 11, 3), title="Public Services Scrutiny Committee")
    without = _paper("MERTON COUNCIL. Public Services Scrutiny Committee. Monday, 3 November 2008 at 7.30 pm. "
                     "Members present: Councillors Brown and Green.", kind="minutes", day=date(2008, 11, 3),
                     title="Public Services Scrutiny Committee")
    assert _strength(question, minutes) >= 2 * _strength(question, without)


@pytest.mark.parametrize(
    ("question", "answer", "near_miss"),
    [
        ("What was the turnover rate of permanent social work staff in Merton?",
         "The turnover rate of permanent social work staff was 14% last year.",
         "The Committee noted that it would be provided with details of the turnover of permanent staff."),
        ("What follow-up questions did Cllr Sweeting submit to Democratic Services?",
         "Cllr Sweeting submitted follow-up questions to Democratic Services on caseloads and agency staff.",
         "Cllr Sweeting would provide a list of follow-up questions to Democratic Services."),
    ],
)
def test_a_promise_of_the_thing_asked_for_does_not_state_it(question, answer, near_miss):
    minutes = dict(kind="minutes", day=date(2017, 11, 23), title="Children's Services Improvement")
    assert _strength(question, _paper(answer, **minutes)) >= 1.5 * _strength(question, _paper(near_miss, **minutes))


def test_a_question_about_a_promise_is_answered_by_one():
    question = "When will the committee receive details of the turnover of permanent staff?"
    promise = "The Committee noted that it would be provided with details of the turnover of permanent staff in June 2018."
    assert _strength(question, _paper(promise, kind="minutes", day=date(2018, 3, 1))) >= 0.5


def test_a_figure_must_be_of_the_measure_asked_for():
    question = "What is Merton's budget for adult social care?"
    budget = "The adult social care budget for the year is £120 million."
    other = "Adult social care supported 1,200 care leavers and 300 children in care this year."
    assert _strength(question, _paper(budget)) >= 1.5 * _strength(question, _paper(other))


def test_a_named_meeting_must_be_the_papers_own():
    question = "What did Merton's committee decide at its April 2015 meeting?"
    own = _paper("RESOLVED: that the improvement plan be approved.", kind="minutes", day=date(2015, 4, 20))
    ahead = _paper("RESOLVED: that a completed improvement plan be brought to the April 2015 meeting of the Committee.",
                   kind="minutes", day=None)
    assert _strength(question, own) >= 1.5 * _strength(question, ahead)


def test_a_named_inspection_year_must_be_the_reports_own():
    question = "What was the outcome of Merton's full Ofsted inspection in 2023?"
    report = _paper("Overall effectiveness: Good. Merton's full Ofsted inspection in 2023 found services good.",
                    day=date(2023, 3, 6))
    ahead = _paper("The Committee considered the preparedness for the full Ofsted inspection expected in spring 2023.",
                   kind="minutes", day=None, title="Improvement programme")
    assert _strength(question, report) >= 1.5 * _strength(question, ahead)


def test_a_dated_meeting_of_a_body_named_after_the_council_is_that_meeting():
    # Search drops a council filter that finds no papers; the dated panel's own minutes are then the meeting's.
    question = "Who was Lancaster's police and crime commissioner at the December 2012 panel?"
    panel = _paper("Mr C Grunshaw, Police and Crime Commissioner for Lancashire, attended the panel.", kind="minutes",
                   council="Lancaster Police and Crime Panel", day=date(2012, 12, 17), title="Police and Crime Panel")
    undated = replace(panel, council="Lancaster Police and Crime Panel", meeting_date=None)
    assert _strength(question, panel) >= 0.5
    assert _strength(question, panel) > _strength(question, undated)


def test_a_compound_question_is_as_strong_as_its_best_answered_clause():
    # The answer gives what the papers hold for each clause: one clause they do not answer leaves the other answerable.
    minutes = _paper("The report on planning appeals received was noted. The appeal concerned land at Mill Lane, "
                     "where permission for four houses had been refused.", kind="minutes", day=date(2024, 5, 2),
                     title="Planning appeals")
    both = "Which site was the planning appeal about, and who was the inspector who decided it?"
    assert _strength(both, minutes) == pytest.approx(_strength("Which site was the planning appeal about?", minutes))
    assert _strength(both, minutes) > _strength("Who was the inspector who decided the planning appeal?", minutes)


def test_minutes_after_a_dated_event_report_on_it():
    question = "What actions had Merton taken following the July 2018 Ofsted monitoring visit?"
    later = _paper("Following the July 2018 Ofsted monitoring visit, Merton refreshed its management standards.",
                   kind="minutes", day=date(2018, 9, 18), title="Children's Services Improvement")
    assert _strength(question, later) >= 0.5


def test_a_later_paper_may_say_what_happened_before_a_date():
    # "before February 2014" is answered by the February agenda that names the board's previous meeting.
    question = "When had Merton's partnership board last met before February 2014?"
    agenda = _paper("Confirm the draft minutes of the meeting of the Partnership Board held on 18 November 2013.",
                    kind="agenda", day=date(2014, 2, 3), title="Partnership Board")
    assert strength_features(question, hits(agenda), today=date(2025, 12, 1))["period_missing"] == 0.0


def test_the_refusal_model_reads_the_features_the_evidence_gives():
    question = "How many cases were in the Assessment Service in July 2018?"
    features = strength_features(question, hits(croydon("1800 cases"), croydon("Case Transfer policy")))
    assert set(features) == set(STRENGTH_FEATURES)
    assert features["answer_type"] == 1.0 and features["best_selected"] > 0
    assert features["fact_missing"] == 0.0


def test_a_count_must_be_of_what_was_asked():
    from retrieval.evidence import _names_measure

    asked = "How many foster carers did Hillingdon have in 2014?"
    assert not _names_measure(asked, "By September 2014, this figure had reached 90%.")  # the next figure along
    assert _names_measure(asked, "Hillingdon had 120 foster carers in March 2014.")
    assert _names_measure("How many written statements can be read out?", "Two statements may be read out.")
    assert _names_measure("What did the committee decide?", "It approved 3 applications.")  # no count asked


def test_the_figure_asked_for_may_be_in_the_sentence_after_the_one_naming_the_matter():
    # minutes name the matter, then give its figure: the sentence after counts for the fact, where it shares the topic
    question = "What did the Diamond Park plinth project cost?"
    named = "The Clerk reported that the Diamond Park Plinth project, which tells the history of the collieries, was complete."
    after = _paper(f"{named}\nThe total cost of the works had come in under budget at £3,450.", kind="minutes",
                   day=date(2019, 6, 6), title="Town Council")
    assert strength_features(question, hits(after))["fact_missing"] == 0.0
    unrelated = _paper(f"{named}\nThe next meeting will be held on 4 July with 12 members.", kind="minutes",
                       day=date(2019, 6, 6), title="Town Council")
    assert strength_features(question, hits(unrelated))["fact_missing"] == 1.0  # a figure, but not of the matter


def test_a_sentence_leading_into_the_next_carries_its_fact():
    minutes = make_chunk("1.\nApologies for absence were received from Councillors; John Gowing and Christine Wheelan.\n"
                         "2.\nDeclarations of Interest.", "panel-2024", committee="Police and Crime Panel",
                         meeting_date=date(2024, 9, 25))
    _, flags, _, _ = rule_parts("Which councillors gave apologies to the panel?", hits(minutes))
    assert not flags["fact_missing"]


def test_the_date_naming_a_meeting_does_not_take_its_topic_from_the_sentence_asked_about():
    # The question's date says which meeting; the paper's date line then shares most words with it, and the apologies
    # sentence must still count as on the topic where the paper is of that meeting.
    text = "TUESDAY 20 OCTOBER 2015.\nAPOLOGIES.\nApologies for absence were intimated on behalf of Councillor A Wright."
    question = "Who sent apologies to Moray's infrastructure committee on 20 October 2015?"
    held = make_chunk(text, "moray", council="Moray", committee="Infrastructure Committee",
                      meeting_date=date(2015, 10, 20), kind="minutes")
    assert not rule_parts(question, hits(held))[1]["fact_missing"]
    # A paper of another meeting that gives the date is about it, so its words stay the topic.
    later = replace(held, meeting_date=date(2015, 11, 17))
    assert rule_parts(question, hits(later))[1]["fact_missing"]
