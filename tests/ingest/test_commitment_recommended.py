"""Lists and labels the register reads (issue #12): a committee's recommendations carried to Council, a resolution
that recommends to Council what it must do, a part whose sub-items give its details, a parish council's "Resolve:" and
"Agreed:" lines, outcomes after a dash, a summary's bullets, minutes approved after a label. Short invented texts, not
copied from any paper."""
from __future__ import annotations

from tests.ingest.commitment_texts import found, only


def test_that_council_be_recommended_opens_a_list_of_recommendations_to_council():
    got = found(
        "Planning Committee\n\nMeeting held on 3 March 2026\n\nPC 12 Street Trading Policy\n\n"
        "That Council be RECOMMENDED to:\n\n1. adopt the revised Street Trading Policy; and\n\n"
        "2. revoke the 2015 policy.\n\nPC 14 Fees\n\n"
        "That Council be RECOMMENDED to set the licence fees shown in the schedule.",
        "agenda",
    )
    assert [(c.kind, c.actor) for c in got] == [("recommendation", "the Council")] * 3
    assert [c.text for c in got] == [
        "adopt the revised Street Trading Policy; and", "revoke the 2015 policy.",
        "to set the licence fees shown in the schedule.",
    ]


def test_that_it_be_recommended_to_council_is_the_meetings_resolution_with_council_to_act():
    got = found(
        "Minutes:\n\n1) That it be recommended to Council that it:\n\na) Approves the capital programme for 2026/27.\n\n"
        "b) Notes the borrowing forecast."
    )
    assert [(c.kind, c.actor, c.text) for c in got] == [
        ("resolution", "the Council", "Approves the capital programme for 2026/27."),
        ("resolution", "the Council", "Notes the borrowing forecast."),
    ]


def test_a_part_that_decides_keeps_its_details_out_and_the_list_goes_on():
    got = found(
        "Minutes:\n\nRESOLVED that the Committee:\n\na) Approves a rise in the garden waste charge by 5% in 2026/27:\n\n"
        "i. 3% for inflation, and\n\nii. 2% for the new vehicles.\n\nb) Approves the revised car parking tariffs."
    )
    assert [c.text for c in got] == [
        "Approves a rise in the garden waste charge by 5% in 2026/27:", "Approves the revised car parking tariffs.",
    ]


def test_a_parish_resolve_label_with_its_proposer_and_seconder_is_the_councils_resolution():
    c = only(
        "Minutes of the Meeting of the Town Council\n\n"
        "Resolve: Proposed by Cllr Able, seconded by Cllr Baker, by unanimous vote, that the bench on Mill Green be "
        "replaced before 1 June 2026.",
        committee="Town Council",
    )
    assert (c.kind, c.actor, c.due) == ("resolution", "the Council", "before 1 June 2026")
    assert c.text == "the bench on Mill Green be replaced before 1 June 2026."


def test_an_agreed_line_worded_as_an_action_or_a_promise_is_that_kind():
    got = found(
        "Minutes of the Parish Council\n\n4. Footpaths\n\nAgreed: Clerk to write to Cllr. Jones about the stile.\n\n"
        "5. Planning\n\nAgreed: Cllr. Smith agreed to look into the heritage statement and report back."
    )
    assert [(c.kind, c.actor) for c in got] == [("action", "Clerk"), ("undertaking", "Cllr. Smith")]


def test_a_formal_resolved_part_naming_who_acts_stays_a_resolution_of_that_doer():
    """"RESOLVED Cllr A to buy …" is the meeting's resolution putting Cllr A to work, not an action line (round 14)."""
    got = found(
        "Minutes of the Parish Council\n\n7. Speedwatch\n\nRESOLVED Councillor Gritton to purchase the camera.\n\n"
        "8. Footpaths\n\nAgreed: Clerk to write to Cllr. Jones about the stile."
    )
    assert [(c.kind, c.actor) for c in got] == [("resolution", "Councillor Gritton"), ("action", "Clerk")]


def test_an_agendas_section_of_resolved_or_recommended_items_is_no_lead_in():
    """A cabinet agenda's "RESOLVED ITEMS (…)" / "RECOMMENDED ITEMS (…)" section titles file nothing (round 14)."""
    got = found("Cabinet agenda\n\nRESOLVED ITEMS (SUBJECT TO QUESTIONS ONLY)\n\nMinutes\n\n"
                "RECOMMENDED ITEMS (REQUIRING A DECISION)\n\nDeclarations of Interest", "agenda")
    assert got == []


