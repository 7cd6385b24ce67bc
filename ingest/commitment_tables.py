"""Tables that hold commitments: action logs ("Action | Owner | Due") and two-column decision records.

An action log's rows are actions, each with its owner and deadline. A decision record laid out as a table
("Decision:<tab>That the report be noted.", "RESOLVED<tab>That …") states a resolution in its second cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.commitment_phrases import WORDS, alternation

_T = WORDS["action_log"]
_ACTION = re.compile(rf"^(?:{alternation(_T['action'])})$", re.IGNORECASE)
_OWNER = re.compile(rf"^(?:{alternation(_T['owner'])})$", re.IGNORECASE)
_DUE = re.compile(rf"^(?:{alternation(_T['due'])})$", re.IGNORECASE)
_STATUS = re.compile(rf"^(?:{alternation(_T['done'])})\b", re.IGNORECASE)
_DECIDED = re.compile(
    rf"^(?:{alternation(WORDS['decision_labels']['labels'])}|{alternation(WORDS['resolved']['words'])})\s*[:–-]?$",
    re.IGNORECASE,
)
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Row:
    """A commitment a table row states: its kind, text, who acts (None: the meeting's body) and when, as written."""

    kind: str
    text: str
    actor: str | None
    due: str | None


def _cells(line: str) -> list[str]:
    return [" ".join(c.split()) for c in line.split("\t")]


def table_commitments(table: str) -> list[Row]:
    """The actions of an action-log table (a header naming the action and its owner; rows marked done are past), or
    the resolutions of a two-column decision table; [] for any other table."""
    rows = [_cells(line) for line in table.splitlines() if line.strip()]
    out: list[Row] = []
    header = None
    for cells in rows:
        if len(cells) >= 2 and _DECIDED.match(cells[0]) and len(cells[1].split()) >= _MIN_WORDS:
            out.append(Row("resolution", cells[1], None, None))
            continue
        if header is None:
            header = _header(cells)
            continue
        action, owner, due, status = (cells[i] if i is not None and i < len(cells) else "" for i in header)
        if len(action.split()) >= _MIN_WORDS and not _STATUS.match(status):
            out.append(Row("action", action, owner or None, due or None))
    return out


def _header(cells: list[str]) -> tuple[int, int | None, int | None, int | None] | None:
    """Where an action log's header puts the action, its owner, its due date and its status, or None."""
    action = next((i for i, c in enumerate(cells) if _ACTION.match(c)), None)
    owner = next((i for i, c in enumerate(cells) if _OWNER.match(c)), None)
    if action is None or owner is None:
        return None
    due = next((i for i, c in enumerate(cells) if _DUE.match(c)), None)
    status = next((i for i, c in enumerate(cells) if re.match(r"^(?:status|progress|update|rag)$", c, re.IGNORECASE)), None)
    return action, owner, due, status
