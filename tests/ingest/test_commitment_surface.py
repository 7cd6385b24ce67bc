from ingest.commitment_surface import as_written, canonical, joined
from tests.ingest.commitment_texts import only


def test_outcome_words_take_the_patterns_case_and_keep_length():
    for written, read in [
        ("resolved: that the report be noted", "Resolved: that the report be noted"),
        ("5.2 agreed – the Clerk to write", "5.2 Agreed – the Clerk to write"),
        ("It was RESOLVED that the fee be paid", "It was resolved that the fee be paid"),
        ("Members Agreed to meet in May", "Members agreed to meet in May"),
        ("… of the last meeting resolved – That they be signed", "… of the last meeting RESOLVED – That they be signed"),
        ("and it was resolved as follows:", "and it was RESOLVED as follows:"),
        ("(action - Clerk)", "(Action - Clerk)"),
        ("The agreed budget stands.", "The agreed budget stands."),
    ]:
        assert canonical(written) == read
        assert len(canonical(written)) == len(written)


def test_record_words_come_back_as_written():
    read, written = joined(["Members AGREED to meet in May."])
    assert as_written("Members agreed to meet in May.", read, written) == written
    assert as_written("not there", read, written) == "not there"


def test_a_manner_adverb_after_the_verb_is_read_past_and_kept_in_the_record():
    assert canonical("RESOLVED UNANIMOUSLY that the fee be paid") == "RESOLVED that the fee be paid"
    assert canonical("The Council agreed reluctantly to close the hall") == "The Council agreed to close the hall"
    assert canonical("It was agreed also that X") == "It was agreed that X"
    assert canonical("Members agreed previously to fund it") == "Members agreed previously to fund it"
    assert canonical("Members agreed only to fund half") == "Members agreed only to fund half"
    read, written = joined(["Item 4", "The Council agreed reluctantly to close the hall."])
    assert as_written("The Council agreed to close the hall.", read, written) == \
        "The Council agreed reluctantly to close the hall."


def test_a_comma_slipped_after_an_honorific_is_read_as_a_space_and_kept_in_the_record():
    assert canonical("Phone Box – Cllr, Jones to make inquiries") == "Phone Box – Cllr  Jones to make inquiries"
    assert canonical("Cllr., Jones to write") == "Cllr.  Jones to write"
    assert canonical("consultation with Executive Councillor, Chair, Vice Chair") == (
        "consultation with Executive Councillor, Chair, Vice Chair")  # a list of roles keeps its commas
    read, written = joined(["Cllr, Jones to make inquiries."])
    assert as_written("Cllr  Jones to make inquiries.", read, written) == written


def test_the_vote_in_brackets_after_the_verb_is_read_past_and_kept_in_the_record():
    assert canonical("Cabinet considered the report and RESOLVED (unanimous) to recommend approval") == (
        "Cabinet considered the report and resolved to recommend approval")
    record = only("Decision Maker: Cabinet\n\nCabinet considered the report and RESOLVED (unanimous) to recommend to "
                  "Council approval of the changes to the allocations policy.", "decision")
    assert record.kind == "resolution" and "(unanimous)" in record.text
