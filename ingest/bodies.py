"""Meeting bodies: whether a heading names one, its name made tidy, and whether it is a whole authority meeting."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ingest.council_table import words
from ingest.council_variants import canonical_council
from ingest.councils import COUNCILS
from ingest.dates import MONTH

_SMALL_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "on", "at", "a", "an"})
_MAX_WORDS = 14
_MAX_CHARS = 120
# "Special, Cabinet ...", "Extraordinary Meeting of the Council", "Notice of a Meeting of the Cabinet", "Summons to
# and Agenda for the Budget County Council Meeting", "All Members of the County Council", "AGENDA PLANNING COMMITTEE",
# "Minutes for Parish Council meeting", "Draft Notes of the Working Group", "Minutes Full Authority", "Report of Finance
# Committee Meeting held on ...", "Extra Ordinary Parish Council":
# the notice, its addressees, the paper and the occasion, not the body.
_OCCASION = re.compile(
    r"^(?:(?:notice\s+of|summons\s+to)(?:\s+and\s+agenda\s+for)?\s+|(?:to\s+)?(?:all\s+)?members\s+of\s+|report\s+(?:to|of)\s+|"
    r"(?:draft\s+)?(?:minutes?|notes?)\s+(?:(?:of|for)\s+)?|agenda\s+(?:for\s+)?)?(?:an?\s+|the\s+)?"
    r"(?:(?:special|extra[-\s]?ordinary|ordinary|annual|monthly|reconvened|adjourned|budget|additional|urgent)\b[\s,]*)*"
    r"(?:meeting\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "County Council Meeting": the word "meeting" after a body's own word, perhaps with the meeting's serial number
# ("Council Meeting No 907"), which numbers the meeting, not one of several bodies.
_MEETING_TAIL = re.compile(r"(?<=\w)\s+meeting(?:\s+No\.?\s*\d{1,5})?$", re.IGNORECASE)
# The paper's own word after the body: "CABINET DECISION SHEET", "Audit Committee Decision Notice", "Cabinet Minutes",
# "Cabinet Member Decision".
_PAPER_TAIL = re.compile(
    r"(?<=\w)\s+(?:decision(?:\s+(?:sheet|notice|list|record)s?)?|record\s+of\s+decisions?|(?:draft\s+)?minutes|agenda)$",
    re.IGNORECASE,
)
# "Cabinet member for technical services (including environmental health, ...)": a remit, not the name.
_REMIT_TAIL = re.compile(r"\s*\((?:including|incl\.?|covering|responsible\s+for)\b[^()]*\)?\s*$", re.IGNORECASE)
# ModernGov tags bodies that were renamed or closed: "(Pre May 2022)", "(historic)", "(until 2019)", "(old)".
# The paper's day after the body and its paper's word, as a file's title runs them on: "Parish Council Minutes 6th
# December 2012", "Wellington Town Council Minutes October 2007", "Council Meeting 20th May 24".
_DAY_TAIL = re.compile(rf"(?<=\w)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\.?,?\s+(?:\d{{4}}|\d{{2}})$", re.IGNORECASE)
_DATED_TAIL = re.compile(
    r"\s*\((?:[^()]*\b(?:19|20)\d\d\b[^()]*|pre\b[^()]*|historic(?:al)?|old|former|closed|ceased[^()]*|archived?)\)\s*$",
    re.IGNORECASE,
)
# A body's initials in brackets after its name: "Whalsay Community Council (CC) meeting", "Licensing Committee (LC)".
_INITIALS = re.compile(r"\s*\([A-Z][A-Z&]{1,7}\)(?=\s|$)")
# The council a body belongs to, unnamed: "the Community Planning Partnership Board of Council".
_OF_COUNCIL_TAIL = re.compile(r"\s+of\s+(?:the\s+)?Council$", re.IGNORECASE)
_LINK_TAIL = re.compile(r"\s+(?:pdf\s+icon\s+)?(?:PDF|DOCX?|HTML?)\s+[\d.,]+\s*[KMG]B\s*$", re.IGNORECASE)
# ModernGov's item marker after a body's name: "Planning Committee (Item 73)", "(item 19)" in a page saved in lower case.
_ITEM_TAIL = re.compile(r"\s*\((?:agenda\s+)?item\s+[\w.:]{1,8}\)\.?\s*$", re.IGNORECASE)
# One of several bodies of a kind, numbered: "Licensing Sub-Committee No.5", "Planning Sub-Committee (No. 2)".
_NUMBER_TAIL = re.compile(r"\s*\(?\b(?:No\.?|Number)\s*\d{1,2}\)?$", re.IGNORECASE)


@cache
def _entries() -> dict[str, tuple[str, ...]]:
    """bodies.txt by kind: "word", "whole", "chrome", "occasion", "full", "joint", "remit", "activity", "status",
    "civic", "plenary" and "several" entries."""
    found: dict[str, list[str]] = {
        k: [] for k in ("word", "whole", "chrome", "occasion", "full", "joint", "remit", "activity", "status", "civic",
                        "plenary", "several")
    }
    for line in (resources.files("ingest") / "bodies.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value = (cell.strip() for cell in line.split("|", 1))
        found[kind].append(value)
    return {kind: tuple(values) for kind, values in found.items()}


def _table() -> tuple[tuple[str, ...], tuple[str, ...]]:
    entries = _entries()
    return entries["word"], tuple(sorted(entries["whole"], key=len, reverse=True))


@cache
def _chrome() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries()["chrome"])


@cache
def _body_word() -> re.Pattern[str]:
    words, _ = _table()
    alternatives = "|".join(re.escape(w).replace(r"\-", r"[-\s]?") for w in words)
    return re.compile(rf"\b(?:{alternatives})s?\b", re.IGNORECASE)


def names_a_body(text: str) -> bool:
    """Whether a short heading could be a meeting body's name: it holds a body word and reads as a name, not a sentence."""
    text = text.strip()
    if not text or len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return False
    if not text[0].isalpha() or not text[0].isupper() or ":" in text:
        return False
    if re.search(r"[.;!?](?:\s|$)", _NUMBER_TAIL.sub("", text).rstrip(".")):
        return False
    if _chrome() & set(re.findall(r"[a-z]+", text.lower())):
        return False
    if bilingual_banner(text):
        return False
    if _body_word().search(text) is None or _occasion_only(text):
        return False
    # A sentence has words in lower case ("The Committee noted the report"); a name in sentence case still ends
    # with its body word ("Planning applications committee").
    lower = [w for w in re.findall(r"[A-Za-z]+", text) if w.islower() and w not in _SMALL_WORDS]
    return len(lower) < 2 or ends_with_body_word(text)


