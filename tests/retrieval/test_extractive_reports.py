"""The answerer on inspection reports: judgement tables, lead inspectors, lists of what needs to improve, figures."""
from __future__ import annotations

from datetime import date

from retrieval.extractive import answer_extractively
from ingest.records import Chunk
from tests.retrieval.answers import assert_well_formed
from tests.retrieval.passages import MERTON_FULL_TABLE, MERTON_OPENING, MERTON_PRACTICE, hits, make_chunk


def test_who_led_and_what_were_the_judgements_gives_the_lead_inspector_and_every_grade():
    question = "Who led the 2025 inspection of Merton, and what were the judgements?"
    text, citations = answer_extractively(question, hits(MERTON_OPENING, MERTON_PRACTICE, MERTON_FULL_TABLE))
    assert_well_formed(text, citations)
    assert "Lead inspector: Amanda Quist" in text
    for row in ("social work practice with children and families: Outstanding", "children in care: Good",
                "care leavers: Outstanding", "Overall effectiveness: Outstanding"):
        assert row in text
    assert "Inspection dates: 7 to 11 July 2025" in text  # when the grades were given


def test_a_question_about_one_topic_gets_the_grade_for_that_topic_only():
    text, _ = answer_extractively("What does Ofsted say about care leavers?", hits(MERTON_PRACTICE, MERTON_FULL_TABLE))
    assert "The experiences and progress of care leavers: Outstanding" in text
    assert "Overall effectiveness" not in text


KENT = dict(council="Kent", committee=None, meeting_date=date(2025, 11, 3), kind="inspection report",
            title="Ofsted inspection of Kent County Council children’s services")


def test_areas_for_improvement_are_what_the_report_lists_under_what_needs_to_improve():
    summary = make_chunk("Senior leaders have identified the same areas for improvement as the inspection team, but "
                         "corporately, the response has been slow.", "ofsted-kent", 4, **KENT)
    listed = make_chunk(
        "- The quality of support offered to care leavers. (outcome 4, national framework)\n"
        "- The quality and choice of accommodation for care leavers. (outcome 4, national framework)\n"
        "- How consistently social workers have manageable caseloads. (enabler 2, national framework)",
        "ofsted-kent", 5, headings=("Inspection of Kent County Council children’s services", "What needs to improve?1"),
        **KENT)
    text, citations = answer_extractively("What are the areas for improvement in Kent's children's services?",
                                          hits(summary, listed))
    assert_well_formed(text, citations)
    for item in ("support offered to care leavers", "accommodation for care leavers", "manageable caseloads"):
        assert item in text


def test_a_figure_told_beside_the_chosen_one_joins_it():
    chunk = make_chunk(
        "The Vice-Chair queried progress against the Ofsted inspection time frame. Officers stated that the time frame "
        "had been based on there being 8 monitoring visits and then an inspection, this had now been reduced to 6 "
        "monitoring visits. Croydon has had 3 visits to date with the next due in October. Ofsted had acknowledged "
        "that progress was being made.", "croydon-2018", 6)
    question = ("How many Ofsted monitoring visits had Croydon had by the time of the meeting, and how many were "
                "planned before re-inspection?")
    text, citations = answer_extractively(question, hits(chunk))
    assert_well_formed(text, citations)
    assert "reduced to 6 monitoring visits" in text and "Croydon has had 3 visits to date" in text


def test_a_list_may_repeat_a_line_from_another_paper():
    def opening(council: str, day: date) -> Chunk:
        return make_chunk(f"Inspection dates: {day.day} to {day.day + 4} {day:%B %Y}\nLead inspector: Claire "
                          "Beckingham, His Majesty’s Inspector", f"ofsted-{council}", 0, council=council, committee=None,
                          meeting_date=day, kind="inspection report", title=f"Ofsted inspection of {council}")
    text, citations = answer_extractively("Which inspections did Claire Beckingham lead?",
                                          hits(opening("Merton", date(2025, 7, 14)), opening("Camden", date(2025, 3, 3))))
    assert_well_formed(text, citations)
    assert {c.chunk.council for c in citations} == {"Merton", "Camden"}


_CROYDON_REPORT = dict(committee=None, kind="inspection report", meeting_date=date(2024, 10, 14),
                       title="Ofsted inspection of Croydon local authority children’s services")


