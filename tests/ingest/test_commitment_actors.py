"""Commitment extraction: who is to act and what is not the council's to do (Government, its departments and
agencies, an applicant), and deadlines that only look like forecasts. Short synthetic texts, not copied from any
paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


@pytest.mark.parametrize(
    "text",
    [
        "The Director advised that new guidance from the Department for Education would be published in the spring.",
        "Members were informed that the Home Office would review the funding formula next year.",
        "The Leader explained that central government would provide additional funding of £2m.",
        "Officers advised that the Environment Agency would publish updated flood maps in 2025.",
        "The applicant would submit a revised drainage scheme.",
        "Officers explained that the Government had not yet confirmed the settlement and would write to councils in May.",
    ],
)
def test_what_government_its_agencies_or_an_applicant_will_do_is_no_undertaking(text):
    assert found(f"Minutes:\n\n{text}") == []


def test_a_month_named_may_is_a_deadline_not_a_forecast():
    got = only("Minutes:\n\nThe Head of Planning would circulate the revised plan to members by the end of May.")
    assert (got.kind, got.actor, got.due) == ("undertaking", "The Head of Planning", "by the end of May")


def test_a_title_with_and_inside_it_is_one_actor():
    got = only("Minutes:\n\nThe Police and Crime Commissioner would present his budget to the Panel in February 2024.")
    assert (got.actor, got.due) == ("The Police and Crime Commissioner", "February 2024")


def test_the_first_clause_names_who_acts_not_the_delegation_that_carries_it_out():
    got = only("Minutes:\n\nRESOLVED that Cabinet agree to transfer the reablement service to the Adults Directorate "
               "from 1 April 2026; and that delegated authority be given to the Corporate Director of Adults to take "
               "the relevant actions to implement the decision.")
    assert (got.actor, got.due) == ("the Cabinet", "from 1 April 2026")
