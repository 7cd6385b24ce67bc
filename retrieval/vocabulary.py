"""The words of questions and sentences: content-word stems, stems that answer for one another, and the kind of
fact (a figure, a name, a date) a question asks for; what a sentence states is read in `retrieval.facts`."""
from __future__ import annotations

import json
import math
import re
import threading
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import Stemmer

from ingest.phrases import alternation

ROLE_WORDS = tomllib.loads((Path(__file__).resolve().parent / "selection_words.toml").read_text(encoding="utf-8"))

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing done down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom whose why will with would you your
    yours yourself yourselves s t d ll m re ve shall may might must upon per via whether yet however
    therefore thus although though within without many much please tell give show know find list explain
    describe say says said saying mention mentions mentioned discuss discussed talk anything something
    happen happened happening get got make made go going let us latest newest recent recently take takes took
    taken taking according
    """.split()
)
# Stems that answer for one another: irregular forms (the verbs' from selection_words.toml), and the ways papers
# record a decision or a grade.
_SNOWBALL = Stemmer.Stemmer("english")
SAME_STEM = {
    "children": "child", "resolut": "resolv", "judgment": "judgement", "inspector": "inspect",
    **{_SNOWBALL.stemWord(past): _SNOWBALL.stemWord(base)
       for past, base in (entry.split() for entry in ROLE_WORDS["irregular_verbs"]["forms"])},
}
RELATED = {
    "resolv": ("agre", "decid", "decis"),  # not "recommend": "the 21 recommendations made by Ofsted" is no decision
    "decid": ("resolv", "agre", "decis"),
    "decis": ("resolv", "agre", "decid"),
    "agre": ("resolv", "decid", "decis"),
    "recommend": ("resolv",),
    "judgement": ("grade", "rate", "judg"),
    "grade": ("judgement", "judg", "rate"),
    "rate": ("grade", "judgement", "judg"),
    "staff": ("worker", "workforc", "employe"),
    "worker": ("staff", "workforc"),
    "cost": ("budget", "spend", "fund"),
    "budget": ("cost", "spend", "fund"),
    "spend": ("budget", "cost"),
    # The forms of a chair's and a leader's title ("Who chaired ...?" -> "Cllr Ken Lupton (Chairman)").
    "chair": ("chairman", "chairperson", "chairwoman"),
    "chairman": ("chair", "chairperson", "chairwoman"),
    "chairperson": ("chair", "chairman", "chairwoman"),
    "chairwoman": ("chair", "chairman", "chairperson"),
    "lead": ("leader",),
    "leader": ("lead",),
    # Who was away: minutes record it as apologies ("Which councillors were absent?" -> "APOLOGIES: Councillors ...").
    "absent": ("apolog", "absenc"),
    "absenc": ("apolog", "absent"),
}
# ... and those that answer only for a question asking a kind of fact: where a meeting was held, ModernGov and CMIS
# pages label it ("Where did the cabinet meet?" -> "Venue: The Drill Hall, Denne Road, Horsham", "Location: Concorde
# Room"); for any other question about a meeting the label is no answer.
RELATED_WHEN = {
    "place": {"meet": ("venu", "locat"), "hold": ("venu", "locat")},
}


@lru_cache(maxsize=64)
def related_for(kinds: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """RELATED, with the related words of the kinds of fact asked for (`wanted`); read for every question's sentences."""
    out = dict(RELATED)
    for kind in kinds:
        for term, more in RELATED_WHEN.get(kind, {}).items():
            out[term] = out.get(term, ()) + more
    return out


_TOKEN = re.compile(r"[a-z]+|\d+(?:,\d{3})*(?:\.\d+)?")
# Words by which a sentence refers back to the one before it.
ANAPHOR = re.compile(r"\b(?:this|these|that|those|it|its|they|them|their|such|the same|the above)\b", re.IGNORECASE)

