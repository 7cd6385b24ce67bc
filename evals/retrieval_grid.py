"""Choose the searcher's BM25 and fusion parameters on tuning sets: every combination of a small grid, scored by
Recall@5 of Clerk's bare hybrid search (the question as typed, no filters) on each set's answerable questions.

Run: .venv/bin/python -m evals.retrieval_grid --case evals/councils_tuning.jsonl=DATA_DIR --case evals/gold.jsonl=DIR
     [--out evals/reports/retrieval_grid.json]

Each case is a tuning set and the data dir of an index built over its corpus (`clerk ingest ... --data-dir DIR`).
Never give it a held-out set: what it chooses is then no longer measured blind there. The sets count equally; the
best combination has the highest mean Recall@5, then the highest mean MRR@5, then is closest to today's defaults
(so that a flat grid changes nothing). With --keep-fusion the fusion stays as it is (its scores feed the calibrated
sentence selector, so RRF k and the BM25 weight change only together with `evals/calibrate.py`). Dense rankings do not depend on the grid and are computed once per question;
BM25 is rebuilt in memory for every (fields, k1, b), the saved index is left alone.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from evals import metrics as m  # noqa: E402
from evals.gold import GoldQuestion, load_gold, tuning_case, write_grid  # noqa: E402
from retrieval.lexical import Bm25Params, LexicalIndex, passage_text, tokenize  # noqa: E402
from retrieval.search import Fusion, candidates_for, fuse, jaccard, tokens_of  # noqa: E402

TOP_K = 5
FIELDS = (
    ("council", "title", "headings"),
    ("council", "committee", "date", "title", "headings"),
    ("council", "committee", "date", "kind", "title", "headings"),
    ("council", "committee", "date", "headings"),
    (),
)
K1 = (1.2, 1.5, 2.0)
B = (0.5, 0.75, 0.9)
LEXICAL_WEIGHT = (1.0, 2.0, 3.0, 5.0)
RRF_K = (10, 30, 60)
DUPLICATE_JACCARD = (0.8, 0.9)


@dataclass(frozen=True)
class Row:
    """A chunk as the grid sees it."""

    chunk_id: str
    doc_id: str
    text: str
    source: str
    words: frozenset[str]


@dataclass(frozen=True)
class Case:
    """One tuning set over its index: the chunks, and each answerable question's dense ranking."""

    name: str
    questions: tuple[GoldQuestion, ...]
    rows: dict[str, Row]
    generation: int
    pieces: tuple[dict[str, list[str]], ...]  # per row: the tokens of each field, and of the text under "text"
    dense: tuple[tuple[tuple[str, str, float], ...], ...]  # per question: (chunk_id, doc_id, similarity)


def load_case(gold: Path, data_dir: Path) -> Case:
    """Read a tuning set and its index: chunks, their fields tokenised once, and the dense ranking per question."""
    from api.runtime import open_configured_index
    from api.settings import Settings

    settings = Settings(data_dir=data_dir, chroma_host=None, embedder=None, llm_provider=None, refusal_threshold=None)
    index = open_configured_index(settings)
    try:
        catalog = index.catalog
        entries = {e.document.doc_id: e.document for e in catalog.documents(with_text=False)}
        raw = catalog.chunk_rows_with_headings()
        rows = {cid: Row(cid, doc, text, entries[doc].source, tokens_of(text)) for cid, doc, text, _ in raw}
        pieces = []
        for _, doc, text, headings in raw:
            one = {f: tokenize([passage_text("", entries[doc].meta, headings, (f,))])[0] for f in _fields()}
            one["text"] = tokenize([text])[0]
            pieces.append(one)
        questions = tuple(q for q in load_gold(gold) if q.answerable)
        n = candidates_for(TOP_K)
        dense = tuple(
            tuple((h.chunk_id, rows[h.chunk_id].doc_id, h.similarity)
                  for h in index.store.query(index.embedder.embed_query(q.question), n) if h.chunk_id in rows)
            for q in questions
        )
        generation = catalog.generation()
    finally:
        index.close()
    _check_tokens(raw, entries, pieces)
    return Case(gold.stem, questions, rows, generation, tuple(pieces), dense)


def _fields() -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for fields in FIELDS for f in fields))


