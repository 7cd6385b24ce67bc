"""A vote, a view or a passive to-do told in one sentence of minutes. Short synthetic texts, not copied from any paper."""
from __future__ import annotations

from ingest.commitment_votes import consensus, passive_to_do, proposed_vote
from tests.ingest.commitment_texts import found, only


def test_a_proposal_seconded_and_carried_that_says_what_was_decided_is_a_vote():
    assert proposed_vote("It was proposed by Cllr Smith and seconded by Cllr Jones to accept the quotation; all agreed.")
    assert proposed_vote("Cllr Smith proposed the grant be paid, Cllr Jones seconded, all in favour.")
    assert not proposed_vote("Proposed by Cllr Smith, seconded by Cllr Jones, all in favour.")  # the vote for the next line
    assert not proposed_vote("Cllr Smith proposed the grant be paid, Cllr Jones seconded, but it was not agreed.")


def test_the_meetings_view_needs_a_choice_in_it():
    assert consensus("After discussion it was felt that it would be better to repair the bench.")
    assert not consensus("It was felt too late to send the forms.")
    assert not consensus("It was felt by residents that the road should close.")


def test_a_passive_to_do_line_is_short_and_has_no_verb_before_it():
    assert passive_to_do("Contractor to be advised that the gate is to be kept shut.")
    assert not passive_to_do("This was set to be achieved through walking groups.")
    assert not passive_to_do("Items to be considered in the absence of the press")
    assert not passive_to_do("Due to be carried out on 18 July by the highway contractor.")  # a schedule, no to-do


def test_a_vote_whose_members_titles_end_in_a_full_stop_is_still_one_sentence_of_proposal_seconder_and_vote():
    assert proposed_vote("Cllr. Amos proposed Cllr. Baker as Vice-Chair, seconded Cllr. Cole and carried unanimously.")
    assert not proposed_vote("Cllr. Amos proposed Cllr. Baker as Vice-Chair.")


def test_a_passive_to_do_line_may_name_the_thing_and_open_with_a_connective():
    assert passive_to_do("Additionally, Fire and Ambulance Services to be contacted about access to the lane.")
    assert passive_to_do("Highways England to be asked to repair the verge.")
    assert not passive_to_do("Additionally, Members were to be advised of the outcome.")
    assert not passive_to_do("Also, this was set to be achieved through walking groups.")


def test_a_vote_told_in_its_own_sentence_after_the_proposal_is_the_resolution():
    """"A proposed and B seconded their approval. There were no objections." reads as "…, all in favour." does."""
    for vote in ("There were no objections.", "All in favour.", "Carried unanimously."):
        got = found(f"Parish Council minutes\n\n3. Minutes\n\nMrs Able proposed and Mr Baker seconded their approval. {vote}")
        assert [(c.kind, c.text) for c in got] == [
            ("resolution", f"Mrs Able proposed and Mr Baker seconded their approval. {vote}")], vote
    assert found("Parish Council minutes\n\n3. Bench\n\nThe bench was discussed. All in favour.") == []


def test_a_vote_naming_people_by_their_initials_is_one_sentence_and_a_vote():
    """"… proposed by Mr D. Berry and seconded by Mr. M. Lake and was unanimously agreed …" (round 14)."""
    c = only("Parish Council minutes\n\nMinutes\n\nAgreement to the content of the minutes was proposed by Mr D. Berry "
             "and seconded by Mr. M. Lake and was unanimously agreed by the meeting.")
    assert c.kind == "resolution" and c.text.endswith("by the meeting.")


def test_a_matter_put_to_the_next_meeting_in_a_sentence_of_its_own_is_the_councils_undertaking():
    """"To be discussed at the next meeting." (round 14); an agenda's "To be circulated separately." is none."""
    c = only("Parish Council minutes\n\nGrant\n\nThe hall asked for a grant. To be discussed at the next meeting.")
    assert (c.kind, c.due) == ("undertaking", "the next meeting")
    assert found("Parish Council agenda\n\nReport\n\nTo be circulated separately.", "agenda") == []


def test_business_the_meeting_put_off_is_its_procedural_resolution():
    c = only("Parish Council minutes\n\nDog bins – the Clerk was away for this item so it was deferred until she was back.")
    assert c.kind == "resolution"
    c = only("Parish Council minutes\n\nMATTERS ARISING\n\nWere deferred until the next meeting")
    assert c.kind == "resolution"
    assert found("Parish Council agenda\n\nA motion will be proposed that all items will be deferred.", "agenda") == []
