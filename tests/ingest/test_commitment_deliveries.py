"""What a sentence says will be done for the meeting, against what only tells a thing's effect."""
from __future__ import annotations

import pytest

from ingest.commitment_deliveries import foretold, reports_effect


@pytest.mark.parametrize("sentence", [
    "A report would be brought to the next meeting.",
    "The Clerk will write to the landowner.",
    "A meeting would be held on 12 July 2017.",
    "It was confirmed that the road would be resurfaced.",
    "That team would move to the new office from 1 December 2022.",
    "These minutes will be formalised at the next official face to face Parish Council meeting.",
    "The Minutes would be signed by the Chairman as soon as possible.",
    "To be confirmed at the next meeting.",
    "The field was flooded but PT will make an informal approach to the club.",
])
def test_something_to_be_done_is_foretold(sentence):
    assert foretold(sentence)
    assert not reports_effect(sentence)


@pytest.mark.parametrize("sentence", [
    "A presentation was given which will provide an update.",  # the presentation's content, in a relative clause
    "MKS Groundcare will continue to cut the grass as per contract.",  # standing practice
    "The weather was fine.",
    "The minutes were signed at the last meeting.",  # done, not to come
    "KCC would support the bid.",  # three letters: a body's
    "PT will therefore start as Chair in May.",  # a consequence told
    "The plan would be needed whatever happened at the next election.",  # no 'the next' after the participle's act
])
def test_content_practice_and_plain_statements_are_not_foretold(sentence):
    assert not foretold(sentence)


@pytest.mark.parametrize("sentence", [
    "This would provide an up-to-date policy framework.",
    "He explained that the new system would replace the old one.",
    "The report would provide Members with a clear picture.",
])
def test_what_a_thing_will_do_is_an_effect(sentence):
    assert reports_effect(sentence)


def test_what_must_be_done_to_a_thing_is_no_mere_effect():
    assert not reports_effect("He explained that the Action Plan would need to be recalibrated.")
