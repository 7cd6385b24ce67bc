"""Action lines, labels and markers (ingest/commitment_actions.py)."""
from __future__ import annotations

import pytest

from ingest.commitment_actions import bare_action
from tests.ingest.commitment_texts import found, only


def test_an_action_label_over_who_will_do_what_is_that_doers_action():
    """"ACTION: The Chair will organise this work." is the Chair's action, not a name for the paragraph above."""
    got = found("Parish Council minutes\n\ne. The new bins need to be moved.\nACTION: The Chair will organise this work.\n"
                "f. The Clerk reported on the audit.\nACTION: The Clerk will write a notice to remind everyone of the date.")
    actions = [(c.actor, c.text) for c in got if c.kind == "action"]
    assert actions == [("The Chair", "The Chair will organise this work."),
                       ("The Clerk", "The Clerk will write a notice to remind everyone of the date.")]


def test_a_doer_after_what_is_done_in_a_topic_line_is_the_action():
    assert bare_action("Tree Felling – Clerk obtaining one quote & Cllr. Smith to obtain a second quote.") == "Cllr. Smith"
    assert bare_action("Playground – The inspection report has been circulated, Cllr’s to review it.") == "Cllr’s"
    assert bare_action("Playground – The report has been circulated, Clerk to report back.", work=False) is None  # an agenda
    assert bare_action("The report has been circulated, Cllr Smith to review it.") is None  # no topic line


def test_a_statement_of_who_is_to_authorise_is_no_terse_to_do():
    """"… use of which are to be authorised by the Chief Executive" states a rule (round 14); a to-do has no verb."""
    assert found("Executive minutes\n\nContingencies total £2.5m, use of which are to be authorised by the Chief "
                 "Executive.") == []


def test_a_numbered_action_label_run_on_without_a_space_names_who_does_the_sentence_it_ends():
    c = only("Minutes of the Parish Council\n\nThe ranger gave a talk on the heath. The Council welcomed it and RB to "
             "send a leaflet for the village.Action 2.01: RB")
    assert (c.kind, c.actor, c.text) == ("action", "RB", "The Council welcomed it and RB to send a leaflet for the village.")


@pytest.mark.parametrize("marker", ["Action JT", "(ACTION - Clerk)", "Action – Cllr Moss"])
def test_an_action_marker_without_a_colon_at_a_lines_end_makes_its_sentence_that_doers_action(marker):
    c = only(f"Minutes of the Parish Council\n\nb) Bus shelter – the roof is still leaking and he would chase the "
             f"contractor.      {marker}")
    assert c.kind == "action" and c.actor == marker.strip("()").split(maxsplit=1)[1].lstrip("-– ")
    assert c.text.endswith("chase the contractor.")


def test_an_action_marker_on_its_own_line_makes_a_passive_undertaking_above_it_that_doers_action():
    got = found("Minutes of the Parish Council\n\nA leaflet will be produced for every house.\n\n(ACTION - Clerk)\n\n"
                "Cllr Shaw agreed to write to the MP.\n\n(ACTION - Cllr Shaw)")
    assert [(c.kind, c.actor) for c in got] == [("action", "Clerk"), ("undertaking", "Cllr Shaw")]


@pytest.mark.parametrize("line", ["The report was noted. Action Plan Update", "See the Action Plan."])
def test_a_plan_named_action_plan_is_no_action_marker(line):
    assert all(c.kind != "action" for c in found(f"Minutes of the Parish Council\n\n{line}"))


@pytest.mark.parametrize("label", ["Action for the future:", "- Action required:", "Action point:"])
def test_an_action_label_with_a_qualifier_or_a_bullet_starts_an_action_and_a_need_names_no_doer(label):
    c = only(f"Minutes of the Parish Council\n\n{label} Need to renew the insurance once the swings are in.")
    assert (c.kind, c.actor) == ("action", None)


@pytest.mark.parametrize("marker", ["ACTION RG", "Action JT"])
def test_an_action_column_after_a_sentence_with_no_full_stop_still_names_the_doer(marker):
    c = only(f"Minutes of the Parish Council\n\nb) Bus shelter – the roof is still leaking and he would chase the "
             f"contractor      {marker}")
    assert c.kind == "action" and c.actor == marker.split()[1]
    assert c.text.endswith("chase the contractor")


def test_an_action_plan_after_a_sentence_with_no_full_stop_is_no_marker():
    assert all(c.kind != "action" for c in found("Minutes of the Parish Council\n\nThe report was noted Action Plan"))


def test_an_action_line_in_brackets_alone_on_its_line_is_read_as_without_them():
    """"(ACTION – SW to contact …)." (round 16, register_unseen11); "(ACTION - Clerk)" still names the doer above."""
    got = only("Minutes of the Parish Council meeting\n\nItem 4. Jobs were discussed.\n\n"
               "(ACTION – SW to contact the Parish Steward Scheme regarding new jobs).")
    assert (got.kind, got.actor) == ("action", "SW")
    got = only("Minutes of the Parish Council meeting\n\nA QR code will be produced for the notice board.\n\n(ACTION - Clerk)")
    assert got.actor == "Clerk"


@pytest.mark.parametrize("line, actor", [
    ("Clerk to write to the landowner - ACTION Clerk", "Clerk"),
    ("Clerk to write to the landowner (Action: Clerk).", "Clerk"),
    ("The clerk to write to the landowner.", "The clerk"),
    ("b) Action RG: Parish Cottage – the Chairman is still awaiting a third estimate which he would chase up.", "RG"),
    ("Action by Clerk: write to the landowner.", "Clerk"),
    ("Clerk to write to the landowner – ACTION: Clerk.", "Clerk"),
])
def test_an_action_marker_or_doer_in_another_of_its_forms_is_still_an_action(line, actor):
    got = only(f"MINUTES\n\n7. Village matters\n\n{line}", committee="Council")
    assert (got.kind, got.actor) == ("action", actor)


def test_a_section_number_before_an_action_label_is_no_note_of_its_own():
    got = found("MINUTES\n\n5. Village matters\n\nThe hedge on Mill Lane is overgrown.\n\n5.2 ACTION: Councillor Rice")
    assert not any(c.text.strip() == "5.2" for c in got)


def test_a_lone_action_label_after_a_note_with_no_record_makes_the_note_the_doer_s_action():
    """A parish's "• BW still had not repaired the sunken grave." then "Action: BW" (round 18, register_unseen12)."""
    got = found("Minutes of the Parish Council meeting held on 3 March 2021\n\n6 Matters arising\n\n"
                "  • BW still had not repaired the sunken grave in the Cemetery.\n\nAction: BW\n\n"
                "  • JP still needed to do the VAT refund. He will do this in the next couple of days.\n\nAction: JP\n\n7 Planning\n")
    assert [(c.kind, c.actor, c.text) for c in got] == [
        ("action", "BW", "BW still had not repaired the sunken grave in the Cemetery."),
        ("action", "JP", "JP still needed to do the VAT refund. He will do this in the next couple of days."),
    ]


def test_a_lone_action_label_after_a_title_files_nothing():
    assert found("Minutes of the Parish Council meeting held on 3 March 2021\n\n7 Planning\n\nAction: BW\n") == []