def test_one_passage_gives_more_than_two_sentences_when_each_is_squarely_on_topic():
    chunk = make_chunk(
        "The out-of-hours service responds inconsistently to children in emergency situations. The out-of-hours "
        "service lacks the staff capacity to answer calls promptly. The out-of-hours service redesign has lacked "
        "sufficient energy. Leaders are investing in early help.", "croydon-ofsted", 7, **_CROYDON_REPORT)
    other = make_chunk("Leaders have plans to improve services, including those out of hours.", "croydon-ofsted", 38,
                       **_CROYDON_REPORT)
    text, citations = answer_extractively("What did Ofsted say about the out-of-hours service?", hits(chunk, other))
    assert_well_formed(text, citations)
    for phrase in ("responds inconsistently", "lacks the staff capacity", "redesign"):
        assert phrase in text


_REPORT = dict(
    council="Merton", committee=None, meeting_date=date(2025, 7, 14),
    title="Ofsted inspection of Merton local authority children’s services", kind="inspection report",
)


def test_a_who_question_answered_by_its_best_sentence_is_not_padded_with_a_shared_stem():
    lead = make_chunk(
        "Lead inspector: Jane Smith, His Majesty’s Inspector.", "ofsted-merton-2025", 0, page=1, **_REPORT
    )
    noise = make_chunk(
        "The LADO service is effective, and patterns are monitored and escalated, leading to defined actions to "
        "improve safety. The Corporate Parenting Board has embedded a whole-council approach, with pledges and "
        "leads at director level. A passionate, committed and well-informed lead member works with the cabinet.",
        "ofsted-merton-2025", 1, page=4, **_REPORT,
    )
    text, citations = answer_extractively("Who led the inspection of Merton in July 2025?", hits(lead, noise))
    assert_well_formed(text, citations)
    assert text == "Lead inspector: Jane Smith, His Majesty’s Inspector [1]."
    assert len(citations) == 1


def test_one_paper_dealing_with_a_topic_outweighs_passing_mentions_elsewhere():
    def report(text: str, council: str, doc: str) -> Chunk:
        return make_chunk(text, doc, 0, council=council, committee=None, meeting_date=date(2025, 3, 3),
                          title=f"Ofsted inspection of {council} local authority children’s services",
                          kind="inspection report", page=5)

    passing = [
        report("When children are subject to section 20 voluntary care, management oversight is less strong.",
               "Blackburn", "ofsted-blackburn"),
        report("When needed, children are accommodated under section 20.", "Southwark", "ofsted-southwark"),
        report("Permanence: children looked after either by being accommodated under section 20 or in care "
               "as a result of proceedings.", "Lambeth", "ofsted-lambeth"),
    ]
    minutes = [
        make_chunk("A Member raised concerns about the progression of cases of Section 20 accommodated children. "
                   "Following a request by a Member, officers agreed to provide figures relating to Section 20 "
                   "accommodated children. Officers pointed out that the last Ofsted monitoring visit had also raised "
                   "this as an area of concern.", "minutes-2019", 1, meeting_date=None),
        make_chunk("Further information was required on the figures for children accommodated under Section 20.",
                   "minutes-2019", 2, meeting_date=None),
        make_chunk("Officers circulate figures on the amount of cases of Section 20 accommodated children to the "
                   "Committee after the meeting.", "minutes-2019", 0, meeting_date=None,
                   headings=("The Sub-Committee RESOLVED to recommend that:",)),
    ]
    ranked = hits(minutes[2], minutes[0], passing[0], minutes[1], passing[1], passing[2])  # as retrieval ranks them
    text, citations = answer_extractively("What did Ofsted say about Section 20?", ranked)
    assert_well_formed(text, citations)
    assert "Officers circulate figures on the amount of cases of Section 20" in text
    assert "officers agreed to provide figures relating to Section 20" in text
    # The minutes give most of the answer; with the learned selector one report's own sentence on section 20 (what
    # Ofsted said there) may join them, never all three passing mentions.
    from_minutes = [c for c in citations if c.chunk.doc_id == minutes[0].doc_id]
    assert len(from_minutes) > len(citations) - len(from_minutes)
    assert len(citations) - len(from_minutes) <= 1
