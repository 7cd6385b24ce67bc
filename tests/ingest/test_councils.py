"""Whose paper a text is: the councils it names in running text, their weights, addresses and references (the
gazetteer's table itself: test_council_names.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.council_variants import canonical_council
from ingest.councils import council_from_address, find_councils, referred_council


def _top(text: str) -> str | None:
    ranked = find_councils(text)
    return ranked[0][0] if ranked else None


def test_seeds_come_out_as_their_own_councils(seeds: Path):
    expected = {
        "000": "Croydon",
        "001": "Hillingdon",
        "002": "Croydon",
        "003": "Tower Hamlets",
        "004": "West Sussex",
    }
    for prefix, council in expected.items():
        (path,) = seeds.glob(f"{prefix}_*.txt")
        assert _top(path.read_text(encoding="utf-8")) == council, path.name


def test_a_partner_mentioned_as_often_as_the_author_weighs_less(seeds: Path):
    (path,) = seeds.glob("000_*.txt")
    text = path.read_text(encoding="utf-8")
    assert text.count("Croydon") == 3 and text.count("Camden") == 3
    ranked = dict(find_councils(text))
    assert ranked["Croydon"] > 2 * ranked["Camden"]


def test_practice_partner_and_regions_are_not_the_author(seeds: Path):
    (west_sussex,) = seeds.glob("004_*.txt")
    ranked = find_councils(west_sussex.read_text(encoding="utf-8"))
    assert ranked[0][0] == "West Sussex" and dict(ranked)["Hampshire"] < 1
    (hillingdon,) = seeds.glob("001_*.txt")
    assert [name for name, _ in find_councils(hillingdon.read_text(encoding="utf-8"))] == ["Hillingdon"]


@pytest.mark.parametrize(
    ("sentence", "governed"),
    [
        ("Feedback on the progress of the relationship with Camden was included.", True),
        ("The support received from the London Borough of Camden was on a partnership basis.", True),
        ("Through support with Hampshire County Council as practice partner, practice improved.", True),
        ("Hampshire County Council as practice partner helped.", True),
        ("Outcomes were better than Camden.", True),
        ("Children's Services in Camden are good.", False),
        ("Officers worked with families in Camden.", False),
        ("Camden's performance was poor.", False),
    ],
)
def test_partnership_words_discount_a_mention(sentence: str, governed: bool):
    (name, weight), = find_councils("Opening line.\n" + " " * 400 + sentence)
    assert name in ("Camden", "Hampshire")
    assert (weight < 1) is governed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officers visited Sutton Coldfield and Sutton-in-Ashfield.", []),
        ("Services in Sutton were praised.", ["Sutton"]),
        ("Central Bedfordshire and Bedford Borough Council share a service.", ["Central Bedfordshire", "Bedford"]),
        ("A trip to New York. North Yorkshire met City of York Council.", ["North Yorkshire", "York"]),
        ("The Kentish Town office wrote to Kent County Council.", ["Kent"]),
        ("Derbyshire and Derby, Leicestershire and Leicester.", ["Derbyshire", "Derby", "Leicestershire", "Leicester"]),
        ("Nottinghamshire, Nottingham, Durham and the Wirral.", ["Nottinghamshire", "Nottingham", "Durham", "Wirral"]),
        ("Hull City Council and Kingston upon Thames.", ["Kingston upon Hull", "Kingston upon Thames"]),
        ("Newcastle-under-Lyme is in Staffordshire.", ["Newcastle-under-Lyme", "Staffordshire"]),
        ("The Designated Family Judge for West London agreed.", []),
        ("Reading the report, members agreed.", []),
        ("Children in Reading are safe; Reading Borough Council agreed.", ["Reading"]),
        ("Cllr Brent thanked Mr Dudley.", []),
        ("Apologies: Councillors Churton, Dawber, Rehman and Wakefield.", []),  # surnames in a list of members
        ("Councillors Smith and Jones visited Wakefield.", ["Wakefield"]),
        ("Present: Councillors: Diana Armstrong; Alex Baird; Allan Rainey MBE; Victor Warrington", []),
        ("COUNCILLORS PRESENT:\nCouncillors " + ", ".join(f"NAME{chr(65 + i)}" for i in range(20)) + ", C. BENNETT, POOLE, "
         "PRENTICE", []),  # a full council's list, initials and all
        ("Present: Councillor D O'Donovan (Chair), Akhtar, Almas, Shaheen, Sunderland, Tait and Wenham", []),
        ("Present –The Chairman (Councillor Knowles-Fitton)and CouncillorsBarrington,Beck, Paul English,Foster,Hart, "
         "Ireton", []),  # a flattened list: the label's dash, glued words
        ("Members:\nCouncillors Ann Shaw (Chairman), Mark Jones\n\nSara Bedford (Health)\n", []),  # one a line
        ("Present: Councillor Smith (Leeds), Councillor Jones (Bradford)", ["Leeds", "Bradford"]),  # their councils
        ("Officers were present at Sunderland.", ["Sunderland"]),
        ("Visit Sara Bedford (Health) and more.", ["Bedford"]),
        ("The bath and the hull were kent.", []),
        ("Bath & North East Somerset (B&NES, BANES).", ["Bath and North East Somerset"]),
        ("The BCP was tested; BCP Council agreed.", ["Bournemouth, Christchurch and Poole"]),
        ("LBTH and the London Borough of Tower Hamlets; lbth is not a name.", ["Tower Hamlets"]),
        ("Stoke-on-Trent, Stoke on Trent, Stockton-on-Tees, St. Helens.", ["Stoke-on-Trent", "Stockton-on-Tees", "St Helens"]),
    ],
)
def test_near_misses_and_variants_in_running_text(text: str, found: list[str]):
    assert sorted(name for name, _ in find_councils(text)) == sorted(found)


def test_a_postal_address_place_weighs_as_a_partner_until_a_reference_fits_it():
    # the town and county before a postcode are the venue's, not the author's: a partner's weight (doubled in the
    # opening), which never names the council alone ...
    assert find_councils("Piccadilly Gate, Store Street, Manchester M1 2WD") == [("Manchester", 0.5)]
    # ... but "the County Council" the summons is from is the county its address names, not the town before it
    summons = ("To: All Members of the County Council\nA meeting of the County Council will be held in the Council Chamber, "
               "County Hall, Maidstone, Kent, ME14 1XQ on Thursday, 13th February, 2025.")
    assert find_councils(summons)[0][0] == "Kent"


def test_the_opening_lines_count_double():
    late = "Camden. " + "Nothing to see here. " * 30 + "Croydon."
    assert find_councils(late) == [("Camden", 2.0), ("Croydon", 1.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The office is in Kent Street.",
        "Traffic on Bury Road was heavy.",
        "Camden Lodge was sold.",
        "They met in the Reading Room.",
        "Patients at Sutton Hospital were moved.",
        "Students at Durham University and the University of Kent.",
        "A report from NHS Arden Herefordshire was noted.",
        "Herefordshire and Worcestershire ICB agreed the plan.",
        "Kent County Cricket Club applied for a licence.",
        "Mr John Angus spoke on the item.",
        "Bath Rugby and the Eden Project applied.",
        "Officers in Bury St Edmunds licensed a Hackney carriage.",
    ],
)
def test_a_council_inside_a_building_street_institution_or_person_name_is_not_found(sentence: str):
    assert find_councils("Opening line.\n" + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Eden District Council and Hart District Council agreed.", ["Eden", "Hart"]),
        ("Families in Reading and Rugby were helped.", ["Reading", "Rugby"]),
        ("Kent County Council wrote to the Secretary of State.", ["Kent"]),
        ("Durham County Council met at County Hall, Durham.", ["Durham"]),
    ],
)
def test_qualified_or_standalone_names_are_still_found(sentence: str, found: list[str]):
    assert sorted(name for name, _ in find_councils("Opening line.\n" + sentence)) == sorted(found)


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Dyfed-Powys Police and Crime Panel - Thursday, 16th November, 2017",
         "Apologies were received from Councillors A (Ceredigion County Council) and B (Powys County Council)."),
        ("Police and Crime Panel for Lancashire - Monday, 17th December, 2012",
         "Also present: the County Secretary, Lancashire County Council; Lancashire County Council officers; "
         "the Solicitor, Lancashire County Council."),
        ("Merseyside Fire and Rescue Authority: minutes",
         "Members from Liverpool City Council, Wirral Council and Sefton Council attended. Liverpool City Council spoke."),
        ("West Yorkshire Combined Authority - Transport Committee",
         "Leeds City Council, Bradford Council and Kirklees Council each reported. Leeds City Council led."),
        ("Brecon Beacons National Park Authority - minutes",
         "Members appointed by Powys County Council declared an interest in land owned by Powys County Council."),
    ],
)
def test_a_joint_body_heading_its_paper_outranks_the_councils_its_members_come_from(heading: str, body: str):
    ranked = find_councils(f"{heading}\n\n{body}")
    assert canonical_council(heading.split(" - ")[0].split(":")[0]) == ranked[0][0]


def test_a_joint_body_named_later_is_a_partner_not_the_author():
    text = "Lancashire County Council\nCabinet report.\nThe Lancashire Police and Crime Panel will be told."
    assert find_councils(text)[0][0] == "Lancashire"


def test_the_borough_council_resolves_to_the_borough_the_paper_names():
    body = "Nothing else. " * 30 + "Kent County Council consulted. Kent County Council replied. Kent County Council."
    text = "Report to Tonbridge and Malling Borough Council\n" + body
    ranked = dict(find_councils(text))
    assert ranked["Kent"] > ranked["Tonbridge and Malling"]
    referred = dict(find_councils(text + " The Borough Council agreed. " * 2 + "This Council noted it. " * 3))
    assert referred["Tonbridge and Malling"] > referred["Kent"]
    assert dict(find_councils(text + "The County Council agreed."))["Kent"] > ranked["Kent"]


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("Contact democratic.services@eastherts.gov.uk", "East Hertfordshire"),
        ("See www.maidstone.gov.uk/licensing", "Maidstone"),
        ("Papers at https://moderngov.southampton.gov.uk/ieListDocuments.aspx?CId=1", "Southampton"),
        ("Email committee.services@tmbc.gov.uk", "Tonbridge and Malling"),  # initials of the official name
        ("Email democraticservices@eppingforestdc.gov.uk", "Epping Forest"),  # name and style
        ("Email DemocraticServices@MerseyFire.gov.uk", "Merseyside Fire and Rescue Authority"),  # a domain key in the data
    ],
)
def test_council_from_address_reads_web_and_email_hosts(text: str, council: str):
    ((name, weight),) = council_from_address(text)
    assert name == council and weight < 0.25
    assert find_councils(text) == [(name, weight)]


@pytest.mark.parametrize("text", ["Email a@kent.police.uk", "See www.kent.ac.uk", "Email b@gmail.com", "kent.gov.uk.evil"])
def test_council_from_address_ignores_police_university_and_other_hosts(text: str):
    assert council_from_address(text) == []


def test_an_address_weighs_less_than_any_named_council():
    text = "Opening.\n" + " " * 400 + "Partnership with Camden. Contact a@maidstone.gov.uk."
    assert [name for name, _ in find_councils(text)] == ["Camden", "Maidstone"]


def test_under_a_joint_bodys_generic_title_the_councils_named_are_partners():
    text = "Agenda and minutes\n\nNational Park Authority - Tuesday, 10th December, 2019\n\nPowys County Council land was discussed."
    assert find_councils(text) == [("Powys", 0.5)]
    assert find_councils(text.replace("National Park Authority", "Cabinet"))[0] == ("Powys", 2.0)
    # the title may say whose meeting it is: "MEETING OF POLICE AND CRIME PANEL"
    meeting = "MEETING OF POLICE AND CRIME PANEL\nTuesday 5 March 2024\nPresent: Cllr A, Powys County Council"
    assert find_councils(meeting) == [("Powys", 0.5)]


def test_an_ambiguous_name_after_of_is_still_the_council():
    assert [n for n, _ in find_councils("What did the Audit Committee of Reading decide?")] == ["Reading"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers in attendance: Sue Buck (Corporate Services), Richard Kent (Planning).",
        "Present: Margaret Cooper, Mark Horsham, Ian Walsall.",
    ],
)
def test_a_council_name_after_a_given_name_is_a_surname(sentence: str):
    assert find_councils("Opening line.\n" + sentence) == []


def test_a_county_ending_a_venue_address_weighs_as_little_as_a_partner():
    text = "Minutes of the Planning Committee\nheld at the Town Hall, Weston-super-Mare, Somerset.\n"
    assert find_councils(text) == [("Somerset", 0.5)]
    assert find_councils("Minutes of the Planning Committee\nheld in Somerset.\n") == [("Somerset", 2.0)]


@pytest.mark.parametrize(
    ("reference", "council"),
    [
        ("the County Council", "Kent"),
        ("The Borough Council", "Tonbridge and Malling"),
        ("the Council", "Tonbridge and Malling"),  # the header's council
        ("this Council", "Tonbridge and Malling"),
        ("County Council", "Kent"),
        ("the City Council", None),  # no city council is named
        ("the Cabinet", None),  # not a reference to a council
    ],
)
def test_referred_council_reads_the_council_a_reference_means(reference: str, council: str | None):
    text = "Report to Tonbridge and Malling Borough Council\nKent County Council was consulted. Kent County Council replied."
    assert referred_council(reference, text) == council


@pytest.mark.parametrize(("text", "council"), [("CYNGOR SIR GÂR", "Carmarthenshire"), ("Cyngor Sir Ynys Môn", "Isle of Anglesey"),
                                               ("Pen-y-bont ar Ogwr", "Bridgend")])
def test_welsh_names_with_accents_are_found(text: str, council: str):
    assert find_councils(text)[0][0] == council == canonical_council(text)


def test_a_fire_authoritys_service_and_a_combined_authoritys_initials_in_capitals_name_the_body():
    assert find_councils("Steve joined Buckinghamshire Fire & Rescue Service in 1994.")[0][0] == (
        "Buckinghamshire and Milton Keynes Fire and Rescue Authority")
    assert [n for n, _ in find_councils("GMCA 104/21 APOLOGIES")] == ["Greater Manchester Combined Authority"]
    assert find_councils("gmca 104/21 apologies") == []


def test_a_former_northern_irish_district_needs_its_style():
    assert [n for n, _ in find_councils("A Meeting of Magherafelt District Council")] == ["Magherafelt"]
    # the town itself, in a Mid Ulster paper, is no council of its own
    assert find_councils("Mid Ulster District Council offices. Staff at Magherafelt and Cookstown.")[0][0] == "Mid Ulster"


def test_a_civic_building_names_its_council_as_weakly_as_an_address():
    assert find_councils("Venue: Bromley Civic Centre") == [("Bromley", 0.1)]
    assert find_councils("Venue: Barnsley Town Hall. Kent County Council agreed.")[0][0] == "Kent"


def test_a_mention_after_an_earlier_sentences_venue_is_no_address():
    # a page flattened onto one line: the venue's building sits sentences before a plain mention of the author
    text = ("Minutes of the Cabinet held in the Blue Room, Riverside House, Mill Park, Melton on Tuesday 3 May 2022. "
            "Declarations of Interest Councillor Lee declared an interest in respect of agenda item 8, "
            "Suffolk Coastal District Council Local Plan.")
    assert _top(text) == "Suffolk Coastal"


@pytest.mark.parametrize("sentence", [
    "The North York Moors Local Access Forum met on 9 June 2015.",
    "A visit to the Upper Barnet Vale Trust was arranged.",
])
def test_a_place_inside_a_longer_name_is_not_the_council(sentence: str):
    assert find_councils(sentence) == []


def test_a_place_standing_alone_or_styled_is_still_found_beside_other_names():
    assert _top("North York Moors aside, York's own plans were noted by the City of York Council.") == "York"


_LATER = "Agenda and minutes\n\nCabinet - Thursday 5th May 2022 7.00 pm\n\nVenue: Council Chamber\n\n" + "Minutes. " * 45


@pytest.mark.parametrize("sentence", [
    "He assisted colleagues in dealing with the recent moor fires in Lancashire.",
    "The Leader reported that Lancashire is required to adopt an economic strategy.",
])
def test_a_countys_bare_name_past_the_opening_is_its_land_not_its_council(sentence: str):
    text = _LATER + sentence + " Officers of Pendle Borough Council attended."
    assert len(_LATER) > 400
    assert dict(find_councils(text))["Lancashire"] == 0.25


def test_a_county_named_alone_is_the_papers_subject():
    # "the Lancashire Local Property Portfolio" on a pension-fund page that names no other council (dev set)
    text = _LATER + "That the current allocation to the Lancashire Local Property Portfolio be replaced."
    assert find_councils(text)[0][0] == "Lancashire" and find_councils(text)[0][1] > 0.25


def test_a_county_named_again_keeps_its_bare_names():
    styled = _LATER + "Lancashire Local Plan was noted. A motion that Lancashire County Council supports the bid."
    assert find_councils(styled)[0] == ("Lancashire", 2.0)
    again = _LATER + "The Commissioner in Lancashire spoke. Audits had been developed in Lancashire."
    assert find_councils(again)[0] == ("Lancashire", 2.0)


def test_a_countys_bare_name_in_the_opening_still_names_its_council():
    assert find_councils("Gloucestershire Health & Wellbeing Board - Tuesday 5 May 2020")[0][0] == "Gloucestershire"


@pytest.mark.parametrize(("sentence", "weight"), [
    # a council a person holds office in weighs as a partner ...
    ("Councillor Atkins declared an interest as an Elected Member of West Sussex County Council.", 0.25),
    ("Cllr Price declared a personal interest as a member of West Sussex County Council.", 0.25),
    ("Councillor Adams-King advised in his capacity as the Leader of West Sussex County Council that it had decided.", 0.25),
    ("The Mayor welcomed Mr Steve Parker, Head of Environmental Services, West Sussex County Council.", 0.25),
    ("Present: J Smith, Planning Officer, West Sussex County Council.", 0.25),
    # ... and a council named otherwise keeps its weight
    ("Members of West Sussex County Council believe that the group should include all parties.", 1.0),  # its own
    ("RESOLVED that Councillor R. Crowe be elected Chairman of West Sussex County Council for the year.", 1.0),
    ("Councillor Adams-King said that West Sussex County Council would be taking a decision.", 1.0),
    ("Officers of the Environment Agency, West Sussex County Council and others attended.", 1.0),
])
def test_a_council_a_person_holds_office_in_weighs_as_a_partner(sentence: str, weight: float):
    (name, found), = find_councils("Opening line.\n" + " " * 400 + sentence)
    assert name == "West Sussex" and found == weight
