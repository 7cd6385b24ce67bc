"""Tests for ingest/commitment_blocks.py: a paragraph's sentences made ready for reading commitments."""
import pytest

from ingest.commitment_blocks import prose_sentences
from tests.ingest.commitment_texts import found, only


def test_an_item_title_in_capitals_run_into_its_first_sentence_is_left_out():
    text = "12/03 TO RECEIVE PLANNING DECISIONS The following decisions of the District Council were noted: two approvals."
    assert prose_sentences(text)[0].startswith("The following decisions")


def test_outcome_words_and_labels_in_capitals_stay_the_sentence_s_own():
    assert prose_sentences("RESOLVED THAT Council approves the plan.") == ["RESOLVED THAT Council approves the plan."]
    assert prose_sentences("ACTION GP The Clerk will write.") == ["ACTION GP The Clerk will write."]
    assert prose_sentences("ITEMS NOTED BY MEMBERS The Clerk will write.") == ["ITEMS NOTED BY MEMBERS The Clerk will write."]


def test_the_sentence_after_a_run_in_title_is_read_as_minutes():
    record = only("Minutes of the Parish Council meeting held on 3 March 2025\n\n"
                  "7/25 REPORTS FROM THE DISTRICT COUNCIL The reports from the District Council were noted.\n")
    assert (record.kind, record.text) == ("resolution", "The reports from the District Council were noted.")


def test_a_line_stopping_on_a_word_no_sentence_ends_with_goes_on_whatever_the_next_line_opens_with():
    from ingest.commitment_blocks import unwrapped
    from ingest.records import Block

    def para(text):
        return Block(text, "paragraph", 1, None, ())

    joined = unwrapped([para("The minutes of the Overview Scrutiny Committee held on"),
                        para("Thursday, 6 July 2023 were agreed and signed by the Chair.")])
    assert [b.text for b in joined] == [
        "The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed by the Chair."]
    kept = unwrapped([para("Proposed by Cllr A and seconded by Cllr B, it was"), para("RESOLVED that the Council")])
    assert len(kept) == 2


def test_a_resolution_after_the_minutes_label_is_read_with_or_without_its_colon():
    """ModernGov's "Minutes:" then "Resolved That …" reads as "Minutes:" then "Resolved: That …" does."""
    for label in ("Resolved That", "RESOLVED that", "Resolved: That"):
        got = found(f"Council minutes\n\nBudget\nMinutes: {label} Council noted the report on the budget.")
        assert [(c.kind, c.text) for c in got] == [("resolution", "noted the report on the budget.")], label


def test_a_title_ending_in_colon_dash_ends_its_line_before_a_lower_case_minute():
    got = only("Minutes\n\n(5) Points raised at the Annual Parish Meeting:-\nit was agreed to buy a second bench for "
               "the\nplaying field.\n(6) Signing Cheques:-", committee="Parish Council")
    assert (got.kind, got.text) == ("resolution", "it was agreed to buy a second bench for the playing field.")


def test_a_resolution_run_on_in_a_flattened_paragraph_ends_at_its_sentence_and_the_narrative_after_it_is_its_own():
    """A town council's minutes flattened from PDF: each run-on resolution is one record, not the rest of the page."""
    from ingest.commitment_blocks import split_resolved
    from ingest.records import Block

    text = ("C134 Reports The Clerk advised that the white lines had not been repainted. Resolved: that NYCC be requested "
            "to check the road markings and repaint where necessary. (b) HDC Cllr Robinson queried the cost of the work. "
            "C136 Minutes Resolved: that the Minutes of the Meeting held on 18 March 2013 be approved as a correct record. "
            "C136(b) Matters Arising The Clerk had contacted the Police. Resolved: that the Police be formally requested "
            "to send a representative to the next meeting. C137 Committee Minutes")
    pieces = [b.text for b in split_resolved([Block(text, "paragraph", 1, None, ())])]
    assert "Resolved: that NYCC be requested to check the road markings and repaint where necessary." in pieces
    assert "(b) HDC Cllr Robinson queried the cost of the work. C136 Minutes" in pieces
    assert "Resolved: that the Police be formally requested to send a representative to the next meeting." in pieces
    kept = split_resolved([Block("Proposed by Cllr A. Resolved: that the report be noted. 2. approve the plan.", "paragraph", 1, None, ())])
    assert kept[-1].text == "Resolved: that the report be noted. 2. approve the plan."


def test_a_run_on_resolution_splits_off_without_its_colon_or_its_that():
    from ingest.commitment_blocks import split_resolved
    from ingest.records import Block

    text = ("C136 Minutes Town Council Meeting held on 18 March 2013 Resolved that the Minutes be approved. C136(b) "
            "Matters Arising The Clerk had written to the Police. Resolved: NYCC be requested to repaint the lines.")
    pieces = [b.text for b in split_resolved([Block(text, "paragraph", 1, None, ())])]
    assert "Resolved that the Minutes be approved." in pieces
    assert "Resolved: NYCC be requested to repaint the lines." in pieces


@pytest.mark.parametrize("line", [
    "PROPOSED; SECONDED; RESOLVED to co-opt Jon Mold onto the Parish Council.",
    "PROPOSED: Cllr Brown; SECONDED: Cllr Jones; RESOLVED that Jon Mold be co-opted onto the Parish Council.",
])
def test_a_resolution_after_a_votes_labels_in_capitals_is_read_as_in_title_case(line):
    got = only(f"Minutes of the Parish Council\n\n7. Co-option\n\n{line}")
    assert got.kind == "resolution" and "Jon Mold" in got.text


def test_a_decision_label_s_qualifier_on_the_next_line_keeps_the_decision_s_parts():
    text = ("Cabinet - Wednesday, 19th March, 2025\n\n7.\n\nLocal Government Reorganisation\n\nReport of Chief Executive\n\n"
            "Decision:\n\n(Key decision):\n\n(1) To agree the Interim Plan, set out at Appendix 2 to the report.\n\n"
            "(2) To note the progress made in addressing the matters identified through the review.\n")
    records = found(text, "decision", "Cabinet")
    assert [r.text for r in records] == [
        "To agree the Interim Plan, set out at Appendix 2 to the report.",
        "To note the progress made in addressing the matters identified through the review.",
    ]
    assert {r.kind for r in records} == {"resolution"}


def test_a_bracketed_line_after_a_line_that_is_no_label_is_left_alone():
    from ingest.commitment_blocks import unwrapped
    from ingest.records import Block

    blocks = [Block("The Clerk reported on the grant.", "paragraph", 1, None, ()), Block("(Key decision):", "heading", 1, None, ())]
    assert [b.text for b in unwrapped(blocks)] == ["The Clerk reported on the grant.", "(Key decision):"]
