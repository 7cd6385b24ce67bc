"""The meeting's body from what the text says of it: the body that acted, the body approving its own minutes."""
from __future__ import annotations

import pytest

from ingest.body_mentions import (
    acting_body,
    addressed_body,
    approving_body,
    as_authority_body,
    body_since_last,
    own_business_body,
    recurring_type,
    reported_to,
)


@pytest.mark.parametrize("text, body", [
    ("Minutes: The Health and Wellbeing Board considered the Sexual Health Strategy.", "Health and Wellbeing Board"),
    ("Item 4. The Council considered and noted the report.", "Council"),
    ("The Authority considered the declarations of interest.", "Authority"),
    ("The Committee noted the report.", None),  # a lone "Committee" names no body
    ("The Chair welcomed everyone to the meeting.", None),
    ("Minutes:\nCabinet considered proposals to continue with the development.", "Cabinet"),
    ("Decision made: That Cabinet approved that the meeting remain in public session.", "Cabinet"),
    ("3.1       Council CONFIRMED the minutes of the meeting held on 4th March 2021.", "Council"),
    ("Minutes:\nThe Cabinet had before it and NOTED a report of the Director of Finance.", "Cabinet"),
    ("Minutes:\nApologies were received. The Council wished him a speedy recovery.", "Council"),
])
def test_acting_body(text: str, body: str | None):
    assert acting_body(text) == body


@pytest.mark.parametrize("text, body", [
    ("RESOLVED that the minutes of the meeting of the Fire Authority held on 8 October 2015 be confirmed as a "
     "correct record and signed by the Chairman.", "Fire Authority"),
    ("The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed by the Chair.",
     "Overview Scrutiny Committee"),
    ("To approve, and sign as a correct record the Minutes of the meeting of the Fire Authority held on 8 December 2021",
     "Fire Authority"),
    # minutes of another body, received rather than approved, say nothing of this meeting's body
    ("8. Minutes of Finance Committee meeting held Thursday 14 January 2021 (attached)", None),
    ("To confirm the minutes of the meeting held on 3 June 2024 as a correct record.", None),
    ("Consider Minute of Anytown Council held on 3 June 2024 for approval and signing by the Convener.", "Anytown Council"),
    ("Minutes of Previous Planning Committee pdf icon PDF 137 KB", "Planning Committee"),
    ("Minutes of the previous meeting pdf icon PDF 137 KB", None),
    # the item's title, its minutes under it approving them
    ("12.\nMinutes of the Licensing Committee Meeting held on 3rd May, 2022 pdf icon PDF 88 KB\nMinutes:\n"
     "RESOLVED that the minutes of the meeting held on 3rd May, 2022 be approved as a correct record.", "Licensing Committee"),
    ("Consideration was given to the decisions of the Executive Meeting held on 2nd June, 2021.\n"
     "RESOLVED that the decisions be received as a true record of proceedings.", "Executive"),
    # the next item's approval is not this item's
    ("4. Minutes of the Finance Committee held on 1 May 2021 (attached)\n5. To approve the minutes of the last "
     "meeting as a correct record", None),
    # several meetings' minutes at once, and minutes approved in a list under the resolution
    ("RESOLVED that the Minutes of the Annual and Ordinary meetings of the Authority held on 5 May 2024 be signed as a "
     "correct record.", "Authority"),
    ("Resolved that the Minutes of the meeting(s) listed below be approved and signed as a correct record:\n\n"
     "1)             Cabinet held on 18 April 2024.", "Cabinet"),
])
def test_approving_body(text: str, body: str | None):
    assert approving_body(text) == body


@pytest.mark.parametrize("text, body", [
    ("Recommendations\nThe Licensing Committee is recommended to:\n(1) Note the report.", "Licensing Committee"),
    ("RESOLVED\nThat Mr A Brown be elected Chairman of the Midshire Police and Crime Panel for the ensuing year.",
     "Midshire Police and Crime Panel"),
    ("The Leader welcomed Ms Jones to her first meeting of the Cabinet.", "Cabinet"),
    ("The Chair welcomed everyone to the meeting of the Licensing Committee and introduced the officers.",
     "Licensing Committee"),
    ("The Chair welcomed everyone to the meeting. The Council noted the report.", None),  # only the lone word
    ("The Committee is recommended to note the report.", None),  # a lone "Committee" names no body
    ("Mr Brown was elected Chairman of the Rotary Club.", None),
    ("RESOLVED: That Ms Smith be elected as Chair of the Anytown, Midshire and Rutland Police and Crime Panel for the "
     "municipal year 2024/25.", "Anytown, Midshire and Rutland Police and Crime Panel"),
])
def test_own_business_body(text: str, body: str | None):
    assert own_business_body(text) == body


def test_a_lone_authority_takes_the_authoritys_own_type():
    assert as_authority_body("Authority", "Fire and Rescue Authority") == "Fire and Rescue Authority"
    assert as_authority_body("Authority", "Council") is None
    assert as_authority_body("Authority", None) is None
    assert as_authority_body("Planning Committee", "Council") == "Planning Committee"


