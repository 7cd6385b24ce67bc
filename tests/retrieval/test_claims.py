"""The claim checker: sentence verdicts, markers removed and renumbered, and the calibration behind its thresholds."""
from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.claims import (
    LEXICAL_MIN,
    answer_sentences,
    check_answer,
    content_words,
    markers,
    numbers,
    passage_sentences,
)

# Passages copied from ../shared/corpus/seeds/000_d30d108b706bb908.txt (Croydon, Children and Young
# People Scrutiny Sub-Committee, on the July 2018 Ofsted monitoring visit), so these tests always run.
ACTIONS = """The Sub-Committee was informed that following the monitoring visit, a number of actions had been taken to address some of the areas of concern highlighted which included the following:

-Reaffirmation of Management standards

-Management and Practice groups had been refreshed and refocused on actions points within the improvement plan.

-Focus on recruitment to address key issues of capacity and the retention of quality staff.

-There was a drive to address high caseloads which continued to cause concern"""

TEAMS = (
    "Following on from the July 2018 inspection, one of the actions carried out was the commissioning of a provider "
    "for three temporary social work teams to focus on incoming duty work, which would allow the other five "
    "Assessment teams to complete tasks related to existing cases. At the end of July there were 1800 cases in the "
    "Assessment Service, which had now been reduced to 1300. The Service commissioned had achieved the intended "
    "impact and had allowed for a steady flow and business as usual."
)

VISITS = (
    "The Vice-Chair queried the overall progression made on the plan and how the Council was progressing against "
    "the Ofsted inspection time frame. Officers stated that the Ofsted time frame had previously been based on there "
    "being 8 monitoring visits and then an inspection, this had now been reduced to 6 Monitoring visits. Croydon has "
    "had 3 visits to date with the next due to take place at the beginning of October. Ofsted had acknowledged that "
    "progress was being made but not quickly enough."
)

PASSAGES = {1: ACTIONS, 2: TEAMS, 3: VISITS}

SUPPORTED = [
    "Following the monitoring visit, management standards were reaffirmed and recruitment became a focus, "
    "to address capacity and the retention of quality staff [1].",
    "Three temporary social work teams were commissioned to focus on incoming duty work [2].",
    "Cases in the Assessment Service were reduced from 1,800 to 1,300 [2].",
    "Croydon has had 3 monitoring visits, with the next due at the beginning of October [3].",
]
HALLUCINATED = "The council spent £4 million on agency staff [1]."


def test_a_supported_answer_is_kept_whole():
    text = " ".join(SUPPORTED)
    checked = check_answer(text, PASSAGES)
    assert [s.supported for s in checked.sentences] == [True] * 4, [s.reason for s in checked.sentences]
    assert checked.kept_text == text
    assert checked.renumbering == {1: 1, 2: 2, 3: 3}
    assert checked.dropped == ()


def test_an_invented_figure_is_dropped_and_the_rest_kept():
    text = f"{SUPPORTED[1]} {HALLUCINATED} {SUPPORTED[2]}"
    checked = check_answer(text, PASSAGES)
    bad = checked.sentences[1]
    assert not bad.supported and bad.reason == "number not in cited passages: 4"
    # The marker [1] is no longer used, so [2] becomes [1].
    assert checked.kept_text == f"{SUPPORTED[1]} {SUPPORTED[2]}".replace("[2]", "[1]")
    assert checked.renumbering == {2: 1}


def test_invented_words_without_figures_are_dropped():
    text = "The Sub-Committee criticised officers for failing to recruit enough permanent social workers [1]."
    verdict = check_answer(text, PASSAGES).sentences[0]
    assert not verdict.supported and verdict.reason.startswith("too few words in cited passages")
    assert verdict.lexical < LEXICAL_MIN


def test_a_citation_to_a_missing_passage_is_flagged_and_removed():
    text = "Croydon has had 3 visits to date [7]. The Ofsted time frame had been reduced to 6 monitoring visits [3][7]."
    checked = check_answer(text, PASSAGES)
    alone, shared = checked.sentences
    assert not alone.supported and alone.reason == "unknown citation [7]" and alone.unknown == (7,)
    assert shared.supported and "unknown citation [7]" in shared.reason
    assert checked.kept_text == "The Ofsted time frame had been reduced to 6 monitoring visits [1]."
    assert checked.renumbering == {3: 1}


