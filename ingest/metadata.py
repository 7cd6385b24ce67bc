"""Document metadata from what a part states: council, committee, meeting date, item, kind and title."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ingest.bodies import (
    authority_type,
    body_line,
    clean_committee,
    council_place,
    in_full,
    joint_body_part,
    local_type,
    several_authorities,
    styled_council,
    whole_body,
)
from ingest.body_mentions import (
    acting_body,
    addressed_body,
    approving_body,
    as_authority_body,
    body_since_last,
    council_heading,
    full_meeting_body,
    local_council_heading,
    own_business_body,
    own_local_council,
    recurring_type,
    reported_to,
    self_named_body,
)
from ingest.clean_lines import clean_lines
from ingest.council_table import current_council
from ingest.council_variants import canonical_council
from ingest.councils import COUNCILS, WEIGHTS, find_councils
from ingest.coversheet import read_cover_sheet
from ingest.dates import DATE, parse_date, search_date
from ingest.file_hints import hints_from_path
from ingest.headings import Heading, find_headings
from ingest.local_meeting import local_council_voice, local_title_body, local_type_named, local_voice_type
from ingest.meeting_day import day_stated, first_dated_line, running_day
from ingest.ofsted import ofsted_report
from ingest.opening import head_lines
from ingest.paper_kind import paper_kind
from ingest.records import DocumentMeta, Part
from ingest.titles import AGENDA_ITEM, SUBJECT, clean_title, described, file_stem, title_from_lines, words_key

_HEADER_LINES = 40
_PLACE_LINES = 3  # a council's name by its place alone heads the page
_LOCAL_NAMED = 2  # a local council's type named this often, with no body named, is the meeting's (once, with "Council";
# once in minutes, whose record speaks of its own body: "updating the Community Council website", round 15)
_MIN_COUNCIL_WEIGHT = 1.0  # at least one mention that is not a partner's
_WITHOUT_PARTNERS = replace(WEIGHTS, partner=0.0, venue=0.0)
_JOINT = frozenset(c.name for c in COUNCILS if c.kind == "joint")  # what is left when partners' mentions count for nothing

# ModernGov's "Issue - decisions" and decision lists: "22/04/2010 - Annual Report of the Monitoring Officer".
_ATTENDANCE = re.compile(r"^(?:present|in\s+attendance|attendees|attendance|apologies)\b", re.IGNORECASE)
_DATED_TITLE = re.compile(r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[-–]\s+\S")


def item_label(text: str) -> str | None:
    """An agenda item as citations show it: "6", "Item 6", "Agenda item 6." -> "Item 6"; None for nothing."""
    number = re.sub(r"^(?:agenda\s+)?item\s*(?:no\.?\s*)?", "", text.strip(), flags=re.IGNORECASE).strip(" .:")
    return f"Item {number}" if number else None


def _council_named(text: str, full_council: bool = False) -> str | None:
    """The paper's own council: one named plainly; else, when no council is, one its addresses, venue or references
    point to, as long as no partner is all that was named ("support from Camden" names no author). A full council
    meeting's paper is a council's, never a joint body's (a fire authority its agenda names). None where two councils
    are named alike ("Cllr A, Bridgend Council; Cllr B, Caerphilly Council"): a wrong council is worse than none."""
    ranked = [(n, w) for n, w in find_councils(text) if not full_council or n not in _JOINT]
    if ranked and ranked[0][1] >= _MIN_COUNCIL_WEIGHT:
        if len(ranked) > 1 and _alike(ranked[0][1], ranked[1][1]):
            return None  # two councils named alike (a joint body's members, a list of areas): neither is the author
        return ranked[0][0]
    weak = [(n, w) for n, w in find_councils(text, _WITHOUT_PARTNERS) if not full_council or n not in _JOINT]
    return weak[0][0] if weak and weak[0][1] > 0 else None


def _alike(first: float, second: float) -> bool:
    """Whether the two best-named councils are named alike: as much, or, where neither is named in the opening, as
    many times plainly, the first ahead only by references or addresses ("Lancashire councils were ..." beside one
    "Blackburn with Darwen"; a police and crime panel's cut page naming two member councils once each)."""
    unit = WEIGHTS.plain
    return second >= first or (first < WEIGHTS.opening * unit and second >= unit and first - second < unit)


def _completed(authority: str | None, kind: str, text: str) -> str | None:
    """An authority the gazetteer does not know as the body of its type that the text names and whose name holds all
    its words: a heading that lost a word ("GREATER COMBINED AUTHORITY") beside "GMCA" in the text."""
    if not authority or canonical_council(authority):
        return authority
    wanted = set(words_key(authority).split())
    for name, _ in find_councils(text):
        if words_key(name).endswith(words_key(kind)) and wanted <= set(words_key(name).split()):
            return name
    return authority


def _contradicts(council: str, committee: object) -> bool:
    """Whether a council hinted by a file's name, or ranked from the councils a text names, is of another kind than the
    body the text says met: a joint authority's own meeting ("Police and Crime Panel") is no member council's, a
    council's full meeting no joint body's, and a local council's own meeting ("Parish Council") no principal or joint
    authority's (the gazetteer knows none of the local councils: the district its minutes name is another body)."""
    whole = whole_body(committee) if isinstance(committee, str) else None
    if not whole:
        return False
    if local_type(whole[1]):
        return canonical_council(council) is not None
    return (council in _JOINT) == (whole[1] == "Council")


def _earliest(candidates: list[tuple[int, object]]) -> object | None:
    """The value stated first in the paper: its heading comes before any reference to another meeting."""
    stated = [(at, value) for at, value in candidates if value not in (None, "")]
    return min(stated, key=lambda c: c[0])[1] if stated else None


def _under_banner(headings: list[Heading]) -> list[Heading]:
    """Headings with an authority's banner passed over when the next heading, just below it, names another of
    its bodies ("DARTMOOR NATIONAL PARK AUTHORITY" / "NATIONAL PARK FORUM" / "Note of meeting held ...")."""
    if len(headings) < 2:
        return headings
    banner, below = headings[0], headings[1]
    if (banner.committee and banner.meeting_date is None and banner.kind is None
            and (canonical_council(banner.committee) or whole_body(banner.committee))
            and below.at == banner.at + 1 and below.committee and not canonical_council(below.committee)
            and whole_body(below.committee) is None):
        return [replace(banner, committee=None), *headings[1:]]
    return headings


def _from_text(head: list[str]) -> dict[str, object]:
    """Committee, meeting date, item, title and kind as the paper's opening lines state them."""
    headings = _under_banner(find_headings(head))
    cover = read_cover_sheet(head).values
    if "committee" in cover:  # "Surrey County Council / Date: ... / Meeting: Cabinet": the council heads its sheet
        headings = [replace(h, committee=None) if h.committee and canonical_council(h.committee) else h for h in headings]
    found: dict[str, object] = {}
    for key in ("committee", "meeting_date"):
        candidates = [(h.at, getattr(h, key)) for h in headings]
        if key in cover:
            value, at = cover[key]
            candidates.append((at, value))
        found[key] = _earliest(candidates)
    # a heading of another day is another meeting's paper inside this one (an agenda pack's earlier minutes)
    kinds = [(h.at, h.kind) for h in headings if h.meeting_date in (None, found["meeting_date"])]
    kinds += [(cover["kind"][1], cover["kind"][0])] if "kind" in cover else []
    found["kind"] = _earliest(kinds)
    found["key_decision"] = "key_decision" in cover
    if found["committee"] is None and "addressees" in cover:
        found["committee"] = cover["addressees"][0]  # the members summoned, where no heading names their meeting
    makers, first_at = cover.get("decision_makers", ((), 0))
    if (found["committee"] is None and makers) or (len(makers) > 1 and first_at < cover.get("committee", (None, len(head)))[1]):
        # a page of several decisions, each maker labelled above the meeting that made one: "Leader of the Council;
        # Cabinet Member for Resources"
        found["committee"] = "; ".join(makers)
    if found["meeting_date"] is None and "decision_date" in cover:
        found["meeting_date"] = cover["decision_date"][0]
    if found["meeting_date"] is None:
        found["meeting_date"] = next((parse_date(m["date"]) for x in head if (m := _DATED_TITLE.match(x))), None)
    if found["meeting_date"] is None:
        found["meeting_date"] = day_stated(head)
    if "item" in cover:
        found["item"] = item_label(str(cover["item"][0]))
    text = "\n".join(head)
    if m := AGENDA_ITEM.search(text):
        found.setdefault("item", item_label(m["item"]))
    if m := SUBJECT.search(text):
        found["title"] = clean_title(m["title"])
    if found["committee"] is None:
        for line in head[:8]:
            if _ATTENDANCE.match(line):
                break  # a body's line under those present is an item's heading ("Present: ..." / "Open Forum")
            if not line.rstrip().endswith(":") and body_line(clean_title(line)):  # "Committees:" labels a count
                found["committee"] = clean_title(line)
                break
    return found


_SIGNED = re.compile(r"\bsigned\b", re.IGNORECASE)
_SIGNATURE_CHARS = 600  # a decision record's signature block closes it: "17/1/2025 ... signed date"


def _signed_day(text: str) -> date | None:
    """The day a decision record was signed, where its closing signature block states one."""
    tail = text[-_SIGNATURE_CHARS:]
    if not _SIGNED.search(tail):
        return None
    days = [found for m in DATE.finditer(tail) if (found := parse_date(m.group().strip()))]
    return days[-1] if days else None


def _own_joint_authority(text: str) -> str | None:
    """The joint authority a paper names again and again: by its name ("Tees Valley Combined Authority"), or by its type
    alone ("the Fire Authority") when the paper names no council as its own (a council's papers speak of the fire
    authority it sits on)."""
    recurring = recurring_type(text)
    if recurring and (whole := whole_body(recurring)) and whole[0] is None:
        council = _council_named(text)
        return recurring if council is None or council in _JOINT else None
    return recurring


def _mentioned_body(text: str, head: list[str], kind: str) -> str | None:
    """The body the text speaks of as this meeting's, where no heading names it: the body that acted, the body
    approving its own minutes, the body a decision's report went to, the body whose last meeting the paper counts from,
    the body the meeting's own business names (a report's recommendation to it, its chair's election), the full
    council whose business it is (its civic head's announcements, notices of motion), the body spoken to at the
    meeting its minutes record, the joint authority an agenda or minutes name again and again, and last the one body
    named in full by the head word the paper calls itself by ("the Committee" ... "the Audit Committee")."""
    acted = acting_body(text, decided=kind == "decision") if kind in ("minutes", "decision") else None
    reported = reported_to(text) if kind == "decision" else None
    return (acted or approving_body("\n".join(head)) or reported or body_since_last(text) or own_business_body(text)
            or full_meeting_body(text) or (addressed_body(text) if kind == "minutes" else None)
            or (_own_joint_authority(text) if kind in ("minutes", "agenda") else None) or self_named_body(text))


def _from_hints(hints: dict[str, str]) -> dict[str, object]:
    """The format's own statements, typed: dates parsed, council made canonical, item as "Item n"."""
    found: dict[str, object] = {}
    for key, value in hints.items():
        value = (value or "").strip()
        if not value:
            continue
        if key in ("meeting_date", "date_end"):
            if (when := parse_date(value) or search_date(value)) is not None:
                found[key] = when
        elif key == "council":
            found[key] = canonical_council(value) or value
        elif key == "item":
            found[key] = item_label(value)
        elif key == "committee":
            found[key] = clean_committee(value)
        elif key in ("title", "kind", "url"):
            found[key] = value
    return found


def _str_or_none(value: object) -> str | None:
    return str(value) if value else None


class _Found:
    """Field values with where each was read; the first source to state a field keeps it."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.provenance: dict[str, str] = {}

    def put(self, key: str, value: object, source: str) -> None:
        if value not in (None, "") and key not in self.values:
            self.values[key] = value
            self.provenance[key] = source

    def get(self, key: str) -> object | None:
        return self.values.get(key)


def extract_meta(part: Part, filename: str) -> DocumentMeta:
    """Metadata for one part, each field with its provenance: what the format states (hints) wins, then the
    paper's headings and cover sheet, then mentions in the text, then the file's name and folders (`filename` may
    be a path)."""
    lines = clean_lines(part.text)
    text = lines.text
    found = _Found()
    for key, value in _from_hints(part.hints).items():
        found.put(key, value, "format")
    for key, value in ofsted_report(lines.opening).items():
        found.put(key, value, "text")
    head = head_lines(lines.lines)
    stated = _from_text(head)
    key_decision = bool(stated.pop("key_decision", False))
    for key, value in stated.items():
        found.put(key, value, "text")
    if isinstance(committee := found.get("committee"), str):
        found.values["committee"] = committee = in_full(committee, text)
        if part := joint_body_part(committee):  # "Tees Valley Combined Authority Cabinet": the authority's Cabinet
            found.values["committee"] = committee = part[1]
            found.put("council", part[0], found.provenance["committee"])
    if isinstance(committee, str) and (whole := whole_body(committee)):
        authority, body = whole
        found.values["committee"] = body  # a whole authority's meeting is labelled by its type: "Council"
        found.put("council", _completed(authority, body, text), found.provenance["committee"])
    elif isinstance(committee, str) and (known := canonical_council(committee)):
        found.put("council", known, found.provenance["committee"])  # a joint body's own name heads its meeting
    # the council its heading names, known or in a council's style ("Anytown District Council"): a paper of its own
    headed_council = found.get("council") or (committee if isinstance(committee, str) and styled_council(committee) else None)
    kind = found.get("kind") or paper_kind(text, head_lines(lines.lines[:_HEADER_LINES]), key_decision)
    found.put("kind", kind, "text")
    mentioned = _mentioned_body(text, head, str(kind)) if found.get("committee") is None else None
    if mentioned and (whole := whole_body(mentioned)):
        # "Minute of Scottish Borders Council held on ...": the full meeting; "Chair of the Midshire Police and Crime
        # Panel": the panel's own, before any place its text names is ranked as the council
        found.put("committee", whole[1], "text")
        found.put("council", whole[0], "text")
    if found.get("council") is None and (local := local_council_heading(head)):
        found.put("council", local, "text")  # a parish's name atop its papers; its own meeting where none is named
        if kind in ("minutes", "agenda"):
            found.put("committee", local_type(local), "text")
    ranked_council = found.get("council") is None
    if ranked_council:
        found.put("council", _council_named(text, found.get("committee") == "Council"), "text")
    if mentioned and found.get("committee") is None:
        found.put("committee", as_authority_body(mentioned, authority_type(found.get("council"), text)), "text")
    if found.get("committee") == "Authority" and (kind_named := authority_type(found.get("council"), text)):
        found.values["committee"] = as_authority_body("Authority", kind_named)  # a heading's "Authority - 5 March"
    if found.get("committee") is None and kind in ("minutes", "agenda") and (council := council_heading(head)):
        found.put("committee", "Council", "text")  # the council's name alone heads its own meeting's papers
        found.put("council", council, "text")
    if found.get("committee") == "Council" and (local := local_type(found.get("council"))):
        found.values["committee"] = local  # a parish's "Annual Council Meeting" is its parish council's own
    elif (isinstance(committee := found.get("committee"), str) and committee.endswith(" Meeting")
          and (local := local_type_named(text, 1, bare=False)) and committee == local.replace(" Council", " Meeting")):
        found.values["committee"] = local  # "Minutes of the Parish Meeting" in papers that speak of "the Parish Council"
    elif (found.get("committee") in (None, "Council") and kind in ("minutes", "agenda") and headed_council is None
          and (local := local_type_named(text, *((1 if kind == "minutes" else _LOCAL_NAMED, True)
                                                   if found.get("committee") is None else (1, False))))):
        # a local council's meeting, its papers speaking of themselves as "the Parish Council should consider ..." (a
        # principal council its text names is its district's or county's: "District Cllr", "LCC"); a full council's
        # meeting only by "the Parish Council", never by "Parish Council elections"
        found.values.pop("committee", None)
        found.put("committee", local, "text")
    if found.get("committee") is None and (local := local_title_body(head)):
        found.put("committee", local, "text")  # "COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON ..."
    if found.get("committee") is None and kind == "minutes" and (local := local_voice_type(text)):
        found.put("committee", local, "text")  # untitled minutes speaking as a parish's ("8 parishioners present")
    if ranked_council and isinstance(council := found.get("council"), str) and (
            _contradicts(council, found.get("committee")) or local_council_voice(text)
            or (several_authorities(found.get("committee")) and council not in _JOINT)):
        del found.values["council"], found.provenance["council"]  # a member council, a joint body's host, a parish's district
    if (found.get("council") is None and isinstance(committee := found.get("committee"), str) and committee != "Council"
            and local_type(committee) == committee):  # a local council's own meeting ("Town Council"), its council unnamed
        place = next((p for x in head[:_PLACE_LINES] if canonical_council(x) is None and (p := council_place(x))), None)
        found.put("council", f"{place} {committee}" if place else None, "text")  # "Aberystwyth Council" atop its minutes
    if found.get("council") is None and kind in ("minutes", "agenda") and (own := own_local_council(text, head)):
        found.put("council", own, "text")  # "Minutes of Anyville Parish Council’s Leisure Committee held on ..."
    if found.get("meeting_date") is None and kind == "decision":
        found.put("meeting_date", _signed_day(text), "text")
    if found.get("meeting_date") is None:
        found.put("meeting_date", running_day(text), "text")  # a running header's or footer's day
    if found.get("meeting_date") is None:
        found.put("meeting_date", first_dated_line(head), "text")  # the last resort: a date atop the page
    hints = hints_from_path(filename)  # a local council in the file's name ("minutes-of-harlech-community-council-")
    if (ranked_council and "council" in hints and local_type(hints["council"].value)
            and isinstance(council := found.get("council"), str) and canonical_council(council)):
        del found.values["council"], found.provenance["council"]  # its text's county, ranked from mentions, is another
    for key, hint in hints.items():
        if key != "council" or not _contradicts(str(hint.value), found.get("committee")):
            found.put(key, hint.value, hint.source)
    title = found.get("title") or title_from_lines(lines.lines, {str(found.get("committee") or "")}, _HEADER_LINES)
    if title:
        found.put("title", title, found.provenance.get("title", "text"))
    elif made := described(str(kind), found.get("council"), found.get("committee")):
        found.put("title", made, "text")
    else:
        found.put("title", file_stem(filename), "file name")
    meeting_date = found.get("meeting_date")
    if isinstance(council := found.get("council"), str) and (
        found.provenance["council"] in ("file name", "folder") or isinstance(meeting_date, date)
    ):  # a former council's paper of a later day (or a file of no day filed under its name) is its successor's
        found.values["council"] = current_council(council, meeting_date if isinstance(meeting_date, date) else None)
    date_end = found.get("date_end") or meeting_date
    if isinstance(date_end, date) and isinstance(meeting_date, date) and date_end < meeting_date:
        date_end = meeting_date  # a hint moved the start past an end read from the text
    if isinstance(date_end, date) and "date_end" not in found.provenance:
        found.provenance["date_end"] = found.provenance.get("meeting_date", "text")
    return DocumentMeta(
        title=str(found.get("title")),
        council=_str_or_none(found.get("council")),
        committee=_str_or_none(found.get("committee")),
        meeting_date=meeting_date if isinstance(meeting_date, date) else None,
        date_end=date_end if isinstance(date_end, date) else None,
        item=_str_or_none(found.get("item")),
        kind=str(kind),
        url=_str_or_none(found.get("url")),
        provenance=dict(found.provenance),
    )
