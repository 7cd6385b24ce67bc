"""Action lines and labels (ingest/commitment_actions.py)."""
from __future__ import annotations

from ingest.commitment_actions import bare_action
from tests.ingest.commitment_texts import found


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
