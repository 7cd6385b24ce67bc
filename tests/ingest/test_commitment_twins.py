"""When two records are the same commitment stated twice, and when they only look alike."""
from __future__ import annotations

from ingest.commitment_twins import same
from tests.ingest.commitment_texts import found


def test_the_same_decision_granted_to_different_people_is_one_record_each():
    got = found("8. Dispensations\n\n"
                "It was resolved to grant a dispensation for four years to Alan Pike to allow voting on the village hall.\n\n"
                "It was resolved to grant a dispensation for four years to Jo MacBride to allow voting on the village hall.")
    assert [("Alan Pike" in c.text, "Jo MacBride" in c.text) for c in got] == [(True, False), (False, True)]


def test_a_record_stated_twice_is_the_same_one_though_a_hyphen_splits_a_name_once():
    one = "Note that the work programme for the Sub-Committee be amended to add a review of the Ashdown site."
    assert same(one, one.replace("Sub-Committee", "Sub- Committee"))
    assert not same(one, one.replace("Ashdown", "Birchfield"))