def test_an_uncited_sentence_is_dropped():
    text = f"This shows a real commitment to improvement. {SUPPORTED[3]}"
    checked = check_answer(text, PASSAGES)
    assert [(s.supported, s.reason) for s in checked.sentences][0] == (False, "uncited")
    assert checked.kept_text == SUPPORTED[3].replace("[3]", "[1]")


def test_a_refusal_leaves_nothing():
    checked = check_answer("The papers don't say.", PASSAGES)
    assert checked.kept_text == "" and checked.renumbering == {}


def test_markers_are_renumbered_in_order_of_first_use():
    text = f"{SUPPORTED[3]} {SUPPORTED[0]} {SUPPORTED[2]}"
    checked = check_answer(text, PASSAGES)
    assert checked.renumbering == {3: 1, 1: 2, 2: 3}
    assert checked.kept_text == f"{SUPPORTED[3][:-4]}[1]. {SUPPORTED[0][:-4]}[2]. {SUPPORTED[2][:-4]}[3]."


def test_a_passage_that_shares_nothing_with_its_sentence_loses_its_marker():
    text = "Cases in the Assessment Service were reduced to 1300 [2][3]."
    checked = check_answer(text, PASSAGES)
    assert checked.sentences[0].supported and "irrelevant citation [3]" in checked.sentences[0].reason
    assert checked.kept_text == "Cases in the Assessment Service were reduced to 1300 [1]."


def test_marker_forms_and_positions():
    assert markers("Both [1, 3] and [2–4] and [2] again.") == (1, 3, 2, 4)
    text = "Croydon has had 3 visits to date. [3] Ofsted said progress was being made [3]."
    checked = check_answer(text, PASSAGES)
    assert [s.markers for s in checked.sentences] == [(3,), (3,)]
    assert checked.kept_text == "Croydon has had 3 visits to date. [1] Ofsted said progress was being made [1]."


def test_answer_sentences_keep_their_markers():
    text = "Ofsted visited in July 2018, e.g. the third visit [1]. It found improving practice. [2] Pace was slow [1][2]"
    assert answer_sentences(text) == [
        "Ofsted visited in July 2018, e.g. the third visit [1].",
        "It found improving practice. [2]",
        "Pace was slow [1][2]",
    ]


def test_paragraphs_keep_their_blank_lines():
    text = f"{SUPPORTED[1]}\n\n{HALLUCINATED}\n\n{SUPPORTED[3]} {SUPPORTED[2]}"
    checked = check_answer(text, PASSAGES)
    assert checked.kept_text == f"{SUPPORTED[1][:-4]}[1].\n\n{SUPPORTED[3][:-4]}[2]. {SUPPORTED[2][:-4]}[1]."


def test_bulleted_answers_keep_their_bullets():
    text = f"- {SUPPORTED[1]}\n- {HALLUCINATED}\n- {SUPPORTED[3]}"
    checked = check_answer(text, PASSAGES)
    assert checked.kept_text == f"- {SUPPORTED[1]}\n- {SUPPORTED[3]}".replace("[2]", "[1]").replace("[3]", "[2]")


def test_numbers_are_read_as_digits():
    assert numbers("1,800 cases, three teams, the 4th visit, 35% and £1.5m in 2013/14 [7]") == {
        "1800", "3", "4", "35", "1.5", "2013", "14"
    }
    assert "8" in numbers(VISITS) and "3" in numbers(TEAMS)  # "three temporary social work teams"


def test_content_words_drop_stopwords_framing_and_endings():
    assert content_words("The minutes say that the monitoring visits were refocused [2].") == {"monitor", "visit", "refocus"}


def test_evidence_is_a_verbatim_passage_sentence():
    verdict = check_answer(SUPPORTED[2], PASSAGES).sentences[0]
    (evidence,) = verdict.evidence
    assert evidence.n == 2 and evidence.sentence in TEAMS
    assert evidence.sentence == "At the end of July there were 1800 cases in the Assessment Service, which had now been reduced to 1300."


