"""Meeting bodies: which headings name one, their names made tidy, and whole authorities meeting as themselves."""
from __future__ import annotations

import pytest

from ingest.bodies import (
    authority_type, authority_type_named, body_line, council_place, clean_committee, crumb_body, ends_with_body_word, in_full, joint_body_part,
    bilingual_banner, names_a_body, whole_body,
)


@pytest.mark.parametrize("text, expected", [
    ("Planning Committee", True),
    ("Cabinet", True),
    ("Health and Wellbeing Board", True),
    ("Meeting Details", False),  # a page's own heading
    ("The Committee noted the report.", False),  # a sentence
    ("Report to: Cabinet", False),  # a labelled line
    ("Apologies for absence", False),
])
def test_names_a_body(text: str, expected: bool):
    assert names_a_body(text) is expected


@pytest.mark.parametrize("raw, clean", [
    ("Special, Cabinet (Policy and Resources) Sub Committee", "Cabinet (Policy and Resources) Sub Committee"),
    ("Member Decisions Meeting for the Leader (Pre May 2022)", "Member Decisions Meeting for the Leader"),
    ("Extraordinary Meeting of the Council", "Council"),
    ("POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE", "Policy, Finance & Asset Management Committee"),
    ("Cabinet pdf icon PDF 48 KB", "Cabinet"),
    # a notice, a summons, its addressees, the paper and "meeting" around the body
    ("Notice of a Meeting of the Cabinet", "Cabinet"),
    ("Summons to and Agenda for the Budget County Council Meeting", "County Council"),
    ("All Members of the Planning Committee", "Planning Committee"),
    ("MEETING OF THE COUNCIL", "Council"),
    ("Report to the Cabinet", "Cabinet"),
    ("Minutes of Cabinet", "Cabinet"),
    ("Minutes Planning Committee", "Planning Committee"),  # a title's paper word, no "of"
    ("Report of Finance Committee Meeting", "Finance Committee"),
    ("Extra Ordinary Parish Council", "Parish Council"),  # the occasion spelt as two words
    ("Licensing Committee meeting", "Licensing Committee"),
    # a portfolio's remit in brackets is not part of the office's name
    ("Cabinet member for housing (including homelessness, lettings and repairs)", "Cabinet member for housing"),
])
def test_clean_committee(raw: str, clean: str):
    assert clean_committee(raw) == clean


def test_whole_authorities_are_labelled_by_their_type():
    assert whole_body("Kent County Council") == ("Kent", "Council")
    assert whole_body("The Council") == (None, "Council")
    assert whole_body("National Park Authority") == (None, "National Park Authority")
    authority, kind = whole_body("Police and Crime Panel for Lancashire")
    assert kind == "Police and Crime Panel" and "Lancashire" in authority
    assert whole_body("Cumbria Health and Wellbeing Board") is None
    assert whole_body("Parish Council") == (None, "Parish Council")  # a local council's own meeting, its place unsaid


def test_a_council_called_by_its_type_is_the_full_council():
    assert whole_body("Full Council") == (None, "Council")
    assert whole_body("the County Council") == (None, "Council")
    assert whole_body("Borough Council") == (None, "Council")
    assert whole_body("Full Cabinet") is None


def test_a_joint_body_named_with_its_area_is_its_own_authority():
    assert whole_body("Gloucestershire Joint Waste Committee") == (
        "Gloucestershire Joint Waste Committee", "Joint Waste Committee")
    assert whole_body("Joint Waste Committee") is None  # no area: nothing says whose


def test_a_numbered_body_keeps_its_number():
    assert names_a_body("LICENSING SUB-COMMITTEE No.5") and ends_with_body_word("Licensing Sub-Committee No. 5")
    assert clean_committee("LICENSING SUB-COMMITTEE NO.2") == "Licensing Sub-Committee No.2"


def test_whole_bodies_of_joint_kinds_and_unknown_places():
    assert whole_body("Combined Fire Authority for Somewhere") == ("Combined Fire Authority for Somewhere",
                                                                   "Combined Fire Authority")
    assert whole_body("Dundee City Health and Social Care Integration Joint Board") == (
        "Dundee City Integration Joint Board", "Integration Joint Board")
    # without a place the gazetteer knows, a remit before the type is part of the body's own name
    assert whole_body("Health & Social Care Integration Joint Board") is None
    # a council whose name lost a word, or one the gazetteer lacks, still meets in full; a remit is no place
    assert whole_body("North Council") == (None, "Council")
    assert whole_body("Youth Council") is None


def test_a_body_named_by_its_activity_is_completed_from_the_text():
    text = "The minutes of the Overview and Scrutiny Committee of 1 March will be considered."
    assert in_full("Overview and Scrutiny", text) == "Overview and Scrutiny Committee"
    assert in_full("Overview and Scrutiny", "No fuller name here.") == "Overview and Scrutiny"
    assert in_full("Planning Committee", text) == "Planning Committee"


@pytest.mark.parametrize(("name", "part"), [
    ("Tees Valley Combined Authority Cabinet", ("Tees Valley Combined Authority", "Cabinet")),
    ("WEST YORKSHIRE COMBINED AUTHORITY TRANSPORT COMMITTEE", ("West Yorkshire Combined Authority", "Transport Committee")),
    ("Cumbria Health and Wellbeing Board", None),  # a council's own committee keeps its place
    ("Thames Valley Police and Crime Panel", None),  # the joint body itself
    # a body word alone after the authority names its "<type> Committee", not a bare "Committee"
    ("West of England Combined Authority Committee", ("West of England Combined Authority", "Combined Authority Committee")),
])
def test_joint_body_part_splits_a_joint_authoritys_own_body(name: str, part: tuple[str, str] | None):
    assert joint_body_part(name) == part


