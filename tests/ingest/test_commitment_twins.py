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


def test_parts_that_only_name_what_the_last_part_decides_are_one_record_with_it():
    got = found("Agenda\n\n3.\n\nMinutes\n\nRECOMMENDATION that:\n\n1. the public minutes 1 to 9; and\n\n2. the exempt "
                "minute 10\n\nof the meeting held on 3 May 2024 be confirmed as a correct record.", "agenda")
    assert [c.text for c in got] == ["the public minutes 1 to 9; and the exempt minute 10 of the meeting held on 3 May 2024 "
                                     "be confirmed as a correct record."]


def test_parts_that_each_decide_stay_apart():
    got = found("Minutes\n\nRESOLVED that:\n\n1. the report be noted; and\n\n2. the plan be approved.")
    assert len(got) == 2