def bilingual_banner(text: str) -> bool:
    """Whether a heading is a council's banner in two tongues, naming no meeting body ("BOROUGH COUNCIL COMHAIRLE
    BHUIRG LÉIM AN MHADAIDH"): "Council" with the other tongue's word for it, the gazetteer knowing no council by the
    whole ("Cyngor Sir Ceredigion County Council" is Ceredigion's name, read as its full meeting)."""
    found = {w.lower() for w in re.findall(r"\w+", text)}
    return ("council" in found and bool(found & words("council in another tongue"))
            and canonical_council(text) is None)


def _occasion_only(text: str) -> bool:
    """Whether a name is only which meeting it is ("Minutes of the Last Meeting", "Annual General Meeting"), after
    the paper's and occasion's words, naming no body."""
    if len(text.split()) < 2:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", _OCCASION.sub("", text)) if w.lower() not in _SMALL_WORDS]
    occasions = {w.lower() for w in _entries()["occasion"]}
    # more than "Meeting" alone: "NOTICE OF MEETING" is the paper's own words, left to its rule
    return len(words) > 1 and words[-1] == "meeting" and set(words[:-1]) <= occasions


@cache
def _occasion_tail() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _entries()["occasion"])
    return re.compile(rf"(?<=\w)(?:\s+(?:{words}))+\s+meeting$", re.IGNORECASE)


# An area or remit in brackets after a body's name: "Area Planning Committee (Central and East)".
_QUALIFIER_TAIL = re.compile(r"\s*\([A-Z][^()]{1,40}\)$")


def ends_with_body_word(text: str) -> bool:
    """Whether a name ends with a body word ("Planning Committee", "Cabinet"), as a name standing alone does, perhaps
    before its area in brackets ("Area Planning Committee (North)")."""
    text = _QUALIFIER_TAIL.sub("", _NUMBER_TAIL.sub("", text.strip(" ,.-–")).strip(" ,.-–"))
    last = list(_body_word().finditer(text))
    return bool(last) and last[-1].end() == len(text)


_NAME_ALONE = re.compile(r"^(?:(?:[A-Z][\w&'’,-]*|and|of|for|&)\s+){0,10}(?P<last>[A-Z][\w-]*)$")
# Body words that end a line which names no one body: a council's own name, the word "Meeting", a list of decisions.
_NOT_ALONE = frozenset({"council", "meeting", "decisions"})