def test_passage_sentences_are_verbatim():
    sentences = passage_sentences(ACTIONS)
    assert sentences[1] == "-Reaffirmation of Management standards"
    assert all(s in ACTIONS for s in sentences)


def test_headers_count_as_support_but_are_never_quoted():
    text = "Croydon was told that 3 temporary teams were commissioned in 2018 [1]."
    passage = "A provider was commissioned for three temporary social work teams."
    assert not check_answer(text, {1: passage}).sentences[0].supported
    verdict = check_answer(text, {1: passage}, headers={1: "Croydon\n11 September 2018"}).sentences[0]
    assert verdict.supported and verdict.evidence[0].sentence == passage


# The calibration set behind the thresholds in retrieval/claims.py: sentences a chat model might write
# from real seed passages, faithfully or not. (passage key, sentence)
FAITHFUL = [
    ("teams", "After the July 2018 inspection, a provider was commissioned for three temporary social work teams to handle incoming duty work [1]."),
    ("teams", "Cases in the Assessment Service fell from 1,800 at the end of July to 1,300 [1]."),
    ("visits", "Ofsted reduced the number of monitoring visits before an inspection from 8 to 6 [1]."),
    ("visits", "Croydon had had 3 monitoring visits, with the next due at the beginning of October [1]."),
    ("actions", "Actions taken after the monitoring visit included reaffirming management standards and focusing on recruitment and retention of quality staff [1]."),
    ("actions", "There was a drive to tackle high caseloads, which remained a concern [1]."),
    ("intro", "Ofsted's July 2018 monitoring visit found improving practice, but said the pace of improvement was too slow [1]."),
    ("plo", "The average duration of completed care cases was 34 weeks, down from 57 weeks in 2013/14 [1]."),
    ("plo", "The aim was for children to achieve a final care order and permanency plan within 26 weeks [1]."),
    ("plan", "Ofsted endorsed Hillingdon's Action Plan in June 2014; 30 of its 41 actions had been completed [1]."),
    ("lbth", "Ofsted rated Tower Hamlets' children's services inadequate in April 2017 [1]."),
    ("lbth", "The council's improvement plan aims to reach a 'good' rating by April 2019 [1]."),
    ("coughlan", "Mr Coughlan, the independent chair of the Improvement Board, said the County Council had coped admirably [1]."),
    ("coughlan", "The trust order was rescinded, the first time the DfE had ever done so [1]."),
    ("teams", "The commissioned service achieved its intended impact [1]."),
    ("intro", "The report included Ofsted's published outcome letter, which showed practice was improving [1]."),
    ("visits", "The Ofsted timeframe had been cut from eight monitoring visits to six [1]."),
    ("coughlan", "Mr Coughlan said the cost-of-living crisis and a national recruitment crisis added to the challenge [1]."),
]
INVENTED = [
    ("teams", "The council spent £4 million on agency staff [1]."),
    ("actions", "The council recruited 50 new social workers after the monitoring visit [1]."),
    ("actions", "The Sub-Committee criticised officers for failing to recruit enough permanent social workers [1]."),
    ("teams", "The temporary teams were disbanded because they failed to reduce caseloads [1]."),
    ("visits", "Ofsted said Croydon was making progress quickly enough [1]."),  # a negation: passes both checks
    ("intro", "The Director resigned after the monitoring visit [1]."),
    ("plo", "The Public Law Outline was abandoned because judges opposed it [1]."),
    ("plan", "Ofsted rejected Hillingdon's Action Plan as inadequate [1]."),
    ("lbth", "Tower Hamlets was rated outstanding by Ofsted [1]."),
    ("coughlan", "Mr Coughlan resigned as chair of the Improvement Board because of the cost-of-living crisis [1]."),
    ("teams", "Five new assessment teams were created to clear the backlog of duty work [1]."),
    ("visits", "The Chair asked officers to resign over the slow pace of progress [1]."),
    ("actions", "Management standards were abolished and practice groups disbanded [1]."),
    ("plo", "Hillingdon's children's homes were closed to save money [1]."),
    ("lbth", "Tower Hamlets' social workers went on strike over caseloads [1]."),
    ("coughlan", "West Sussex was rated outstanding at its full inspection [1]."),
    ("plan", "The Committee voted to scrap the Ofsted Action Plan [1]."),
]
CROYDON = "Croydon\nChildren and Young People Scrutiny Sub-Committee"
HILLINGDON = "Hillingdon\nChildren, Young People and Learning Policy Overview Committee"


