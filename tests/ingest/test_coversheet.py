from datetime import date

from ingest.coversheet import label_row, read_cover_sheet


def test_a_row_of_labels_on_one_line_is_read_cell_by_cell():
    row = "Decision Maker: Executive Made at meeting: 19/05/2020 - Executive Decision published: 20/05/2020"
    assert label_row(row) == ["Decision Maker: Executive", "Made at meeting: 19/05/2020 - Executive",
                              "Decision published: 20/05/2020"]
    values = read_cover_sheet([row]).values
    assert values["committee"][0] == "Executive"
    assert values["meeting_date"][0] == date(2020, 5, 19)


def test_a_sentence_with_colons_is_no_row_of_labels():
    sentence = "Item 11: To establish a Remuneration Committee: Senior Leadership Team Officers withdrew"
    assert label_row(sentence) == [sentence]
    assert label_row("Minutes of Meeting of: Council") == ["Minutes of Meeting of: Council"]
