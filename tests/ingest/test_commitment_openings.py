"""Commitments in a meeting's opening items as councils beyond the tuning papers record them: chairs elected, minutes
agreed, the summons and the agenda's standing notes (which are none). Short synthetic texts, not copied from any paper."""
from __future__ import annotations

import pytest

from tests.ingest.commitment_texts import found, only


@pytest.mark.parametrize(
    "text",
    [
        "Items of Business\n\nThere being no further nominations it was agreed unanimously that Councillor Reid be "
        "appointed as Chair of the Joint Board.",
        "Minutes:\n\nNominations were requested for a Chair for the coming year. Councillor Ann Hughes was nominated, "
        "seconded and elected as Chair for the coming year.",
    ],
)
def test_a_chair_chosen_inside_a_paragraph_is_the_bodys_resolution(text):
    got = only(text, committee="Integration Joint Board")
    assert (got.kind, got.actor) == ("resolution", "the Board")


def test_a_resolution_run_on_in_a_flattened_page_is_read_from_its_own_sentence():
    text = ("MINUTES of a meeting of the Northshire Police and Crime Panel held on Thursday, 5 March 2026. PRESENT: Cllr "
            "Mrs A Black (Eastbury Borough Council), Mr B Bowles (Westbury Borough Council), Cllr J Burden (Northbury "
            "District Council), Cllr Mrs S Chandler (Southbury District Council), Mr G Cowan (Northshire County Council). "
            "1. Apologies The Head of Democratic Services reported apologies from Councillor Perkins. 2. Election "
            "of Chairman (1) Councillor A proposed and Councillor B seconded that Mr C Dale be elected Chairman. No other "
            "nominations were received. RESOLVED that Mr C Dale be elected Chairman of the Panel. 3. Election of "
            "Vice-Chairman (Item 2) (1) The Cha")
    got = only(text, committee="Police and Crime Panel")
    assert (got.text, got.actor) == ("Mr C Dale be elected Chairman of the Panel.", "the Panel")


def test_what_it_was_agreed_would_be_done_is_the_bodys_resolution_not_an_undertaking():
    got = only("Minutes:\n\nTwo members attended the regional conference on 21 March and it was agreed that a summary "
               "note would be circulated to members.", committee="Police and Crime Panel")
    assert (got.kind, got.actor) == ("resolution", "the Panel")


def test_a_resolution_stem_that_decides_takes_the_plain_items_it_lists():
    got = only("Minutes:\n\nResolved that the Minutes of the meeting(s) listed below be approved and signed as a correct "
               "record:\n\n1)   Cabinet held on 12 March 2026.", committee="Cabinet")
    assert got.text.endswith("correct record: Cabinet held on 12 March 2026.")


def test_a_scottish_minute_reference_ends_the_decision_above_it():
    got = found("CL31. Minute\n\nDecision\n\nThe minute of meeting of the Licensing Committee held on 2 April 2026 was "
                "approved.\n\nCL32. List of Applications Granted under Delegated Powers in April 2026")
    assert [c.text for c in got] == ["The minute of meeting of the Licensing Committee held on 2 April 2026 was approved."]


@pytest.mark.parametrize(
    "text",
    [
        "NORTHSHIRE BOROUGH COUNCIL 18 May 2026 Dear Sir/Madam You are hereby invited to attend a meeting of the Northshire "
        "Borough Council which will be held in the Council Chamber, Town Hall on Wednesday, 25 May 2026 at 7.00pm.",
        "Minutes of Committees\n\nResources Committee: Mr Hale will present the minutes of the meeting held on 3 "
        "September 2026;",
        "Apologies for absence:\n\nMembers are requested to advise Democratic Services of any apologies for this meeting.",
    ],
)
def test_the_summons_and_the_agendas_standing_business_are_no_commitments(text):
    assert found(text, "agenda") == []


def test_a_report_the_body_had_before_it_and_noted_is_its_outcome():
    got = only("Minutes:\n\nThe Cabinet had before it and NOTED a * report of the Director of Corporate Affairs providing "
               "Members with an update on performance.")
    assert (got.kind, got.actor) == ("resolution", "the Cabinet")


def test_a_committee_named_with_its_paper_is_the_deciding_body():
    got = only("Northshire Borough Council\n\nCabinet Minutes\n\nRESOLVED that the Action Plan be approved.",
               committee="Cabinet Minutes")
    assert got.actor == "the Cabinet"


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Minutes:\n\nRESOLVED that the Minutes of the Annual and Ordinary meetings of the Authority held on 26 May 2026 "
         "be signed as a correct record.", "the Authority"),
        ("Minutes:\n\nThe Council wished him a speedy recovery.\n\nRESOLVED – that Councillor Stock be elected Mayor for "
         "the ensuing municipal year.", "the Council"),
    ],
)
def test_a_page_without_a_title_is_the_body_its_own_business_names(text, actor):
    assert only(text).actor == actor


def test_the_mayor_authorised_to_sign_them_leaves_the_body_as_actor():
    got = only("Minutes:\n\nRESOLVED:\n\nThat the minutes of the previous meeting held on 29 February 2026 be agreed as a "
               "correct record and the Mayor be authorised to sign them.", committee="Council")
    assert got.actor == "the Council"


def test_a_motion_the_agenda_says_the_chair_will_propose_is_no_resolution():
    assert found("3. Minutes The Chairman shall propose that the minutes of the meeting of this Committee held on 17th "
                 "January 2026 be signed as a true record.", "agenda") == []


def test_the_agendas_reminder_to_disclose_interests_is_no_recommendation():
    assert found("Declarations of Interest\n\nMembers are requested to disclose the existence and nature of any "
                 "disclosable pecuniary interest.", "agenda") == []


def test_an_officers_account_under_decision_is_not_the_decision():
    got = found("Decision Maker: Standards Committee\n\nDecision:\n\nThe Chief Officer Legal, HR and Regulatory Services "
                "explained that Group Leaders were required to report compliance. It was recommended that the Group "
                "Leaders and the Committee agree on the form of a report.\n\nThe Group Leaders and the Committee discussed "
                "and agreed a way forward for reporting to the Committee.", "decision")
    assert [c.text for c in got] == [
        "The Group Leaders and the Committee discussed and agreed a way forward for reporting to the Committee."
    ]


def test_a_lettered_part_with_a_stray_full_stop_and_no_resolved_word_is_a_resolution():
    got = only("The Authority considered a report of the Director of Governance on its constitution.\n\n(a).      that the "
               "minor, consequential changes to the Authority's governance documents be approved;", committee="Authority")
    assert (got.kind, got.actor) == ("resolution", "the Authority")


def test_an_agendas_verbal_update_is_the_item_not_a_promise():
    assert found("5 VERBAL UPDATE FROM CHIEF OFFICER\n\nThe Chief Officer will provide a verbal update on the recent "
                 "business of the Partnership.", "agenda") == []