def _check_tokens(raw, entries, pieces) -> None:
    """The grid's joined tokens must be what `LexicalIndex.build` tokenises, or it measures another index."""
    for (_, doc, text, headings), one in itertools.islice(zip(raw, pieces), 0, None, max(1, len(raw) // 50)):
        for fields in FIELDS:
            built = tokenize([passage_text(text, entries[doc].meta, headings, fields)])[0]
            assert built == _joined(one, fields), (fields, text[:80])


def _joined(one: dict[str, list[str]], fields: tuple[str, ...]) -> list[str]:
    return [t for f in (*fields, "text") for t in one[f]]


def lexical_index(case: Case, params: Bm25Params) -> LexicalIndex:
    """The BM25 index `LexicalIndex.build` makes over the case's chunks with these parameters."""
    import bm25s

    retriever = bm25s.BM25(k1=params.k1, b=params.b)
    retriever.index([_joined(one, params.fields) for one in case.pieces], show_progress=False)
    ids = tuple(case.rows)
    return LexicalIndex(case.generation, ids, tuple(case.rows[c].doc_id for c in ids), retriever, params)


def top(case: Case, dense, lexical, fusion: Fusion) -> list[Row]:
    """The searcher's top 5: fused, then passages repeating a better one left out."""
    kept: list[Row] = []
    for candidate in fuse(dense, lexical, fusion):
        row = case.rows[candidate.chunk_id]
        if any(jaccard(row.words, seen.words) >= fusion.duplicate_jaccard for seen in kept):
            continue
        kept.append(row)
        if len(kept) == TOP_K:
            break
    return kept


def score(case: Case, hits: Sequence[Sequence[Row]]) -> tuple[float, float]:
    """Mean Recall@5 and MRR@5 over the case's answerable questions."""
    recall = rr = 0.0
    for q, rows in zip(case.questions, hits):
        rel = m.relevance([(r.text, r.source) for r in rows], q.evidence)
        recall += m.recall_at_k(rel, len(q.evidence), TOP_K)
        rr += m.reciprocal_rank(rel[:TOP_K])
    n = max(len(case.questions), 1)
    return recall / n, rr / n


def _distance(bm25: Bm25Params, fusion: Fusion) -> int:
    """How many parameters differ from today's defaults (the tie-break)."""
    a = {**asdict(Bm25Params()), **asdict(Fusion())}
    b = {**asdict(bm25), **asdict(fusion)}
    return sum(a[k] != b[k] for k in a)


def grid(cases: Sequence[Case], say=lambda _: None, keep_fusion: bool = False) -> list[dict]:
    """Every combination with its per-set and mean Recall@5 and MRR@5, best first."""
    results = []
    fusions = [Fusion(k, w, j) for k, w, j in itertools.product(RRF_K, LEXICAL_WEIGHT, DUPLICATE_JACCARD)]
    if keep_fusion:
        fusions = [Fusion()]
    for fields, k1, b in itertools.product(FIELDS, K1, B):
        params = Bm25Params(k1, b, fields)
        lexical = []
        for case in cases:
            index = lexical_index(case, params)
            lexical.append([[(c, case.rows[c].doc_id, s) for c, s in index.search(q.question, candidates_for(TOP_K))]
                            for q in case.questions])
        say(f"bm25 {params}")
        for fusion in [*fusions, "bm25"]:
            per_set = {}
            for case, ranked in zip(cases, lexical):
                if fusion == "bm25":
                    hits = [top(case, [], lex, Fusion()) for lex in ranked]
                else:
                    hits = [top(case, dense, lex, fusion) for dense, lex in zip(case.dense, ranked)]
                per_set[case.name] = score(case, hits)
            recall = sum(r for r, _ in per_set.values()) / len(per_set)
            mrr = sum(x for _, x in per_set.values()) / len(per_set)
            results.append({
                "bm25": {**asdict(params), "fields": list(fields)},
                "fusion": "bm25 only" if fusion == "bm25" else asdict(fusion),
                "recall@5": round(recall, 4), "mrr@5": round(mrr, 4),
                "per_set": {n: {"recall@5": round(r, 4), "mrr@5": round(x, 4)} for n, (r, x) in per_set.items()},
                "changed": 99 if fusion == "bm25" else _distance(params, fusion),
            })
    return sorted(results, key=lambda r: (-r["recall@5"], -r["mrr@5"], r["changed"]))


def main(argv: Sequence[str] | None = None) -> None:
    """Score the grid on the given tuning sets, print the best and today's defaults, write the JSON."""
    ap = argparse.ArgumentParser(prog="python -m evals.retrieval_grid", description=__doc__.split("\n")[0])
    ap.add_argument("--case", action="append", required=True, metavar="SET=DATA_DIR",
                    help="a tuning gold set and the data dir of an index over its corpus (repeat)")
    ap.add_argument("--out", type=Path, help="write every combination's scores here (JSON)")
    ap.add_argument("--keep-fusion", action="store_true", help="vary BM25 only, keep the fusion's defaults")
    args = ap.parse_args(argv)
    say = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    cases = []
    for spec in args.case:
        gold, data_dir = tuning_case(spec)
        cases.append(load_case(gold, data_dir))
        say(f"{gold}: {len(cases[-1].questions)} answerable questions, {len(cases[-1].rows)} chunks")
    results = grid(cases, say, args.keep_fusion)
    today = min(results, key=lambda r: r["changed"])
    for label, r in [("best", results[0]), ("today", today)]:
        print(f"{label:6} recall@5 {r['recall@5']:.4f} mrr@5 {r['mrr@5']:.4f} {json.dumps(r['per_set'])}")
        print(f"       bm25 {r['bm25']} fusion {r['fusion']}")
    write_grid(args.out, args.case, results)


if __name__ == "__main__":
    main()