@pytest.mark.parametrize(("line", "body"), [
    ("Home > Council and democracy > Meetings > Planning Committee > Agenda", "Planning Committee"),
    ("Home › Your council › Committees and meetings › Cabinet", "Cabinet"),
    ("Home > Meetings > Browse", None),
    ("Planning Committee - 5 March 2024", None),  # no trail
])
def test_crumb_body_reads_the_body_a_trail_leads_to(line: str, body: str | None):
    assert crumb_body(line) == body


def test_a_line_that_is_a_bodys_name_alone():
    assert body_line("Overview and Scrutiny Committee") and body_line("Local Review Body") and body_line("Cabinet")
    assert not body_line("Anytown Borough Council") and not body_line("Notice of Meeting")
    assert not body_line("Members are requested to advise Democratic Services of any apologies for this meeting.")


def test_a_body_in_its_shadow_year_keeps_its_status_on_its_type():
    whole = whole_body("Shadow Moray Integration Joint Board")
    assert whole is not None and whole[1] == "Shadow Integration Joint Board" and whole[0] == whole_body(
        "Moray Integration Joint Board")[0]
    assert whole_body("Shadow Cabinet") is None  # a status before no whole body is no whole body


def test_the_kind_of_authority_a_text_names():
    assert authority_type_named("To note the update on the National Park Management Plan.") == "National Park Authority"
    assert authority_type_named("The Authority considered the report.") is None


def test_a_lone_authority_is_of_the_type_the_paper_calls_it():
    fire = whole_body("Humberside Fire and Rescue Authority")
    assert fire is not None and fire[1] == "Fire and Rescue Authority"
    said = "Anytown Fire Authority 5 March 2024\nThe minutes of the meeting of the Authority held on 1 February were signed."
    assert authority_type("Humberside Fire and Rescue Authority", said) == "Fire Authority"  # the paper's fewer words
    assert authority_type("Humberside Fire and Rescue Authority", "The Authority noted it.") == "Fire and Rescue Authority"
    assert authority_type("Humberside Fire and Rescue Authority", "the National Park plan") == "Fire and Rescue Authority"
    # a council found by a mention ("the Cabinet of Anytown District Council") in a fire authority's own minutes
    assert authority_type("Wealden", "the Fire Authority's Code of Conduct; the full Fire Authority") == "Fire Authority"
    assert authority_type("Wealden", "The Chairman informed the Authority.") is None


def test_a_council_named_by_its_place_alone():
    assert council_place("Aberystwyth Council") == "Aberystwyth"
    assert council_place("Full Council") is None and council_place("County Council") is None
    assert council_place("Special Council") is None  # a meeting's status
    assert council_place("Anytown Town Council") is None  # a local council's type before "Council"


@pytest.mark.parametrize("text", ["Minutes of the Last Meeting", "MINUTES OF THE FULL MEETING", "Annual General Meeting",
                                  "Next Meeting"])
def test_which_meeting_it_is_names_no_body(text: str):
    assert not names_a_body(text)


def test_a_body_keeps_its_name_before_its_occasion():
    assert names_a_body("Annual Parish Meeting") and names_a_body("Extraordinary Council Meeting")
    assert clean_committee("DERBYSHIRE FIRE & RESCUE AUTHORITY ANNUAL GENERAL MEETING") == "Derbyshire Fire & Rescue Authority"
    assert clean_committee("Cabinet Special Meeting") == "Cabinet"
    assert not names_a_body(clean_committee("Annual General Meeting"))  # nothing before it to keep


def test_a_breadcrumb_section_of_many_bodies_is_no_body():
    assert crumb_body("Home > Your council > Councillors, meetings and committees > Meetings") is None
    assert crumb_body("Home > Your Council > Agenda and minutes") is None
    assert crumb_body("Home > Committees > Planning Committee > Agenda") == "Planning Committee"


def test_a_moderngov_item_marker_is_no_part_of_the_name_in_any_case():
    assert clean_committee("Planning Committee (Item 73)") == "Planning Committee"
    assert clean_committee("Planning Committee (item 73)") == "Planning Committee"
    assert clean_committee("Cabinet (ITEM 6.)") == "Cabinet"


def test_a_body_s_paper_word_and_day_are_no_part_of_its_name():
    assert clean_committee("PARISH COUNCIL MINUTES 6TH DECEMBER 2012") == "Parish Council"
    assert clean_committee("Parish Council Meeting Minutes 21 July 2021") == "Parish Council"
    assert clean_committee("Council Meeting 20th May 24") == "Council"
    assert clean_committee("Cabinet 5 March 2024") == "Cabinet 5 March 2024"  # no paper's word: left to the heading rules


@pytest.mark.parametrize("heading, banner", [
    ("BOROUGH COUNCIL COMHAIRLE BHUIRG LÉIM AN MHADAIDH", True),  # a council's banner in Irish and English
    ("CYNGOR TREF PENMAENMAWR PENMAENMAWR TOWN COUNCIL", True),
    ("Cyngor Sir Ceredigion County Council", False),  # the gazetteer's name for Ceredigion: its full meeting
    ("Comhairle nan Eilean Siar", False),
    ("Development Services Committee", False),
])
def test_a_bilingual_banner_names_no_meeting_body(heading: str, banner: bool):
    assert bilingual_banner(heading) is banner
    if banner:
        assert not names_a_body(heading)