def body_line(line: str) -> bool:
    """Whether a line is a body's name alone, capitalised words and joiners ending with a body word ("Overview and
    Scrutiny Committee", "Local Review Body"); a council's name ("Anytown Council") is none."""
    m = _NAME_ALONE.match(line)
    return bool(m) and m["last"].lower() not in _NOT_ALONE and _body_word().fullmatch(m["last"]) is not None


# A place's small words: "Leigh on Mendip", "Stratford-upon-Avon", "Bradford on Avon", "Newton-le-Willows".
_PLACE_NAME = re.compile(r"^(?:(?:[A-Z][\w&'’,-]*|and|of|for|on|upon|in|the|le|by|under|&)\s+){0,10}[A-Z][\w-]*$")


def whole_body_line(line: str) -> bool:
    """Whether a line is a whole authority's name alone, in capitalised words ("LEIGH ON MENDIP PARISH COUNCIL")."""
    return _PLACE_NAME.match(line) is not None and whole_body(line) is not None


def styled_council(name: str) -> bool:
    """Whether a name is a council's in its style, a place and a council type before "Council" ("Anytown Borough
    Council", "ANYSHIRE COUNTY COUNCIL"), known to the gazetteer or not."""
    types = "|".join(re.escape(w) for w in _entries()["full"] if w.lower() != "full")
    return re.fullmatch(rf"(?:[A-Z][\w'’&-]*\s+){{1,5}}(?:{types})\s+Council", name.strip(), re.IGNORECASE) is not None


def council_place(name: str) -> str | None:
    """The place of a council named by its place alone ("Aberystwyth Council" -> "Aberystwyth"); None where the words
    before "Council" are a council's type or a meeting's ("County Council", "Full Council", "Special Council")."""
    m = re.fullmatch(r"(?P<place>(?:[A-Z][\w'’&-]*\s+){1,4})Council", name.strip())
    if not m or clean_committee(name) != name.strip() or local_type(name):
        return None  # "Special Council": a meeting's status; "Anytown Town Council": named in full already
    last = m["place"].split()[-1].lower()
    return None if any(last == w.split()[-1].lower() for w in _entries()["full"]) else m["place"].strip()


def authority_type_named(text: str) -> str | None:
    """The type of authority a text names by its kind ("the National Park Management Plan" -> "National Park
    Authority"), the one named most; None when it names none, or two alike."""
    counts = {}
    for kind in whole_types():
        qualifier = kind.removesuffix(" Authority")
        if qualifier != kind and qualifier:
            counts[kind] = len(re.findall(rf"\b{re.escape(qualifier)}\b", text))
    ranked = sorted(((n, len(k), k) for k, n in counts.items() if n), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][:2] == ranked[0][:2]):
        return None
    return ranked[0][2]


def authority_type(council: object, text: str) -> str | None:
    """The type of the authority a lone "Authority" is, as the paper calls it: the kind of authority its text names
    ("Fire Authority", "National Park ..."), where that is the joint authority's own type in fewer words ("Humberside
    Fire Authority" for the gazetteer's "Fire and Rescue Authority") or no joint authority is known; else the joint
    authority's own type; a council's, none unless its text names a kind of authority (a council's paper found by a
    mention, "the Cabinet of Wealden District Council", in an authority's minutes)."""
    named = authority_type_named(text)
    whole = whole_body(str(council)) if council else None
    if whole and whole[1].endswith("Authority"):
        return named if named and set(named.split()) <= set(whole[1].split()) else whole[1]
    return named


def plenary_business() -> tuple[str, ...]:
    """Phrases naming a full council meeting's own business ("notices of motion")."""
    return _entries()["plenary"]


def civic_heads() -> tuple[str, ...]:
    """The titles of the civic head who chairs a council's full meeting ("Mayor", "Provost", "Speaker")."""
    return _entries()["civic"]


def local_type(council: object) -> str | None:
    """A local council's type ("Parish Council", "Town Council", "Community Council") when a council's name is one's."""
    whole = whole_body(str(council)) if council else None
    return whole[1] if whole and whole[1] != "Council" and whole[1].endswith(" Council") else None


def several_authorities(name: object) -> bool:
    """Whether a body's name says it is several authorities' ("Joint Waste Management Board", "Shadow Integration
    Board"): the councils its papers name are its members or its host, not its own."""
    words = {w.lower() for w in _entries()["several"]}
    return isinstance(name, str) and any(w in words for w in re.findall(r"[A-Za-z]+", name.lower()))


