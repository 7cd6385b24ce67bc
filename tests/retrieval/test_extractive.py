"""The extractive answerer, on real seed minutes chunked by the ingest code."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from retrieval.extractive import answer_extractively
from retrieval.records import Hit
from tests.retrieval.answers import assert_well_formed, cited, sentences
from tests.retrieval.passages import (
    OFSTED_LEAD,
    OFSTED_TABLE,
    TOWER_HAMLETS_NOVEMBER,
    TOWER_HAMLETS_SEPTEMBER,
    UNRELATED,
    croydon,
    croydon_chunks,
    hits,
    make_chunk,
)

def _section_20_hits() -> list[Hit]:
    return hits(
        croydon("progression of cases of Section 20"),
        croydon("Further information was required"),
        croydon("Officers circulate figures"),
        croydon("8 monitoring visits"),
        croydon("The Director of the Children"),
        croydon("1800 cases"),
    )


def test_how_many_selects_the_sentence_with_the_figures():
    question = "How many cases were in the Assessment Service in July 2018?"
    ranked = hits(croydon("Case Transfer policy"), croydon("1800 cases"), croydon("8 monitoring visits"), croydon("The Director"))
    text, citations = answer_extractively(question, ranked)
    assert_well_formed(text, citations)
    assert "At the end of July there were 1800 cases in the Assessment Service, which had now been reduced to 1300" in text
    assert "1800" in cited(citations, "1300").quote


def test_section_20_cites_the_sentences_and_the_resolution():
    text, citations = answer_extractively("What did Ofsted say about Section 20?", _section_20_hits())
    assert_well_formed(text, citations)
    # Ofsted's own point is given; the Members' concern it answers may or may not join it (the fitted selector's call).
    assert "the last Ofsted monitoring visit had also raised this as an area of concern and stated that planning " \
           "should occur at an earlier stage" in text
    resolution = cited(citations, "Officers circulate figures on the amount of cases of Section 20")
    assert resolution.chunk.headings == ("The Sub-Committee RESOLVED to recommend that:",)
    # The list number is the passage's, not the answer's: shown without it, quoted with it.
    assert resolution.quote.startswith("1. Officers circulate")
    assert "RESOLVED to recommend that: Officers circulate figures" in text
    assert "8 monitoring visits" not in text


def test_a_resolution_question_finds_the_resolution():
    ranked = hits(croydon("CONCLUSIONS"), croydon("Officers circulate figures"), croydon("Further information was required"))
    text, citations = answer_extractively("What did the sub-committee resolve?", ranked)
    assert_well_formed(text, citations)
    assert citations[0].quote.startswith("1. Officers circulate figures")


def test_a_follow_up_s_own_words_weigh_more_than_the_carried_ones():
    ranked = hits(
        croydon("progression of cases of Section 20"),
        croydon("out of the 21 recommendations"),
        croydon("Further information was required"),
        croydon("Officers circulate figures"),
    )
    question = "What did they resolve (Croydon; Ofsted Section 20)?"
    _, citations = answer_extractively(question, ranked, max_sentences=1, focus="What did they resolve?")
    assert citations[0].quote.startswith("1. Officers circulate figures")
    text, _ = answer_extractively(question, ranked, focus="What did they resolve?")
    assert "21 recommendations" not in text


def test_the_heading_a_sentence_sits_under_counts_for_it():
    improve = make_chunk(
        "- The consistency of response to children’s experiences from the local authority designated officer "
        "(LADO) service.",
        "ofsted-westminster",
        3,
        council="Westminster",
        committee=None,
        title="Ofsted inspection of Westminster local authority children’s services",
        headings=("What needs to improve?",),
        kind="inspection report",
    )
    praise = make_chunk(
        "Schools and colleges feel both supported and appropriately challenged to improve educational outcomes.",
        "ofsted-westminster",
        7,
        council="Westminster",
        committee=None,
        title="Ofsted inspection of Westminster local authority children’s services",
        headings=("The experiences and progress of children in care: outstanding",),
        kind="inspection report",
    )
    question = "What does Ofsted say Westminster needs to improve?"
    text, citations = answer_extractively(question, hits(praise, improve), max_sentences=1)
    assert_well_formed(text, citations)
    assert text.startswith("The consistency of response to children’s experiences")


def test_at_most_max_sentences_and_two_per_passage():
    chunks = croydon_chunks()
    text, citations = answer_extractively("What did Ofsted say about Section 20 and the monitoring visits?", hits(*chunks))
    assert_well_formed(text, citations)
    assert len(sentences(text)) <= 4
    per_passage = {c.n: len(re.findall(rf"\[{c.n}\]", text)) for c in citations}
    assert max(per_passage.values()) <= 2
    # (A question after what someone said may add that body's own sentence; this one asks for none.)
    text, citations = answer_extractively("What about Section 20 accommodated children?", hits(*chunks), max_sentences=1)
    assert len(sentences(text)) == 1 and len(citations) == 1


def test_two_sentences_of_one_passage_share_its_number_and_one_quote():
    text, citations = answer_extractively("What did Ofsted say about Section 20?", _section_20_hits())
    first = citations[0]
    assert text.count("[1]") >= 2
    # One quote spans the sentences, verbatim.
    parts = re.split(r"\s*\[(\d+)\]\.?\s*", text)  # sentence, its number, sentence, its number, ...
    said = [sentence for sentence, number in zip(parts[::2], parts[1::2]) if number == "1"]
    assert len(said) >= 2
    assert all(" ".join(s.split()) in " ".join(first.quote.split()) for s in said)
    assert "Ofsted monitoring visit had also raised this" in first.quote


def test_a_repeated_passage_is_cited_once():
    chunk = croydon("1800 cases")
    copy = replace(chunk, chunk_id="copy", doc_id="copy-doc")
    text, citations = answer_extractively("How many cases were in the Assessment Service?", hits(chunk, copy))
    assert_well_formed(text, citations)
    assert len(citations) == 1
    assert text.count("1800 cases") == 1


def test_meetings_are_grouped_newest_first():
    ranked = hits(TOWER_HAMLETS_SEPTEMBER, TOWER_HAMLETS_NOVEMBER)
    text, citations = answer_extractively("What did the committee say about caseloads?", ranked)
    assert_well_formed(text, citations)
    november = text.index("At the Overview & Scrutiny Committee on 23 November 2017 (Tower Hamlets)")
    september = text.index("At the Overview & Scrutiny Committee on 14 September 2017 (Tower Hamlets)")
    assert november < september
    assert "most recent" in text[november:september]
    assert "most recent" not in text[september:]
    # Numbered in order of first citation, so the newer meeting's passage is [1] although it ranked second.
    assert citations[0].chunk == TOWER_HAMLETS_NOVEMBER


def test_most_recent_is_said_only_when_every_meeting_has_a_date():
    undated = replace(TOWER_HAMLETS_SEPTEMBER, meeting_date=None, date_end=None)
    text, citations = answer_extractively("What did the committee say about caseloads?", hits(undated, TOWER_HAMLETS_NOVEMBER))
    assert_well_formed(text, citations)
    assert "most recent" not in text
    assert text.index("on 23 November 2017") < text.index("At the Overview & Scrutiny Committee (Tower Hamlets):")


def test_one_meeting_needs_no_heading():
    text, _ = answer_extractively("How many cases were in the Assessment Service?", hits(croydon("1800 cases")))
    assert text.startswith("At the end of July there were 1800 cases")
    assert "Sub-Committee on" not in text and "\n" not in text


def test_list_markers_are_shown_without_but_quoted_with():
    ranked = hits(croydon("There was a drive to address high caseloads"))
    text, citations = answer_extractively("Was there a drive to address high caseloads?", ranked)
    assert "There was a drive to address high caseloads which continued to cause concern [" in text
    assert "-There was a drive" not in text
    quoted = [c.quote for c in citations if "drive to address high caseloads" in c.quote]
    assert quoted and "-There was a drive to address high caseloads which continued to cause concern" in quoted[0]

    text, citations = answer_extractively("What did the committee say about caseloads?", hits(TOWER_HAMLETS_SEPTEMBER))
    assert not text.startswith("·") and "Noted that: Supervision audits" in text
    assert citations[0].quote.startswith("· Supervision audits")


def test_a_lead_in_brings_its_list_whatever_the_question_asks():
    awards = replace(croydon("1800 cases"), text=(
        "RESOLVED that the following recipients receive a Civic Award:\n1. Jane Collins\n2. Bob Kasanga\n"
        "3. Felicia Ogun\nThe Speaker thanked the judges."))
    text, citations = answer_extractively("Who received Civic Awards?", hits(awards))
    assert_well_formed(text, citations)
    assert all(name in text for name in ("Jane Collins", "Bob Kasanga", "Felicia Ogun"))


def test_a_lead_in_brings_the_lines_under_it_across_blank_lines():
    # "subject to the following" introduces what follows as much as a colon does; the corrections are plain
    # sentences, one a line, with blank lines between them, as a parser leaves a minutes page.
    minutes = replace(croydon("1800 cases"), text=(
        "The Minutes of 27 September 2022 were approved, subject to the following.\n\n"
        "Councillor Lauren James was marked down as present but had sent her apologies.\n\n"
        "Item 3 should have read Councillor Clarke and not Councillor James.\n\n"
        "The Presiding Member thanked members for attending the remembrance service. It was well attended."))
    text, citations = answer_extractively("What corrections were made to the minutes of 27 September 2022?",
                                          hits(minutes))
    assert_well_formed(text, citations)
    assert "Lauren James" in text and "Councillor Clarke" in text
    assert "remembrance" not in text  # a line of two sentences is no item of the list


def test_the_rest_of_a_sentence_cut_at_a_line_end_brings_its_start():
    # A parser cut the sentence at the end of its line; the line holding the date holds none of the names.
    minutes = replace(croydon("1800 cases"), text=(
        "Bus Concerns\nNo further complaints had been received.\n"
        "Mrs Roden and Mr Usborne to attend the Community Benefit Conference\n"
        "organized by the Highland Council on 24th February.\nThe next meeting is in March."))
    text, citations = answer_extractively("Who will go to the event organized by the Highland Council?", hits(minutes))
    assert_well_formed(text, citations)
    assert "24th February" in text and "Mrs Roden and Mr Usborne" in text


def test_a_lead_in_chosen_second_still_brings_its_list():
    # The sentence that best matches ("With those amendments, the minutes ... were confirmed") says there were
    # amendments; the lead-in chosen after it is worth nothing without the items it introduces.
    minutes = replace(croydon("1800 cases"), text=(
        "Minutes: The Chair proposed the following amendments to the minutes of the meeting held on 4 May 2023:\n"
        "· the inclusion of the Vice Chair among those present at the civic service.\n"
        "· the correction of the date of the litter pick to 12 May.\n"
        "With those amendments, the minutes of the meeting held on 4 May 2023 were confirmed and signed as a correct "
        "record."))
    text, citations = answer_extractively("What amendments were made to the May 2023 minutes?", hits(minutes))
    assert_well_formed(text, citations)
    assert "Vice Chair" in text and "litter pick" in text


def test_a_sentence_referring_to_the_title_above_brings_the_title():
    # "the above group" is named only in the title line it sits under
    minutes = replace(croydon("1800 cases"), text=(
        "Anyvale & District Residents Association\n"
        "The officer advised Members that the above group had folded and would like to donate its planters to the "
        "Council.\nIt was agreed to accept the donation."))
    text, citations = answer_extractively("Which group that had folded offered the council its planters?", hits(minutes))
    assert_well_formed(text, citations)
    assert "Anyvale & District Residents Association" in text


def test_a_line_stating_all_a_question_asks_answers_without_its_words():
    # "Where did the panel meet?": the venue line holds no word of the question but states the place
    agenda = replace(croydon("1800 cases"), council="Anyshire Police and Crime Panel", committee="Police and Crime Panel",
                     meeting_date=date(2013, 6, 10), title="Agenda", text=(
                         "Jim Brown Conference Suite, Central Library, The Square, Anytown AB1 2CD.\n"
                         "Please note: all papers are subject to change."))
    text, citations = answer_extractively("Where did the Anyshire panel meet on 10 June 2013?", hits(agenda))
    assert_well_formed(text, citations)
    assert "Jim Brown Conference Suite" in text and "subject to change" not in text


def test_a_sentence_continuing_the_chosen_one_joins_it():
    # what Ron said is in the sentence after the one naming him and the green
    minutes = replace(croydon("1800 cases"), text=(
        "Ron Clarke from the Borough Council was asked how many times a year the village green should be mown. "
        "He suggested once a fortnight in summer. The Chair thanked the parishioners for attending."))
    text, citations = answer_extractively("How often should the village green be mown, according to Ron Clarke?",
                                          hits(minutes))
    assert_well_formed(text, citations)
    assert "once a fortnight" in text and "parishioners" not in text


def test_a_table_row_is_a_unit():
    text, citations = answer_extractively("What was the overall effectiveness judgement for Merton?", hits(OFSTED_TABLE))
    assert_well_formed(text, citations)
    assert text.startswith("Overall effectiveness: Outstanding [1].")
    # a question about the judgements gets the whole graded table, the row it asks about first
    assert "The impact of leaders on social work practice with children and families: Good [1]." in text
    assert citations[0].quote.endswith("Overall effectiveness\tOutstanding")


def test_who_prefers_a_name():
    text, _ = answer_extractively("Who led the inspection of Merton?", hits(OFSTED_LEAD))
    assert text.startswith("The lead inspector was Amanda Quist")


def test_when_prefers_a_date():
    text, _ = answer_extractively("When was the inspection of Merton carried out?", hits(OFSTED_LEAD))
    assert text.startswith("The inspection was carried out between 7 and 11 July 2025 [1].")


def test_nothing_to_say_when_no_sentence_matches():
    assert answer_extractively("What is the budget for bin collections?", hits(*UNRELATED)) == ("", ())
    assert answer_extractively("What did Ofsted say?", []) == ("", ())


def test_source_footnote_markers_cannot_pose_as_citations():
    chunk = replace(croydon("1800 cases"), text="At the end of July there were 1800 cases in the Assessment Service [4].")
    text, citations = answer_extractively("How many cases were in the Assessment Service?", hits(chunk))
    assert text == "At the end of July there were 1800 cases in the Assessment Service (4) [1]."
    assert citations[0].quote == chunk.text


def _ofsted(text: str, position: int, headings: tuple[str, ...]):
    return replace(OFSTED_TABLE, text=text, position=position, chunk_id=f"ofsted-{position}", headings=headings)


def test_a_list_question_gets_every_item_of_the_list_under_the_heading_it_restates():
    improve = _ofsted(
        "- Services to children out of hours.\n- Consistency of practitioners for children and families.\n"
        "- Sufficiency of accommodation for children in care and care leavers.\n- Waiting time for early help support.",
        4, ("Inspection of Merton local authority children's services", "What needs to improve?"),
    )
    elsewhere = _ofsted(
        "Leaders recognise areas where improvement is needed, and this is reflected in an accurate self-evaluation. "
        "Children's needs are well understood.", 2, ("Inspection of Merton local authority children's services",),
    )
    text, citations = answer_extractively(
        "What needs to improve in Merton according to Ofsted's 2025 inspection?", hits(elsewhere, improve)
    )
    assert_well_formed(text, citations)
    for item in ("out of hours", "Consistency of practitioners", "accommodation", "early help"):
        assert item in text


def test_a_list_lead_in_brings_its_items():
    chunk = next(c for c in croydon_chunks() if "CONCLUSIONS:" in c.text)
    text, citations = answer_extractively(
        "What conclusions did the sub-committee reach?", hits(chunk, *[c for c in croydon_chunks() if c is not chunk][:3])
    )
    assert_well_formed(text, citations)
    assert "Section 20" in text and "partner" in text


def test_a_question_for_a_date_and_a_name_gets_a_sentence_stating_each():
    lines = _ofsted(
        "Inspection dates: 7 to 11 July 2025\nLead inspector: Amanda Quist, His Majesty's Inspector", 0,
        ("Inspection of Merton local authority children's services",),
    )
    other = _ofsted("Leaders are ambitious and lead a stable workforce across the borough.", 9,
                    ("The impact of leaders on social work practice with children and families: outstanding",))
    text, citations = answer_extractively("When was Merton inspected and who led it?", hits(lines, other))
    assert_well_formed(text, citations)
    assert "Amanda Quist" in text and "7 to 11 July 2025" in text


def test_what_a_body_said_includes_the_sentence_where_it_reports_on_the_topic():
    # "this" refers back to Section 20; Ofsted is the one reporting ("had also raised this").
    text, citations = answer_extractively("What did Ofsted say about Section 20?", _section_20_hits())
    assert "planning should occur at an earlier stage" in cited(citations, "earlier stage").quote
    assert "the last Ofsted monitoring visit had also raised this as an area of concern" in text
    one, _ = answer_extractively("What did Ofsted say about Section 20?", _section_20_hits(), max_sentences=1)
    # Ofsted's own sentence, whether it is the best one or joins it
    assert "earlier stage" in one and 1 <= len(sentences(one)) <= 2


def test_a_list_question_gathers_the_sentences_that_say_the_same_of_others():
    declarations = make_chunk(
        "Declarations of Interest\n"
        "Councillor J L Adams declared a personal interest in Agenda Item 9, Review of School Provision.\n"
        "The Chairman welcomed the new Head of Education to the meeting.\n"
        "Councillor D J Pugh also declared a personal interest in Agenda Item 9, Review of School Provision.\n"
        "The minutes of the meeting held on 7 October 2013 were approved.\n"
        "Councillor K Rowlands declared a personal interest in Agenda Item 9, Review of School Provision.",
        "decl", council="Pembrokeshire", committee="Cabinet")
    text, citations = answer_extractively("Which cabinet members declared interests in the school review?",
                                          hits(declarations))
    assert_well_formed(text, citations)
    assert all(name in text for name in ("Adams", "Pugh", "Rowlands"))
    assert "Head of Education" not in text and "were approved" not in text


def test_a_sentence_ending_on_a_semicolon_brings_the_one_it_leads_into():
    minutes = make_chunk("1.\nApologies for absence were received from Councillors; John Gowing and Christine Wheelan.\n"
                         "2.\nDeclarations of Interest.\nNone.", "panel-2024", committee="Police and Crime Panel",
                         meeting_date=date(2024, 9, 25))
    text, citations = answer_extractively("Which councillors gave apologies to the panel?", hits(minutes))
    assert "John Gowing and Christine Wheelan" in text
    assert_well_formed(text, citations)
