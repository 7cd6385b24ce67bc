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