# What follows the noun a "what"/"which" question asks of ("What fee did ...", "What is the maximum?").
_ASKED_OF = "did|does|do|is|was|were|are|has|have|had|will|would|can|could|of|for|under|to|on|that|paid|set"
# A question framed to ask for a figure ("How many ...?", "What fee did ...?"), and nouns of a figure that may ask for
# one ("What did the cabinet do with the budget?" does not).
_ASKS_FIGURE = re.compile(
    r"\bhow\s+(?:many|much|long|big|large|far)\b|\bnumber\s+of\b|\bwhat\s+(?:share|figure|amount|level)\b|£|"
    rf"\b(?:what|which)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{alternation(ROLE_WORDS['amounts']['nouns'])})"
    rf"(?=\s+(?:{_ASKED_OF})\b|\s*\?)",
    re.IGNORECASE,
)
_FIGURE_NOUNS = re.compile(
    r"\b(?:percentage|proportion|rate|average|total|cost|costs|budget|spend|spent|overspend|savings?)\b", re.IGNORECASE
)
_WANTS_NAME = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:(?:on|to|for|by|with|from)\s+)?(?:who|whom|whose)\b|\bwhich\s+(?:officers?|members?|councillors?|inspectors?|directors?|"
    r"person|people|cabinet\s+members?)\b|\bname\s+of\b|\bwho\s+(?:led|chaired|chairs|was|is|were|are|presented|"
    r"introduced|said|asked|raised)\b",
    re.IGNORECASE,
)
_MONEY_NOUNS = alternation(ROLE_WORDS["money"]["nouns"])
# A sum of money: how much something cost or was paid ("How much did ... cost?", "How much funding ..."), or what one
# of the finance nouns came to ("What levy did ...?", "What precept increase did ...?", "What is ... worth?").
_WANTS_MONEY = re.compile(
    r"\bhow\s+much\s+(?:(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|extra|more|less)\b|"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_MONEY_NOUNS})\b)|\bin\s+pounds\b|£|\bworth\s*\?|"
    rf"\b(?:what|which)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_MONEY_NOUNS})(?:\s+(?:increase|rise|reduction|cut|change))?"
    rf"(?=\s+(?:{_ASKED_OF}|agreed|approved)\b|\s*\?)",
    re.IGNORECASE,
)
FIGURES = frozenset({"number", "money"})  # the kinds of fact that are a figure: a sum of money is one too
_WANTS_FREQUENCY = re.compile(r"\bhow\s+often\b|\bhow\s+frequently\b|\bwhat\s+frequency\b", re.IGNORECASE)
_WANTS_PLACE = re.compile(
    r"^\W*(?:and\s+)?where\b|\bwhere\s+(?:and\s+when\s+)?(?:did|was|were|is|are|does|do|will|would|can|could|has|had)\b|"
    r"\bwhen\s+and\s+where\b|\b(?:what|which)\s+(?:venue|room|building|address)\b",
    re.IGNORECASE,
)
_WANTS_TIME = re.compile(r"\bwhat\s+time\b|\bhow\s+early\b|\bhow\s+late\b", re.IGNORECASE)  # of day
_WANTS_DATE = re.compile(
    # "when", or a time from or up to one ("From when would the decisions take effect?", "Until when ...?")
    r"^\W*(?:and\s+|so\s+)?(?:(?:from|since|until|till)\s+)?when\b|\bwhen\s+(?:did|was|were|is|will|does|do|are|has|had)\b|"
    r"\bwhat\s+(?:date|day|year|month)\b|\bwhich\s+(?:date|day|year|month)\b|"
    r"\bby\s+when\b|\bdeadline\b|\bhow\s+long\s+ago\b|"
    # which minutes, or which meeting's: a meeting is told from another by its date
    r"\bwhich\s+(?:[\w-]+\s+){0,2}?(?:minutes\b|meeting['’]s\b|meetings['’]\s)",
    re.IGNORECASE,
)
# Words after "which"/"what" that end a noun phrase before its head noun, and words ending in "s" that are no plural.
_AUXILIARY = r"(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|may|might|shall)"
_NOT_PLURAL = r"(?:this|thus|its|his|hers|yes|plus|status|bus|gas|lens|news|means|series|species|analysis|basis|crisis|thesis)"
_WANTS_LIST = re.compile(
    r"\bneeds?\s+to\s+improve\b|\bareas?\s+(?:for|of|to)\s+(?:improvement|development)\b|\blist\b|\beach\b|"
    r"\bwhat\s+(?:(?:[\w'’-]+\s+){0,3})?(?:actions|steps|concerns|conclusions|recommendations|areas|improvements|"
    r"grades|judgements|judgments|ratings|changes|issues|priorities|strengths|weaknesses|findings|measures)\b|"
    r"\bwhat\s+(?:did|does|do|has|have|had)\b.*\b(?:resolve|conclude|recommend|agree|decide)d?\b|"
    r"\bwhat\s+were\s+the\s+(?:judgements|judgments|grades|outcomes)\b|"
    r"\bwhich\s+(?:inspections|meetings|reports|councils|committees|papers|authorities)\b|"
    # which or what things, in the plural ("Which councillors ...", "What extra items ...", "Which two schools ...")
    rf"\b(?:which|what)\s+(?:(?!{_AUXILIARY}\b)[\w'’-]+\s+){{0,3}}?(?!{_AUXILIARY}\b|{_NOT_PLURAL}\b)[a-z][\w'’-]*[^\Wsu]s\b(?!['’])",
    re.IGNORECASE,
)
# Questions after an inspection's graded judgements: the grades, ratings or outcome, or what Ofsted concluded or found.
_WANTS_JUDGEMENT = re.compile(
    r"\b(?:judge?ments?|grades?|graded|ratings?|rated|overall\s+effectiveness)\b|"
    r"\b(?:outcome|result)s?\s+of\b[^?]*\b(?:inspect\w*|ofsted)\b|"
    # what Ofsted found about the services or the inspection as a whole, not about one topic ("about neglect")
    r"\b(?:conclu\w+|find|found)\b(?:\s+\w+){0,3}?\s+(?:about|of|in|on)\b[^?]*\bservices\b",
    re.IGNORECASE,
)
_GRADE = re.compile(r":\s*(?:outstanding|good|requires\s+improvement(?:\s+to\s+be\s+good)?|inadequate)\.?$", re.IGNORECASE)
# How a report says where its grades have moved: "has declined since the last inspection in 2021", "Since the
# previous inspection in 2021 when Dorset was judged to be good, ...", "Since the ILACS inspection in 2019".
SINCE_INSPECTION = re.compile(r"\bsince\s+the\s+(?:[\w-]+\s+){0,2}inspection\b", re.IGNORECASE)
# How a question may ask for what a paper puts under a heading of its own: "areas for improvement" are what
# an Ofsted report lists under "What needs to improve?".
HEADING_ALIASES = (
    (re.compile(r"\bareas?\s+(?:for|of|to)\s+(?:improvement|development)\b|\bimprov", re.IGNORECASE),
     "What needs to improve?"),
)
_WANTS_DECISION = re.compile(
    r"\b(?:resolve[sd]?|resolutions?|decide[sd]?|decisions?|agree[sd]?|agreements?|recommend(?:ed|s)?|"
    r"recommendations?|approve[sd]?|commit(?:ted|ments?)?|promised?)\b|"
    # whether a motion or an application went through ("Did the council pass ...?", "Was the motion carried?"): the
    # outcomes `retrieval.facts.has_decision` reads
    r"^\W*(?:did|was|were|has|have|had|is|are)\b.*\b(?:pass(?:ed)?|carr(?:y|ied)|adopt(?:ed)?|reject(?:ed)?|"
    r"accept(?:ed)?|refuse[d]?|grant(?:ed)?|defer(?:red)?|ratif(?:y|ied)|object(?:ed)?|support(?:ed)?|oppose[d]?)\b",
    re.IGNORECASE,
)
_local = threading.local()