def _line(text: str, start: str) -> str:
    i = text.index(start)
    end = text.find("\n", i)
    return text[i:] if end < 0 else text[i:end]


@pytest.fixture(scope="module")
def calibration(seeds: Path) -> dict[str, tuple[str, str]]:
    """Passage key -> (passage, header), cut from the seed papers."""
    s0, s1, s3, s4 = (
        (seeds / name).read_text(encoding="utf-8")
        for name in (
            "000_d30d108b706bb908.txt", "001_f87258b63b75509e.txt", "003_2f11d8ed7809beb6.txt", "004_176122b48adf2275.txt"
        )
    )
    actions = s0[s0.index("The Sub-Committee was informed that following"): s0.index("The Sub-Committee was informed that out of")]
    return {
        "actions": (actions.strip(), CROYDON),
        "teams": (_line(s0, "Following on from the July 2018"), CROYDON),
        "visits": (_line(s0, "The Vice-Chair queried"), CROYDON),
        "intro": (_line(s0, "The Director of the Children"), CROYDON),
        "plo": (_line(s1, "Progress had been made in relation"), HILLINGDON),
        "plan": (_line(s1, "In June 2014"), HILLINGDON),
        "lbth": (_line(s3, "The Committee received a report"), "Tower Hamlets\nOverview & Scrutiny Committee\n23 November 2017"),
        "coughlan": (_line(s4, "27.2"), "West Sussex\nChildren and Young People's Services Scrutiny Committee"),
    }


def _verdicts(calibration, rows, embed=None):
    out = []
    for key, sentence in rows:
        passage, header = calibration[key]
        out.append(check_answer(sentence, {1: passage}, embed, headers={1: header}).sentences[0])
    return out


def test_calibration_on_words_alone(calibration):
    kept = [v.supported for v in _verdicts(calibration, FAITHFUL)]
    passed = [v.text for v in _verdicts(calibration, INVENTED) if v.supported]
    assert sum(kept) >= 15, "LEXICAL_MIN drops more faithful sentences than it was chosen to"
    assert len(passed) <= 3, passed


@pytest.fixture(scope="session")
def embed(embedder):
    return embedder.embed


@pytest.mark.slow
def test_calibration_with_the_embedder(calibration, embed):
    faithful = _verdicts(calibration, FAITHFUL, embed)
    invented = _verdicts(calibration, INVENTED, embed)
    assert sum(v.supported for v in faithful) >= 17, [v.reason for v in faithful if not v.supported]
    assert [v.text for v in invented if v.supported] == [INVENTED[4][1]]  # only the negation gets through
    assert all(v.semantic is not None for v in faithful + invented)


@pytest.mark.slow
def test_the_embedder_vetoes_what_words_alone_would_keep(calibration, embed):
    # Every word but one is in the passage, so the words pass; what the sentence says is not there.
    for key, sentence in (INVENTED[8], INVENTED[9]):
        passage, header = calibration[key]
        assert check_answer(sentence, {1: passage}, headers={1: header}).sentences[0].supported
        verdict = check_answer(sentence, {1: passage}, embed, headers={1: header}).sentences[0]
        assert not verdict.supported and verdict.reason.startswith("unlike any cited sentence")


@pytest.mark.slow
def test_with_the_embedder_evidence_is_the_closest_sentence(embed):
    mixed = f"{SUPPORTED[2].replace('[2]', '[1]')} Management and Practice groups were abolished [2]."
    checked = check_answer(mixed, {1: TEAMS, 2: ACTIONS}, embed)
    assert [s.supported for s in checked.sentences] == [True, False]
    (evidence,) = checked.sentences[0].evidence
    assert evidence.sentence == "At the end of July there were 1800 cases in the Assessment Service, which had now been reduced to 1300."
    assert checked.sentences[0].semantic >= evidence.score > 0.7