def test_the_body_a_paper_counts_time_from():
    assert body_since_last("The Provost reported on her duties since the last meeting of the Council held on 3 June.") == "Council"
    assert body_since_last("The Committee noted the report.") is None


def test_the_body_a_decisions_report_went_to():
    assert reported_to("(a) That the Strategy, as attached as Appendix 1 to Report Item 12 to the Cabinet, be approved.") == "Cabinet"
    assert reported_to("A report to the Planning Committee sets out the options.") == "Planning Committee"
    assert reported_to("The report was noted.") is None


def test_the_body_spoken_to_at_its_meeting():
    assert addressed_body("The Mayor informed the Council of the recent by-election in Anytown South.") == "Council"
    assert addressed_body("The Chair advised the Committee that the item was deferred.") is None  # a lone "Committee"


def test_the_joint_authority_a_paper_names_again_and_again():
    assert recurring_type("Thanks to Cllr A who left the Fire Authority. The Fire Authority will also welcome Cllr B.") == (
        "Fire Authority")
    assert recurring_type("Officer, Tees Valley Combined Authority\nthe Combined Authority's response; Director, Tees "
                          "Valley Combined Authority") == "Tees Valley Combined Authority"
    assert recurring_type("Cllr A sits on the Fire Authority.") is None  # named once: any body's
    assert recurring_type("The Council noted it. The Council agreed.") is None  # every council paper names the Council


def test_a_heading_run_on_into_the_sentence_after_it_is_no_bodys_name():
    # "Chair's Remarks" over "The Committee was advised ...": the body is the bare "Committee", which names none
    assert acting_body("1. Chair's Remarks\n\nThe Committee was advised that a member had resigned.") is None
    assert acting_body("Scrutiny Considerations The Committee received a report.") is None
    assert acting_body("The Planning Committee noted the report.") == "Planning Committee"


def test_a_heading_over_a_blank_line_is_not_part_of_the_body_below_it():
    text = "Report of the Head of Legal pdf icon PDF 91 KB\n\nCabinet Member for Finance\n\n\nCabinet considered the report."
    assert acting_body(text) == "Cabinet"


def test_a_motion_in_its_own_words_without_this_is_a_full_councils_business():
    from ingest.body_mentions import full_meeting_body

    assert full_meeting_body("9. Motions\n\nTo consider the following motion:\n\n“Council notes that: local bus services ...") == "Council"
    assert full_meeting_body("Council acknowledges that climate change is occurring.") == "Council"
    assert full_meeting_body("The report notes that the Council's budget is balanced.") is None


def test_an_item_citing_the_budget_recorded_vote_regulations_is_a_full_councils():
    from ingest.body_mentions import full_meeting_body

    text = ("Agenda item\nRevenue Budget 2019/20\nIn accordance with the Local Authorities (Standing Orders) (England) "
            "(Amendment) Regulations 2014, a recorded vote will be taken on this item.")
    assert full_meeting_body(text) == "Council"


def test_a_label_before_a_local_council_type_names_no_council():
    from ingest.body_mentions import local_council_heading
    assert local_council_heading(["Meeting: Parish Council", "Date: Wednesday 21 July 2021"]) is None
    assert local_council_heading(["Meeting: Wedmore Parish Council"]) == "Wedmore Parish Council"


def test_a_bilingual_banner_names_the_local_council_in_english():
    from ingest.body_mentions import local_council_heading
    assert local_council_heading(["CYNGOR TREF PENMAENMAWR PENMAENMAWR TOWN COUNCIL", "Minutes of a meeting"]) == (
        "Penmaenmawr Town Council")
    assert local_council_heading(["CYNGOR TREF TOWN COUNCIL", "Ordinary Meeting of the Council held at ..."]) is None


def test_untitled_minutes_speak_as_a_parish_by_their_people():
    from ingest.local_meeting import local_voice_type
    assert local_voice_type("Present: Parish Councillors A (Chair), B; the clerk.") == "Parish Council"
    assert local_voice_type("Also present were 8 parishioners and the Clerk.") == "Parish Council"
    assert local_voice_type("Present: Town Councillors A and B") == "Town Council"
    # a named council's member, in a county's minutes, is another council's
    assert local_voice_type("He had been a North Weald Parish Councillor and a district councillor.") is None
    assert local_voice_type("Present: Councillors A, B and C") is None


@pytest.mark.parametrize(("text", "body"), [
    ("The Chair advised Council that the Monitoring Officer would be retiring.", "Council"),
    ("The Leader updated Cabinet on the recommendations of the working group.", "Cabinet"),
    ("The Chair thanked Council officers for their work.", None),
    ("The Leader informed Council Tax payers of the change.", None),
])
def test_a_lone_body_spoken_to_without_its_article(text: str, body: str | None):
    assert addressed_body(text) == body


def test_a_body_acting_after_a_list_mark():
    text = "(i)            Council received the minutes of the Committee meetings held since 1 October."
    assert acting_body(text) == "Council"
