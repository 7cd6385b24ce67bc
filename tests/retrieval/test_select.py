"""The sentence selector: its generic features, and scores from a fitted model."""
from __future__ import annotations

from retrieval.scoring import score_sentences
from retrieval.select import FEATURES, Logistic, boilerplate, rescore, selector, sentence_features
from tests.retrieval.passages import hits, make_chunk

_MINUTES = make_chunk(
    "Councillor Reed asked whether the library in Hadley would close. The Cabinet Member replied that the Hadley "
    "library would stay open until March 2027 at a cost of £40,000 a year. The meeting ended at 8.15pm.",
    "minutes/hadley",
    council="Anyshire",
    committee="Cabinet",
    title="Cabinet minutes",
)
_HEADER = make_chunk(
    "Report author: Jane Doe, Head of Libraries, jane.doe@anyshire.gov.uk\nWards affected: All Wards\n"
    "The Hadley library budget for 2026/27 is £40,000.",
    "report/hadley",
    council="Anyshire",
    committee="Cabinet",
    title="Libraries report",
)


def _features(question: str, *chunks) -> tuple[list, list[dict[str, float]]]:
    ranked = hits(*chunks)
    candidates = score_sentences(question, ranked)
    return candidates, [dict(zip(FEATURES, row)) for row in sentence_features(question, ranked, candidates)]


def test_a_question_quoted_back_is_marked_and_the_reply_is_too():
    candidates, rows = _features("Will the Hadley library close?", _MINUTES)
    by_text = {c.readable[:20]: r for c, r in zip(candidates, rows)}
    assert by_text["Councillor Reed aske"]["question"] == 1.0
    assert by_text["The Cabinet Member r"]["question"] == 0.0
    assert by_text["The Cabinet Member r"]["reply"] == 1.0


def test_header_lines_read_as_boilerplate_and_statements_do_not():
    assert boilerplate("Report author: Jane Doe, Head of Libraries, jane.doe@anyshire.gov.uk", "sentence") >= 0.5
    assert boilerplate("Wards Affected All Wards", "sentence") >= 0.5
    assert boilerplate("The Hadley library budget for 2026/27 is £40,000.", "sentence") == 0.0


def test_features_mark_the_rare_words_the_fact_and_the_place_in_the_passage():
    candidates, rows = _features("What is the budget for Hadley library?", _HEADER, _MINUTES)
    budget = next(r for c, r in zip(candidates, rows) if "budget for 2026/27" in c.readable)
    ended = next(r for c, r in zip(candidates, rows) if "ended at" in c.readable)
    assert budget["rare"] > ended["rare"]
    assert budget["fact"] == 1.0 and budget["fact_missing"] == 0.0
    assert budget["passage_rank"] > ended["passage_rank"]
    assert budget["named"] == 1.0  # "Hadley", which the question capitalises
    assert len(rows) == len(candidates) and all(len(r) == len(FEATURES) for r in rows)


def test_rescore_ranks_by_the_model_and_keeps_sentences_without_question_words_at_zero():
    # A model that only dislikes questions quoted back: the reply outranks the question it answers.
    weights = tuple(-5.0 if name == "question" else 0.0 for name in FEATURES)
    model = Logistic(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES), weights, 0.0)
    ranked = hits(_MINUTES)
    question = "Will the Hadley library close?"
    rescored = rescore(question, ranked, score_sentences(question, ranked), model)
    best = max(rescored, key=lambda c: c.score)
    assert best.readable.startswith("The Cabinet Member replied")
    assert all(0.0 <= c.score <= 1.0 for c in rescored)


def test_the_fitted_selector_reads_its_own_features():
    model = selector()
    if model is not None:  # present once evals/calibrate.py has been run
        assert model.names == FEATURES and len(model.weights) == len(FEATURES)


def test_a_year_the_question_names_is_taken_out_of_a_date_whole_not_leaving_a_figure():
    from retrieval.scoring import score_sentences
    from tests.retrieval.passages import hits, make_chunk

    question = "How much money did the Cabinet put into the Community Fund in October 2010?"
    found = score_sentences(question, hits(make_chunk("Thursday, 28th October, 2010.", "a")))
    assert [c.fact for c in found] == [0.0]  # "28th" is the day of a date, not the money asked for
    found = score_sentences(question, hits(make_chunk("The Cabinet put £20K into the Community Fund in 2010.", "b")))
    assert [c.fact for c in found] == [1.0]


def test_a_chairs_title_answers_for_chaired():
    from retrieval.scoring import score_sentences
    from tests.retrieval.passages import hits, make_chunk

    found = score_sentences("Who chaired the Cabinet on 28 October 2010?",
                            hits(make_chunk("Cllr Ken Lupton (Chairman), Cllr Jim Beall.", "c")))
    assert found[0].topical > 0  # "Chairman" stands for "chaired"