def _stem(word: str) -> str:
    # PyStemmer objects must not be shared between threads, and the API answers in a thread pool.
    cache = getattr(_local, "cache", None)
    if cache is None:
        _local.stemmer = Stemmer.Stemmer("english")
        cache = _local.cache = {}
    stem = cache.get(word)
    if stem is None:
        stem = word if word[0].isdigit() else _local.stemmer.stemWord(word)
        stem = cache[word] = SAME_STEM.get(stem, stem)
    return stem


# The same passages' sentences are read for the refusal and again for the answer, and again by the next question on
# the topic: their words and what each states are remembered.
FACT_CACHE = 16384


def terms(text: str) -> list[str]:
    """The stems of a text's content words and its numbers ("1,800" -> "1800"), in order, stopwords gone."""
    return list(_terms(text))


@lru_cache(maxsize=FACT_CACHE)
def _terms(text: str) -> tuple[str, ...]:
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    out = []
    for token in _TOKEN.findall(text):
        if token[0].isdigit():
            out.append(token.replace(",", ""))
        elif len(token) > 1 and token not in STOPWORDS:
            out.append(_stem(token))
    return tuple(out)


COMMON_TERMS = Path(__file__).resolve().parent / "common_terms.json"
_RAREST_SHARE = 1e-4  # the share of passages assumed for a stem the table leaves out


