from evals.register_variants import VARIANTS, _hits, table, Row
from evals.commitments import Labelled

BY = {v.name: v for v in VARIANTS}


def test_case_changes_outcome_words_only():
    assert BY["case: lower"].line("RESOLVED: That the minutes be approved.") == "resolved: That the minutes be approved."
    assert BY["case: UPPER"].line("Members agreed to meet.") == "Members AGREED to meet."


def test_punctuation_replaces_the_label_mark():
    assert BY["punct: hyphen"].line("RESOLVED: That the report be noted.") == "RESOLVED - That the report be noted."
    assert BY["punct: none"].line("RESOLVED – that X be done.") == "RESOLVED that X be done."
    assert BY["that: dropped"].line("RESOLVED that the report be noted.") == "RESOLVED: The report be noted."


def test_adverb_follows_the_verb_not_an_adjective():
    assert BY["adverb: unanimously"].line("It was RESOLVED that X.") == "It was RESOLVED UNANIMOUSLY that X."
    assert BY["adverb: also"].line("Members agreed to meet.") == "Members agreed also to meet."
    assert BY["adverb: also"].line("The agreed budget stands.") == "The agreed budget stands."


def test_action_marker_moves():
    line = "Action: Clerk to write to the school."
    assert BY["action: after"].line(line) == "Clerk to write to the school. Action: Clerk"
    assert BY["action: next line"].line("Chair to chase the quote.        Action RG") == \
        "Chair to chase the quote.\n(ACTION - RG)"


def test_honorific_and_numbering():
    assert BY["honorific: Councillor"].line("Cllr. Brine proposed, Cllrs Hay and Lee seconded") == \
        "Councillor Brine proposed, Councillors Hay and Lee seconded"
    assert BY["number: iii."].line("The Clerk will write.") == "iii. The Clerk will write."
    assert BY["number: iii."].line("5.2 The Clerk will write.") == "5.2 The Clerk will write."


def test_wrap_breaks_long_lines():
    assert "\n" in BY["wrap: 60 columns"].line("word " * 20)


def test_hits_match_one_to_one():
    g = [Labelled("a.txt", "action", "Clerk to write"), Labelled("a.txt", "action", "Clerk to write")]
    f = [Labelled("a.txt", "action", "Clerk to write to the school")]
    assert _hits(f, g) == [f[0], None]


def test_table_reports_kept_recall():
    rows = table([Row("x", "src", 4, 4, 3, 3, 3, 0.9, 10, 1)])
    assert "| x | 4 | 4 | 3 | 0.75 |" in rows[2]
