from datetime import date
from pathlib import Path

from evals.metadata import Label
from evals.metadata_variants import VARIANTS, Paper, run, table

BY = {v.name: v for v in VARIANTS}
LABEL = Label(file="p.txt", path=Path("papers/p.txt"), council="Anytown Borough Council", committee="Cabinet",
              meeting_date=date(2025, 5, 1), kind="minutes", stated={"council": True, "committee": True,
                                                                      "meeting_date": True})
PAPER = ("ANYTOWN BOROUGH COUNCIL\n\nCABINET\n\nMinutes of the meeting held on Thursday 1st May, 2025 at the Town Hall\n\n"
         "Present: Councillors Smith (Chair), Jones and Patel.\n\n1. Apologies\n\nThere were none.\n")


def test_date_forms_rewrite_every_written_date():
    text = "Held on Thursday 1st May, 2025 and again on 3 June 2025 at 6 pm."
    assert BY["date: 1.5.25"].rewrite(text, LABEL) == "Held on 1.5.25 and again on 3.6.25 at 6 pm."
    assert BY["date: 01/05/2025"].rewrite(text, LABEL) == "Held on 01/05/2025 and again on 03/06/2025 at 6 pm."
    assert BY["date: Thursday, 1st May, 2025"].rewrite("on 1 May 2025.", LABEL) == "on Thursday, 1st May, 2025."
    # a time is added only where none follows
    assert BY["date: 1 May 2025 at 7.00 pm"].rewrite(text, LABEL) == \
        "Held on 1 May 2025 at 7.00 pm and again on 3 June 2025 at 6 pm."


def test_the_meeting_date_moves_to_its_own_line_or_is_split():
    line = "Minutes of the meeting held on Thursday 1 May 2025 at the Town Hall"
    assert BY["date: own line"].rewrite(line, LABEL).split("\n") == \
        ["Minutes of the meeting held on", "Thursday 1 May 2025", "at the Town Hall"]
    assert "Thursday 1\nMay 2025" in BY["date: split across lines"].rewrite(line, LABEL)


def test_title_forms_replace_the_line_naming_the_body_and_keep_the_council():
    out = BY["title: Meeting: X"].rewrite("ANYTOWN BOROUGH COUNCIL CABINET\nItem 1", LABEL)
    assert out.split("\n") == ["Anytown Borough Council", "Meeting: Cabinet", "Date: Thursday 1 May 2025", "Item 1"]
    assert BY["title: Meeting: X"].rewrite("No body here\nItem 1", LABEL) == "No body here\nItem 1"


def test_cover_label_lines_are_joined_and_headings_recased():
    out = BY["cover: label lines joined"].rewrite("Meeting: Cabinet\n\nDate: 1 May 2025\nBody text.", LABEL)
    assert out.split("\n") == ["Meeting: Cabinet  Date: 1 May 2025", "Body text."]
    assert BY["case: Title headings"].rewrite("MINUTES OF THE CABINET", LABEL) == "Minutes of the Cabinet"
    assert BY["case: UPPER headings"].rewrite("A sentence ends here.", LABEL) == "A sentence ends here."


def test_run_counts_only_values_right_as_written_and_sums_to_them():
    rows, flips = run([Paper("set/p.txt", LABEL, PAPER)])
    by = {r.name: r for r in rows}
    assert by["lead: web boilerplate"].papers == 1
    right = sum(sum(c.values()) for c in by["lead: web boilerplate"].counts.values())
    assert 1 <= right <= 3  # each value right as written is counted once: right, empty or wrong after the rewrite
    assert all(sum(sum(c.values()) for c in r.counts.values()) in (0, right) for r in rows if r.name != "file name: neutral")
    assert len(flips) == sum(c["wrong"] for r in rows for c in r.counts.values())
    assert table(rows)[-1].startswith("| **total**")
