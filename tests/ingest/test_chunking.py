"""Structure-first chunking: numbered paragraphs, lists and tables as units; size second; never mid-sentence."""
from __future__ import annotations

import re

from ingest.chunking import MAX_TOKENS, approx_tokens, chunk_blocks
from ingest.records import Page
from ingest.structure import section_number, to_blocks


def test_section_numbers_of_minutes_and_reports():
    assert section_number("27.8 Support for 16- and 17-year-olds") == "27.8"
    assert section_number("- 2.5 The overall judgement") == "2.5"
    assert section_number("12. When children are referred") == "12"
    assert section_number("1) Officers circulate figures") == "1"
    assert section_number("2017 was a year") is None
    assert section_number("1800 cases were in the Assessment Service") is None
    assert section_number("The Committee noted 3 points") is None


def test_headings_and_labels_form_the_heading_path():
    text = "# Report\n\n## 2. Ofsted Inspection\n\n2.1 On 4 September 2017, Ofsted published.\n\nMinutes:\n\nThe Committee met."
    blocks = to_blocks([Page(None, text)])
    body = [b for b in blocks if b.kind != "heading"]
    assert body[0].headings == ("Report", "2. Ofsted Inspection") and body[0].section == "2.1"
    assert body[1].headings == ("Report", "2. Ofsted Inspection", "Minutes:")


def test_tables_stay_whole_and_alone():
    rows = ["Judgement\tGrade", "Help and protection\tGood", "Children in care\tOutstanding", "Overall effectiveness\tOutstanding"]
    text = "Intro paragraph about the inspection.\n\n" + "\n".join(rows) + "\n\nSince the last inspection, leaders improved."
    pieces = chunk_blocks(to_blocks([Page(1, text)]))
    tables = [p for p in pieces if "\t" in p.text]
    assert len(tables) == 1 and tables[0].text == "\n".join(rows)


def test_numbered_minute_paragraphs_are_their_own_chunks():
    paras = [f"27.{i} " + " ".join(["Members discussed the improvement programme in detail."] * 8) for i in range(1, 6)]
    pieces = chunk_blocks(to_blocks([Page(None, "\n\n".join(paras))]))
    assert [p.section for p in pieces] == [f"27.{i}" for i in range(1, 6)]


def test_small_resolutions_merge_with_their_heading_path():
    text = "Resolved: That:\n\n1. A plan be brought to the April 2015 meeting.\n\n2. Cllr Sweeting would provide questions.\n\n3. The report be noted."
    pieces = chunk_blocks(to_blocks([Page(None, text)]))
    assert len(pieces) == 1
    assert pieces[0].headings == ("Resolved: That:",) and pieces[0].section == "1–3"


def test_long_paragraphs_split_at_sentence_ends_within_the_limit():
    sentence = "The service had struggled to allocate a small number of cases in a timely way over the summer."
    text = " ".join([sentence] * 60)
    pieces = chunk_blocks(to_blocks([Page(3, text)]))
    assert len(pieces) > 1
    for p in pieces:
        assert approx_tokens(p.text) <= MAX_TOKENS
        assert p.text.endswith(".") and p.page_start == p.page_end == 3
    assert re.sub(r"\s+", " ", " ".join(p.text for p in pieces)) == text


def test_page_ranges_follow_the_blocks():
    pages = [Page(1, "First page paragraph one."), Page(2, "Second page paragraph, continuing the same topic.")]
    pieces = chunk_blocks(to_blocks(pages))
    assert (pieces[0].page_start, pieces[-1].page_end) == (1, 2)


def test_every_chunk_text_is_verbatim_from_the_document(seeds):
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        flat = re.sub(r"\s+", " ", text)
        for piece in chunk_blocks(to_blocks([Page(None, text)])):
            assert re.sub(r"\s+", " ", piece.text) in flat


def test_a_list_that_does_not_fit_moves_to_the_next_passage_with_its_lead_in():
    body = " ".join(["The Director introduced the report on the monitoring visit and its findings."] * 11)
    lead = "The Sub-Committee was informed that a number of actions had been taken, which included the following:"
    items = ["- Reaffirmation of management standards", "- Focus on recruitment and retention of staff",
             "- A drive to address high caseloads"]
    pieces = chunk_blocks(to_blocks([Page(None, "\n".join([body, lead, *items]))]))
    holding = [p for p in pieces if "following:" in p.text]
    assert len(holding) == 1
    assert all(item in holding[0].text for item in items), "the list was split from its lead-in"
    assert body not in holding[0].text


def test_numbered_items_under_a_lead_in_stay_with_it():
    body = " ".join(["The Chair thanked officers for their detailed answers on the improvement plan."] * 9)
    text = "\n".join([
        body,
        "In reaching its recommendations, the Sub-Committee reached the following CONCLUSIONS:",
        "1. There was still a lot of work to be done.",
        "2. Evidence of partners' commitment was needed.",
        "3. Further information was required on the figures for Section 20.",
    ])
    pieces = chunk_blocks(to_blocks([Page(None, text)]))
    holding = next(p for p in pieces if "CONCLUSIONS:" in p.text)
    assert "3. Further information" in holding.text


def test_numbered_report_paragraphs_are_not_held_together_as_a_list():
    paragraphs = [f"{n}. " + " ".join(["Children receive an effective service from skilled social workers."] * 5) for n in range(1, 7)]
    pieces = chunk_blocks(to_blocks([Page(None, "\n".join(paragraphs))]))
    assert len(pieces) > 1


def test_a_value_alone_under_its_label_runs_on_with_the_label_in_its_text():
    text = ("Councillors:\n78\nWards:\n76\nMeeting\nAnyshire Fire and Rescue Authority\nMinutes:\n"
            "All Councillors were present, but apologies were received from Jo Bloggs, the Police and Crime Commissioner.")
    pieces = chunk_blocks(to_blocks([Page(None, text)]))
    texts = [p.text for p in pieces]
    assert "78" not in texts and "76" not in texts, texts
    assert texts[-1].startswith("Minutes:\nAll Councillors were present"), texts  # a label stays with what it labels
    flat = re.sub(r"\s+", " ", text)
    assert all(re.sub(r"\s+", " ", p.text) in flat for p in pieces)  # the labels stay in the text: quotes verbatim