@lru_cache(maxsize=1)
def _common_terms() -> dict[str, float]:
    try:
        return json.loads(COMMON_TERMS.read_text(encoding="utf-8"))["share"]
    except (OSError, ValueError, KeyError):
        return {}


def common_share(word: str) -> float:
    """The share of council papers' passages a word's stem is in, from `common_terms.json` (0 if it is not listed)."""
    return _common_terms().get(_stem(word.lower()), 0.0)


def rarity(stem: str) -> float:
    """How rare a stem is in council papers, 0 (in every passage) to 1 (in almost none), from the table
    `evals/rarity.py` writes (`common_terms.json`); numbers count as rare."""
    share = _common_terms().get(stem, _RAREST_SHARE)
    return min(1.0, math.log(1.0 / share) / math.log(1.0 / _RAREST_SHARE))


def wanted(question: str) -> frozenset[str]:
    """What kind of fact the question asks for: "number", or "money" for a sum of money, "name", "date", "decision",
    "time" of day, "place", "frequency" (any, or none)."""
    kinds = set()
    if _ASKS_FIGURE.search(question) or _FIGURE_NOUNS.search(question):
        kinds.add("number")
    if _WANTS_NAME.search(question):
        kinds.add("name")
    if _WANTS_DATE.search(question):
        kinds.add("date")
    if _WANTS_DECISION.search(question):
        kinds.add("decision")
    if _WANTS_TIME.search(question):
        kinds.add("time")
    if _WANTS_PLACE.search(question):
        kinds.add("place")
    if _WANTS_FREQUENCY.search(question):
        kinds.add("frequency")
    if _WANTS_MONEY.search(question) and not kinds & {"name", "date", "time", "place", "frequency"}:
        kinds.discard("number")  # a figure that is not money (a year, a page, a count) does not answer it
        kinds.add("money")
    return frozenset(kinds)


def asks_figure(question: str) -> bool:
    """Whether the question is framed to ask for a figure ("How many ...?", "What fee ...?", "How much did ... cost?"),
    not only names a thing that has one ("What did the cabinet do with the budget?")."""
    return bool(_ASKS_FIGURE.search(question) or _WANTS_MONEY.search(question))


def wants_list(question: str) -> bool:
    """Whether the question asks for several things at once: what needs to improve, the actions, concerns,
    conclusions, grades or judgements, what a committee resolved."""
    return bool(_WANTS_LIST.search(question))


_CLAUSE = re.compile(r",?\s+and\s+(?=(?:who|whom|what|when|how|which|where|why|whether)\b)", re.IGNORECASE)


def clauses(question: str) -> list[str]:
    """The questions a compound question asks ("Who led it, and what needs to improve?" -> two); one if simple. A
    part with no word of its own ("Where" of "Where and when does the Council meet?") asks about the next part's."""
    found: list[str] = []
    bare = ""
    for part in (p.strip() for p in _CLAUSE.split(question)):
        if not part:
            continue
        if not terms(part):
            bare = f"{bare}{part} and "
            continue
        found.append(bare + part)
        bare = ""
    if bare and found:
        found[-1] = f"{found[-1]} {bare.removesuffix(' and ')}"
    return found or ([question] if question.strip() else [])