def test_an_agenda_line_with_its_outcome_after_a_dash_is_a_resolution_and_a_bare_note_is_not():
    got = found(
        "Parish Council minutes\n\n2. Apologies for Absence – Cllr Hope\n\n"
        "3. Confirmation of the minutes of the meeting on 4th March 2026 – Agreed\n\n4. Declarations of Interest – none"
    )
    assert [(c.kind, c.text) for c in got] == [
        ("resolution", "Confirmation of the minutes of the meeting on 4th March 2026 – Agreed"),
    ]


def test_a_summarys_bullet_of_what_was_agreed_is_a_resolution_but_what_was_heard_is_not():
    got = found(
        "A summary of the meeting. At this meeting they:\n\n- Heard from a resident about parking,\n\n"
        "- Agreed expenditure on a new noticeboard for the green,\n\n- Discussed the summer fete."
    )
    assert [c.text for c in got] == ["Agreed expenditure on a new noticeboard for the green,"]


def test_minutes_read_approved_and_signed_after_an_item_label_or_a_flattened_agenda_row_are_resolutions():
    got = found(
        "Parish Council minutes\n\n12a/26 Approval of minutes of 3rd March: The minutes were read, approved and signed as "
        "a true record as proposed by AB and seconded by CD.\n\n"
        "To approve the minutes of the meeting held on 1 March 2026. Minutes: The Minutes of the meeting held on "
        "1 March 2026 were approved as a correct record. |"
    )
    assert [c.text[:40] for c in got] == ["The minutes were read, approved and sign", "The Minutes of the meeting held on 1 Mar"]


def test_a_ninth_lettered_part_is_read_as_a_letter_not_a_roman_numeral():
    parts = "\n\n".join(f"{letter}) Approves item {n} of the budget." for n, letter in enumerate("abcdefghi", 1))
    got = found(f"Minutes:\n\nRESOLVED that the Council:\n\n{parts}")
    assert len(got) == 9 and got[-1].text == "Approves item 9 of the budget."


def test_a_recommendations_to_council_heading_makes_council_the_one_asked():
    got = found("Recommendations to Council:\n\nThat the revised Constitution be adopted.", "agenda")
    assert [(c.kind, c.actor) for c in got] == [("recommendation", "the Council")]


def test_a_part_that_puts_an_officer_to_work_names_the_officer_and_the_chair_signing_leaves_the_body():
    got = found("Minutes:\n\nAgreed:\n\n• that the Clerk obtain three quotes for the works;\n\n"
                "• that the Chairman sign the minutes.")
    assert [c.actor for c in got] == ["the Clerk", "the Committee"]


def test_a_resolution_label_is_read_as_resolved_and_a_resolution_title_is_not():
    c = only("Minutes:\n\nResolution: That the minutes of the meeting held on 4 May 2026 be approved.")
    assert c.text == "the minutes of the meeting held on 4 May 2026 be approved."
    assert found("Minutes:\n\nResolution of the boundary dispute with the county") == []


def test_an_agendas_next_item_titles_end_the_recommendations_above_them():
    got = found("Agenda\n\n8.\n\nGrant to the Football Club\n\nRECOMMENDED that\n\n1. a grant of £10,000 be made to the "
                "club; and\n\n2. the Portfolio Holder be authorised to agree its terms.\n\n9.\n\nDate of Next Meeting\n\n"
                "10.\n\nExclusion of Press and Public", "agenda")
    assert [c.text for c in got] == ["a grant of £10,000 be made to the club; and",
                                     "the Portfolio Holder be authorised to agree its terms."]


def test_an_agendas_recommendation_that_heading_opens_its_recommendations():
    got = found("Agenda\n\n5.\n\nMinutes\n\nRECOMMENDATION that:\n\n1. the minutes of the meeting held on 3 May 2024 be "
                "confirmed and signed as a correct record.", "agenda")
    assert [c.kind for c in got] == ["recommendation"]


def test_an_outcome_word_alone_as_a_part_is_no_title_and_the_list_goes_on():
    got = found("Minutes\n\nRESOLVED:\n\n(i) Noted\n\n(ii) That the plan be approved.")
    assert [c.text for c in got] == ["Noted", "That the plan be approved."]
