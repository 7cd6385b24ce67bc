"""Clerk's retrieval beside the RAG a user would build in an afternoon, on one question set, in one run.

Run: .venv/bin/python -m benchmarks.baseline --set evals/holdout.jsonl --corpus DIR [DIR ...]
     [--out benchmarks/results/baseline-<name>.json] [--data-dir DIR]

The baseline: LangChain's RecursiveCharacterTextSplitter (1000 characters, 200 overlap, its default separators)
over each document's text; MiniLM vectors from Clerk's own default embedder (`ingest.models.load_embedder`, the
same instance Clerk ingests with), exact cosine search; BM25 (bm25s, its default Lucene-style scoring) over the
chunk text, tokenised by `bm25s.tokenize` (lower case, words of two or more characters, its English stopwords,
the Snowball English stemmer), as bm25s's own README does; reciprocal rank fusion (k=60, equal weights) of each
retriever's top 50; top 5. Dense-only and BM25-only are scored as well. It takes the question as typed: no
conversation history, no filters.

Clerk: the same files ingested with its real pipeline into a fresh data dir, then (1) its answering service exactly
as `clerk eval` runs it in-process (history, the gold set's explicit filters, inferred filters, the register,
deduplication), and (2) its bare `Searcher.search` on the question as typed with no filters (hybrid, dense, bm25),
which isolates chunking and search from the service around them.

Both read the same text: the baseline splits each document's text as Clerk's parsers extracted it (read back from
the catalogue Clerk just built), so parsing differences do not count; files Clerk could not read, or skipped as
duplicates, are missing from both. Every system is scored on its top 5 with the metric functions of
`evals/metrics.py` and the same evidence matching as `clerk eval` (a context holds a gold span when it is from the
span's file and has the span, or 60% of its words). MRR is over the top 5 for every system (`clerk eval`'s own MRR
runs over its 8 contexts; its whole summary is kept under "clerk_eval" for reference). "summaries" averages over the
answerable questions whose evidence files are all in the corpus (a set written over a larger corpus would otherwise
count questions no system can find); "summaries_all_answerable" over every answerable question, as `clerk eval` does.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from benchmarks.common import RESULTS, ROOT, machine  # noqa: E402
from evals import metrics as m  # noqa: E402
from evals.gold import GoldError, GoldQuestion, load_gold  # noqa: E402

CHUNK_SIZE = 1000  # characters
CHUNK_OVERLAP = 200
RRF_K = 60
CANDIDATES = 50  # each retriever's list that fusion sees (Clerk's searcher takes 50 for k <= 10 as well)
TOP_K = 5
BASELINE_MODES = ("rrf", "dense", "bm25")
CLERK_MODES = ("hybrid", "dense", "bm25")


@dataclass(frozen=True, slots=True)
class Passage:
    """A baseline chunk: its text and the document it was split from."""

    text: str
    source: str  # the path the document was ingested from, which evidence matching reads the file name of
    doc_id: str


def split(text: str) -> list[str]:
    """A document's text in LangChain's RecursiveCharacterTextSplitter chunks of 1000 characters, 200 overlapping."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP).split_text(text)


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """bm25s's tokeniser with its English stopwords and the Snowball English stemmer, as its README shows."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # "the query is empty" for stopword-only text
    return bm25s.tokenize(list(texts), stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False)


def fuse(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> list[int]:
    """Reciprocal rank fusion of ranked lists of ids, best first (ties: the earlier list's rank, then the id)."""
    ranks = [{i: rank for rank, i in enumerate(ranking, 1)} for ranking in rankings]
    far = sum(len(r) for r in rankings) + 1
    score = {i: sum(1.0 / (k + r[i]) for r in ranks if i in r) for r in ranks for i in r}
    return sorted(score, key=lambda i: (-score[i], tuple(r.get(i, far) for r in ranks), i))


class Baseline:
    """The afternoon RAG over a set of documents: 1000/200 character chunks, MiniLM, BM25, RRF."""

    def __init__(self, documents: Sequence[tuple[str, str, str]], embedder):
        """Index (doc_id, source, text) documents with `embedder` (a Clerk `Embedder`)."""
        import bm25s

        self.passages = [Passage(piece, source, doc_id) for doc_id, source, text in documents for piece in split(text)]
        self.embedder = embedder
        texts = [p.text for p in self.passages]
        self.vectors = embedder.embed(texts) if texts else np.zeros((0, embedder.dimension), dtype=np.float32)
        self.bm25 = bm25s.BM25()
        if texts:
            self.bm25.index(tokenize(texts), show_progress=False)

    def dense(self, question: str, n: int = CANDIDATES) -> list[int]:
        """Passage indices by cosine similarity to the question, best first."""
        if not self.passages:
            return []
        similarity = self.vectors @ self.embedder.embed_query(question)
        return [int(i) for i in np.argsort(-similarity, kind="stable")[:n]]

    def lexical(self, question: str, n: int = CANDIDATES) -> list[int]:
        """Passage indices by BM25 score, best first; passages sharing no term with the question are left out."""
        tokens = tokenize([question])
        if not self.passages or not tokens[0]:
            return []
        ids, scores = self.bm25.retrieve(tokens, k=min(n, len(self.passages)), show_progress=False)
        return [int(i) for i, s in zip(ids[0], scores[0]) if s > 0]

    def search(self, question: str, mode: str = "rrf", k: int = TOP_K) -> list[Passage]:
        """The top k passages for the question: fused (rrf), dense alone or BM25 alone."""
        if mode == "dense":
            order = self.dense(question)
        elif mode == "bm25":
            order = self.lexical(question)
        elif mode == "rrf":
            order = fuse([self.dense(question), self.lexical(question)])
        else:
            raise ValueError(f"unknown baseline mode '{mode}': use one of {', '.join(BASELINE_MODES)}")
        return [self.passages[i] for i in order[:k]]


@dataclass(frozen=True, slots=True)
class Scored:
    """One system's retrieval metrics on one question, from its top-5 contexts."""

    recall: float
    hit: float
    reciprocal_rank: float


def scored(contexts: Sequence[tuple[str, str]], q: GoldQuestion) -> Scored:
    """Recall@5, Hit@5 and reciprocal rank in the top 5 of ranked (text, source) contexts, matched as clerk eval is."""
    rel = m.relevance(contexts[:TOP_K], q.evidence)
    return Scored(m.recall_at_k(rel, len(q.evidence), TOP_K), m.hit_at_k(rel, TOP_K), m.reciprocal_rank(rel))


def summary(rows: Sequence[Scored]) -> dict:
    """Mean Recall@5, Hit@5 and MRR@5 of a system over the answerable questions."""
    mean = lambda xs: round(sum(xs) / len(xs), 4) if xs else 0.0  # noqa: E731
    return {f"recall@{TOP_K}": mean([r.recall for r in rows]), f"hit@{TOP_K}": mean([r.hit for r in rows]),
            f"mrr@{TOP_K}": mean([r.reciprocal_rank for r in rows])}


def _settings(data_dir: Path):
    from api.settings import Settings

    # Explicit values, so a CLERK_* variable in the environment cannot point the run at another index or an LLM.
    return Settings(data_dir=data_dir, chroma_host=None, embedder=None, llm_provider=None, refusal_threshold=None)


def ingest(paths: Sequence[Path], data_dir: Path) -> dict:
    """Ingest the files into a new Clerk index with the real pipeline (the default embedder); what it did."""
    from api.runtime import open_configured_index
    from ingest.pipeline import Ingester

    index = open_configured_index(_settings(data_dir))
    try:
        report = Ingester(index).run(paths)
        docs, chunks = index.catalog.counts()
    finally:
        index.close()
    return {"files": len(report.results), "documents": docs, "chunks": chunks, "ingest_s": round(report.seconds, 1),
            "failed": [f"{r.source}: {r.reason}" for r in report.failed],
            "skipped": [f"{r.source}: {r.reason}" for r in report.results if r.status == "skipped"]}


def compare(questions: Sequence[GoldQuestion], data_dir: Path,
            progress: Callable[[str], None] = lambda _: None) -> dict:
    """Score Clerk's service, Clerk's bare searcher and the baseline on every question over one ingested index."""
    from api.runtime import build_runtime
    from evals.runner import InProcess, run, summarise
    from retrieval.records import Filters

    runtime = build_runtime(_settings(data_dir))
    try:
        entries = [e for e in runtime.index.catalog.documents(with_text=True)
                   if e.document.doc_id in runtime.index.catalog.complete_ids()]
        t = time.perf_counter()
        baseline = Baseline([(e.document.doc_id, e.document.source, e.document.text) for e in entries],
                            runtime.index.embedder)
        progress(f"baseline: {len(baseline.passages)} chunks indexed in {time.perf_counter() - t:.1f} s")
        answerable = [q for q in questions if q.answerable]
        rows: dict[str, list[Scored]] = {}
        progress(f"clerk eval on {len(questions)} questions")
        served = {r.id: r for r in run(questions, InProcess(runtime.clerk, runtime.index.catalog))}
        rows["clerk_service"] = [Scored(served[q.id].recall, served[q.id].hit, _rr_at_5(served[q.id]))
                                 for q in answerable]
        eval_summary = summarise(list(served.values()))
        for mode in CLERK_MODES:
            progress(f"clerk search, {mode}")
            search = runtime.searcher.search
            rows[f"clerk_search_{mode}"] = [
                scored([(h.chunk.text, h.chunk.source) for h in search(q.question, Filters(), TOP_K, mode)], q)
                for q in answerable
            ]
        for mode in BASELINE_MODES:
            progress(f"baseline, {mode}")
            rows[f"baseline_{mode}"] = [scored([(p.text, p.source) for p in baseline.search(q.question, mode)], q)
                                        for q in answerable]
        sizes = [len(p.text) for p in baseline.passages]
        files = {Path(e.document.source.replace("\\", "/")).name for e in entries}
        inside = {q.id for q in answerable if q.evidence and all(ev.file in files for ev in q.evidence)}
    finally:
        runtime.close()
    return {
        "questions": len(questions),
        "answerable": len(answerable),
        "answerable_follow_ups": sum(1 for q in answerable if q.history),
        "answerable_with_explicit_filters": sum(1 for q in answerable if q.filters),
        "baseline_documents": len(entries),
        "baseline_chunks": len(sizes),
        "baseline_chunk_chars_mean": round(sum(sizes) / len(sizes), 1) if sizes else 0.0,
        "answerable_in_corpus": len(inside),
        "summaries": {name: summary([x for x, q in zip(r, answerable) if q.id in inside]) for name, r in rows.items()},
        "summaries_all_answerable": {name: summary(r) for name, r in rows.items()},
        "clerk_eval": eval_summary,
        "per_question": {q.id: {name: r[n].recall for name, r in rows.items()} for n, q in enumerate(answerable)},
    }


def _rr_at_5(result) -> float:
    """The runner's reciprocal rank cut to the top 5 (it ranks all 8 contexts): 0 when the first hit is lower."""
    return result.reciprocal_rank if result.reciprocal_rank >= 1.0 / TOP_K else 0.0


def code_version() -> dict:
    """The commit the run's code is at and the library files changed from it (other work shares the checkout)."""
    import subprocess

    git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout  # noqa: E731
    changed = git("status", "--porcelain", "--", "ingest", "retrieval", "api", "evals").splitlines()
    return {"commit": git("rev-parse", "HEAD").strip(), "uncommitted": [line[3:] for line in changed]}


def main(argv: Sequence[str] | None = None) -> None:
    """Ingest the corpus, score every system on the set, write the JSON and print the summaries."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.baseline", description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="gold", type=Path, required=True, help="a gold JSONL (evals/holdout.jsonl)")
    ap.add_argument("--corpus", type=Path, nargs="+", required=True, help="folders or files to ingest")
    ap.add_argument("--out", type=Path, help="the results JSON (default benchmarks/results/baseline-<set>.json)")
    ap.add_argument("--data-dir", type=Path, help="build Clerk's index here and keep it (must not exist yet)")
    args = ap.parse_args(argv)
    try:
        questions = load_gold(args.gold)
    except GoldError as exc:
        sys.exit(str(exc))
    missing = [str(p) for p in args.corpus if not p.exists()]
    if missing:
        sys.exit(f"no such corpus: {', '.join(missing)}")
    if args.data_dir and args.data_dir.exists():
        sys.exit(f"{args.data_dir} already exists; give a new folder")
    out = args.out or RESULTS / f"baseline-{args.gold.stem}.json"
    say = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="clerk-baseline-") as tmp:
        data_dir = args.data_dir or Path(tmp) / "data"
        version = code_version()  # before the run: the code it imports is what the tree holds now
        say(f"ingesting {', '.join(map(str, args.corpus))} into {data_dir}")
        ingested = ingest(args.corpus, data_dir)
        compared = compare(questions, data_dir, say)
    result = {"machine": machine(), "code": version, "set": str(args.gold), "corpus": [str(p) for p in args.corpus],
              "clerk_ingest": ingested, **compared}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    width = max(map(len, result["summaries"])) + 2
    for name, s in result["summaries"].items():
        print(f"{name:{width}} " + "  ".join(f"{k} {v:.3f}" for k, v in s.items()))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