_OFFICES = alternation(ROLE_WORDS["offices"]["words"])
# The word before an office ("City Mayor", "Finance Director"), and the word after "of"/"for" following it ("Director
# of Finance", "Head of Planning") unless a body's name goes on from it ("Chair of the Planning Committee", "of the
# North Yorkshire Police and Crime Panel"): words of an office's name, which a council's or committee's name may share.
_BEFORE_OFFICE = re.compile(rf"([A-Za-z][\w'’-]*)\s+(?:{_OFFICES})s?\b", re.IGNORECASE)
_AFTER_OFFICE = re.compile(
    rf"\b(?:{_OFFICES})s?\s+(?:of|for)\s+(?:the\s+)?([A-Za-z][\w'’-]*)\b"
    r"(?!(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w'’-]*){0,3}?\s+(?:committee|council|panel|board|authority|cabinet|executive"
    r"|forum|partnership)s?\b)",
    re.IGNORECASE,
)


def office_terms(question: str) -> frozenset[str]:
    """The stems of the words that name an office in the question, beside the office's noun."""
    words = [m.group(1) for pattern in (_BEFORE_OFFICE, _AFTER_OFFICE) for m in pattern.finditer(question)]
    return frozenset(t for w in words for t in terms(w))


# Verbs that report what someone said or found ("Ofsted had also raised this", "the inspectors found").
REPORTING = re.compile(rf"\b(?:{alternation(ROLE_WORDS['reporting']['verbs'])})\b", re.IGNORECASE)
# A question put at a meeting and quoted back ("Councillor X asked whether ..."), and the reply to one.
ASKING = re.compile(
    rf"\?[\"'”’)]*\s*$|\b(?:{alternation(ROLE_WORDS['asking']['verbs'])})\s+"
    rf"(?:{alternation(ROLE_WORDS['asking']['openers'])})\b",
    re.IGNORECASE,
)
REPLYING = re.compile(rf"\b(?:{alternation(ROLE_WORDS['replying']['verbs'])})\b", re.IGNORECASE)
def asked_after(verbs: Sequence[str], auxiliaries: str = "did|does|do|has|have|had") -> re.Pattern[str]:
    """A question after what someone did with one of the verbs ("What did Ofsted say about ...?"): who is the group
    `who`; `auxiliaries` are those the question may open with."""
    return re.compile(rf"\bwhat\s+(?:{auxiliaries})\s+(?P<who>.{{2,60}}?)\s+(?:{alternation(verbs)})\b", re.IGNORECASE)


# A question after what someone said, found or thought: "What did Ofsted say about ...", "What has the auditor found?"
_ASKS_VIEW = asked_after(ROLE_WORDS["view"]["verbs"], "did|does|do|has|have|had|was|were")


def view_asked_of(question: str) -> frozenset[str]:
    """For a question after what someone said or found ("What did Ofsted say about Section 20?"): the stems of
    who it asks about ({"ofst"}); empty for any other question."""
    m = _ASKS_VIEW.search(question)
    return frozenset(terms(m.group("who"))) if m else frozenset()


def wants_judgement(question: str) -> bool:
    """Whether the question asks for an inspection's graded judgements (grades, ratings, outcome, conclusions)."""
    return bool(_WANTS_JUDGEMENT.search(question))


def has_judgement(text: str) -> bool:
    """Whether a table row, as it reads ("Overall effectiveness: Good."), grades something on Ofsted's scale."""
    return bool(_GRADE.search(text.strip()))


def heading_terms_asked(question: str, heading: str) -> frozenset[str]:
    """The question's words that a heading stands for when the question asks for it in other words ("areas for
    improvement" under "What needs to improve?"); empty when none does."""
    found: set[str] = set()
    for asked, said in HEADING_ALIASES:
        m = asked.search(question)
        if m and set(terms(said)) <= set(terms(heading)):
            found |= set(terms(m.group())) | set(terms(said))
    return frozenset(found)
