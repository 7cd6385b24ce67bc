"""Passages into citable units: verbatim spans, and how each reads in an answer."""
from __future__ import annotations

from retrieval.sentences import first_sentence, label_of, readable, split_units
from tests.retrieval.passages import croydon_chunks


def _texts(text: str) -> list[str]:
    return [u.text for u in split_units(text)]


def test_units_are_verbatim_spans_of_the_passage():
    for chunk in croydon_chunks():
        for unit in split_units(chunk.text):
            assert chunk.text[unit.start : unit.end] == unit.text
            assert unit.text == unit.text.strip()


def test_sentences_split_at_full_stops_but_not_after_abbreviations_or_list_numbers():
    text = "Cllr. Smith asked about No. 5 Acacia Avenue, e.g. The Lodge. Officers replied.\n1. Whilst there was progress."
    assert _texts(text) == [
        "Cllr. Smith asked about No. 5 Acacia Avenue, e.g. The Lodge.",
        "Officers replied.",
        "1. Whilst there was progress.",
    ]


def test_list_items_and_table_rows_are_units():
    text = "-Reaffirmation of Management standards\n◼ Recruitment\nOverall effectiveness\tOutstanding"
    units = split_units(text)
    assert [u.kind for u in units] == ["item", "item", "row"]
    assert [readable(u) for u in units] == [
        "Reaffirmation of Management standards.",
        "Recruitment.",
        "Overall effectiveness: Outstanding.",
    ]


def test_a_table_with_columns_reads_cell_by_heading():
    units = split_units("Month\tCases\tTarget\nJuly\t1800\t1500")
    assert [u.kind for u in units] == ["header", "row"]
    assert readable(units[1]) == "July — Cases: 1800; Target: 1500."


def test_html_list_items_on_one_line_are_units_and_read_without_tags():
    text = 'Members are invited to: <ul> <li>i) Note the report;</li> <li>ii) Agree the <b>plan</b>.</li> </ul>'
    units = split_units(text)
    assert [readable(u) for u in units] == ["Members are invited to.", "Note the report.", "Agree the plan."]
    assert all(text[u.start : u.end] == u.text for u in units)


def test_a_line_ending_on_a_word_no_sentence_ends_on_carries_on():
    units = split_units("A catch up meeting on Wednesday 22nd February at\n7pm in the hall.\nMatters Arising\nThe Clerk "
                        "reported.")
    assert [u.text for u in units] == [
        "A catch up meeting on Wednesday 22nd February at\n7pm in the hall.",
        "Matters Arising",  # a title: it ends on a word a title may end on
        "The Clerk reported.",
    ]


def test_a_list_item_reads_after_its_label_unless_the_label_is_generic():
    resolution = next(c for c in croydon_chunks() if "Officers circulate" in c.text)
    (unit,) = split_units(resolution.text)
    assert readable(unit, label_of(resolution.headings)) == (
        "The Sub-Committee RESOLVED to recommend that: Officers circulate figures on the amount of cases of "
        "Section 20 accommodated children to the Committee after the meeting."
    )
    assert label_of(("Minutes:",)) is None
    assert label_of(("Supporting documents:",)) is None


def test_first_sentence():
    assert first_sentence("Agenda item\nChildren's Services") == "Agenda item"
    assert first_sentence("One. Two.") == "One."


def test_a_label_reads_before_the_items_that_open_the_passage_and_no_others():
    from retrieval.sentences import labelled

    text = "- Cllr Mrs Ann McCoy\n- Cllr Bob Jones\nItem Description Decision\n- the Action Plan be approved."
    texts = labelled(split_units(text), "Apologies for absence:")
    assert texts[:2] == ["Apologies for absence: Cllr Mrs Ann McCoy.", "Apologies for absence: Cllr Bob Jones."]
    assert texts[-1] == "The Action Plan be approved."  # a decision further down is not an apology


def test_initials_run_together_do_not_end_a_sentence():
    # attendance lists write initials with stops and no spaces: "Councillor R.G. Watts, Mayor"
    units = split_units("PRESENT: Councillor R.G. Watts, Mayor. Apologies were received from Cllrs D.C. Jones and R.N. "
                        "Hamer. It was agreed. The Clerk will write.")
    assert [u.text for u in units] == [
        "PRESENT: Councillor R.G. Watts, Mayor.",
        "Apologies were received from Cllrs D.C. Jones and R.N. Hamer.",
        "It was agreed.",
        "The Clerk will write.",
    ]


def test_a_sentence_a_fixed_width_page_carried_to_the_next_line_is_one_unit():
    text = ("Tea, coffee and a light buffet will be\nprovided before the meeting. Members noted the\n"
            "report.\nApologies:\nmr smith\n\nand a line after a blank one")
    units = split_units(text)
    assert [u.text for u in units] == [
        "Tea, coffee and a light buffet will be\nprovided before the meeting.",
        "Members noted the\nreport.",
        "Apologies:",  # a colon ends a label: the line after it is its item, not its rest
        "mr smith",
        "and a line after a blank one",
    ]
    assert all(text[u.start : u.end] == u.text for u in units)


def test_a_line_ending_on_a_comma_carries_on():
    text = ("APOLOGIES:            Councillors Alex Baird, Raymond Farrell,\n"
            "                      Brendan Gallagher and Bert Johnston\n\nPRESENT: Councillor Lynch")
    units = split_units(text)
    assert units[0].text.endswith("Brendan Gallagher and Bert Johnston") and "Raymond Farrell," in units[0].text
    assert units[1].text == "PRESENT: Councillor Lynch"


def test_a_list_item_closed_by_and_comma_does_not_carry_on():
    units = split_units("c) Item 3 Exempt Minutes, containing exempt information; and,\nItem 6 JCC Update Report")
    assert [u.text for u in units] == ["c) Item 3 Exempt Minutes, containing exempt information; and,",
                                       "Item 6 JCC Update Report"]