def body_words() -> tuple[str, ...]:
    """The words that end a meeting body's name ("Committee", "Board", "Panel", ...), as bodies.txt lists them."""
    return _table()[0]


def whole_types() -> tuple[str, ...]:
    """The types of whole authorities meeting as themselves ("Council", "Fire Authority", ...), longest first."""
    return _table()[1]


def title_case(text: str) -> str:
    """A name in title case with its small words in lower case: "DEVON AND SOMERSET" -> "Devon and Somerset"."""
    words = text.lower().split(" ")
    return " ".join(
        w if (i and w in _SMALL_WORDS) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for i, w in enumerate(words)
    )


def clean_committee(name: str) -> str:
    """A body's name as a label: the occasion ("Special,"), a leading "The", a renamed body's dated tag, the paper's
    word after it ("Decision Sheet") and a link's file size dropped; a name in capitals put in title case."""
    name = " ".join(_INITIALS.sub("", _LINK_TAIL.sub("", _ITEM_TAIL.sub("", name))).split()).strip(" ,:-–—.(")
    name = _OCCASION.sub("", name) or name
    name = _REMIT_TAIL.sub("", _DATED_TAIL.sub("", name)).strip(" ,:-–—")
    if ends_with_body_word(stripped := _MEETING_TAIL.sub("", _PAPER_TAIL.sub("", name))):
        name = stripped
    elif (_PAPER_TAIL.search(undated := _DAY_TAIL.sub("", name)) or _MEETING_TAIL.search(undated)) and ends_with_body_word(
            stripped := _MEETING_TAIL.sub("", _PAPER_TAIL.sub("", undated))):
        name = stripped  # the body, its paper's word and day: "Parish Council Minutes 6th December 2012"
    elif ends_with_body_word(stripped := _occasion_tail().sub("", name)) and stripped != name:
        name = stripped  # "DERBYSHIRE FIRE & RESCUE AUTHORITY ANNUAL GENERAL MEETING": the body before its occasion
    if (ends_with_body_word(stripped := _OF_COUNCIL_TAIL.sub("", name)) and stripped != name and " " in stripped
            and not stripped.lower().endswith("meeting")):  # "General Meeting of Council" is the council's own
        name = stripped
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    letters = [c for c in _NUMBER_TAIL.sub("", name) if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        name = title_case(name)
    return name


_NOUNS = r"(?:Committee|Sub-Committee|Panel|Board|Commission|Forum|Group)"


def activity_only(name: str) -> bool:
    """Whether a body is named by its activity and type alone ("Scrutiny Committee"), a name several bodies share."""
    words = name.split()[:-1]
    return bool(words) and {w.lower() for w in words} <= {w.lower() for w in _entries()["activity"]}


def in_full(name: str, text: str) -> str:
    """A body named by its activity alone ("Overview and Scrutiny") as the text names it in full ("the Overview and
    Scrutiny Committee"); any other name as it is."""
    last = name.split()[-1].lower() if name.split() else ""
    if last not in {w.lower() for w in _entries()["activity"]}:
        return name
    m = re.search(rf"\b{re.escape(name)}\s+(?P<noun>{_NOUNS})\b", text, re.IGNORECASE)
    return f"{name} {title_case(m['noun'])}" if m else name


def _remit(place: str) -> bool:
    """Whether the words before a body's type are a remit or a tier ("Parish", "Health and Social Care"), not a place."""
    remits = {w.lower() for w in _entries()["remit"]}
    return bool(remits & set(re.findall(r"[a-z]+", place.lower())))


# An office of the council, not a meeting of it: "Leader of the Council" (a "Statutory Meeting of the Council" is one).
_OFFICE_OF = re.compile(r"^(?!.*\b(?:meeting|session|sitting)\b)\w[\w ]{0,40}\s+of\s+the\s+Council$", re.IGNORECASE)


def whole_body(name: str) -> tuple[str | None, str] | None:
    """(the authority, its type) when a body's name is a whole authority meeting as itself, else None.

    "Perth and Kinross Council" -> ("Perth and Kinross", "Council"); "The Council" -> (None, "Council");
    "Police and Crime Panel for Lancashire" -> ("Police and Crime Panel for Lancashire", "Police and Crime Panel");
    "Full Council", "the County Council" -> (None, "Council"); a joint body named with its area
    ("Gloucestershire Joint Waste Committee") -> (its whole name, "Joint Waste Committee"). A council the gazetteer
    does not know, named by its place alone ("North Council", a heading that lost a word), is still a council's full
    meeting: (None, "Council"); a remit is no place ("Parish Council", "Youth Council" -> None). A body in its shadow
    year keeps its status on its type ("Shadow Anytown Integration Joint Board" -> (..., "Shadow Integration Joint
    Board")).
    """
    name = clean_committee(name)
    if _OFFICE_OF.match(name):
        return None  # "Leader of the Council", a decision's maker: an office of the council, not its meeting
    status = next((w for w in _entries()["status"] if name.lower().startswith(w.lower() + " ")), None)
    if status and (whole := whole_body(name[len(status) + 1:])) and whole[0]:
        return whole[0], f"{status} {whole[1]}"
    entries = _entries()
    fulls = "|".join(re.escape(w) for w in entries["full"])
    if fulls and re.fullmatch(rf"(?:{fulls})\s+Council", name, re.IGNORECASE):
        return None, "Council"
    _, wholes = _table()
    for kind in wholes:
        m = re.fullmatch(rf"(?:(?P<before>.*?)\s+)?{re.escape(kind)}(?:\s+(?:for|of)\s+(?P<after>.+))?", name, re.IGNORECASE)
        if not m:
            continue
        place = (m["before"] or m["after"] or "").strip(" ,-–")
        if not place:
            return None, kind
        if not place[0].isupper():
            return None
        if council := canonical_council(name):
            return council, kind
        if _remit(place):
            return None
        # a place's words are capitalised ("Stratford-upon-Avon", "Welton le Marsh"); "Contact your ..." names none
        named = all(w[0].isupper() for w in place.split() if len(w) > 3)
        if kind == "Council":
            return (None, kind) if named else None
        if kind.endswith(" Council") and not named:
            return None
        return name, kind
    joints = "|".join(re.escape(w) for w in entries["joint"])
    if joints and (m := re.fullmatch(rf"(?P<place>[A-Z].*?)\s+(?P<body>(?:{joints})\b.*)", name)) and names_a_body(m["body"]):
        return canonical_council(name) or name, m["body"]
    return None


_JOINT = frozenset(c.name for c in COUNCILS if c.kind == "joint")


_BARE_BODIES = frozenset({"committee", "board"})  # a body word alone names none of an authority's bodies


def joint_body_part(name: str) -> tuple[str, str] | None:
    """(the joint authority, its body) when a body's name is a joint authority's name and then one of its own bodies:
    "Tees Valley Combined Authority Cabinet" -> ("Tees Valley Combined Authority", "Cabinet"), and likewise a local
    council's ("Anytown Town Council Planning Committee"); else None. A council's own committees keep their place
    ("Cumbria Health and Wellbeing Board")."""
    words = clean_committee(name).split()
    for k in range(len(words) - 1, 1, -1):
        before, body = " ".join(words[:k]), " ".join(words[k:])
        authority = canonical_council(before)
        if authority not in _JOINT:
            authority = before if words[k - 1].lower() == "council" and local_type(before) else None
        if authority and names_a_body(body) and ends_with_body_word(body):
            if body.lower() in _BARE_BODIES and (kind := next((t for t in whole_types() if before.endswith(" " + t)), None)):
                body = f"{kind} {body}"  # "West of England Combined Authority Committee": its "Combined Authority Committee"
            return authority, body
    return None


_BREADCRUMB = re.compile(r"\s[>›»]\s.*\s[>›»]\s")  # two steps at least: "Home > Meetings > Cabinet"
_CRUMB = re.compile(r"\s+[>›»]\s+")


def crumb_body(line: str) -> str | None:
    """The body a site's breadcrumb trail leads to ("Home > Meetings > Planning Committee > Agenda" -> "Planning
    Committee"): its last step that is a body's name alone; None for a line that is no trail."""
    if not _BREADCRUMB.search(line):
        return None
    steps = [clean_committee(x) for x in _CRUMB.split(line.strip())]
    return next((x for x in reversed(steps) if names_a_body(x) and ends_with_body_word(x) and not names_many(x)), None)


def names_many(step: str) -> bool:
    """Whether a name is of many bodies, ending in a body word in the plural (a site's section "Meetings",
    "Committees", "Councillors, meetings and committees"), not one body's."""
    last = (re.findall(r"[A-Za-z]+", step) or [""])[-1]
    return last.lower().endswith("s") and _body_word().fullmatch(last) is not None and \
        _body_word().fullmatch(last[:-1]) is not None
