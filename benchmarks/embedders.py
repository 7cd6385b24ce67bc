"""fp32 against int8: export and load time, embedding throughput on the same chunks, peak RSS, and the gold metrics.

Run: .venv/bin/python -m benchmarks.embedders [--corpus demo|full] [--keep DIR]
     (writes benchmarks/results/embedders.json, or embedders-full.json for the full corpus; --keep leaves the two
     indexes and each eval's per-question results in DIR instead of a temporary folder)

demo is the committed corpus/; full is what the full-corpus eval uses: corpus/seeds, corpus/moderngov and the 123
Ofsted reports of the shared corpus. Each variant ingests the corpus into its own temporary data dir (in-process,
exactly as `clerk ingest` does with CLERK_EMBEDDER set), then `clerk eval --json` scores each index, the subprocess
left to find the embedder from what the index records. The machine is shared and busy, so throughput is measured
interleaved: the same blocks of chunks, fp32 and int8 in turn (alternating which goes first), wall and CPU time
summed per variant; the ratios are the figures to quote, not the absolute rates.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from api.runtime import open_configured_index  # noqa: E402
from api.settings import Settings  # noqa: E402
from benchmarks.common import ROOT, SHARED, peak_rss_mb, write  # noqa: E402
from ingest.models import FP32, INT8, load_embedder  # noqa: E402
from ingest.onnx_embedder import OnnxEmbedder  # noqa: E402
from ingest.pipeline import Ingester  # noqa: E402

VARIANTS = {"fp32": FP32, "int8": INT8}
BLOCK = 64  # chunks per interleaved block: fp32's batch, and about one document's worth
MAX_TIMED = 1600  # the throughput sample: every n-th chunk so that at most this many are embedded by each variant
EVAL_KEYS = ("recall@5", "hit@5", "mrr", "ndcg@10", "fact_accuracy", "citation_precision", "quote_verbatim",
             "refusal_precision", "refusal_recall", "false_refusal_rate", "latency_p50_ms", "latency_p95_ms")


def corpus_paths(name: str) -> list[Path]:
    """The folders a corpus is made of."""
    if name == "demo":
        return [ROOT / "corpus"]
    if not SHARED.is_dir():
        sys.exit(f"--corpus full needs the shared corpus at {SHARED}")
    return [ROOT / "corpus" / "seeds", ROOT / "corpus" / "moderngov", SHARED / "ofsted-ilacs" / "inspection_reports"]


def ingest(variant: str, paths: list[Path], data_dir: Path) -> dict:
    """Build an index with one embedder: the export (int8) and model load timed apart from the ingest itself."""
    settings = Settings(data_dir=data_dir, embedder=variant)
    index = open_configured_index(settings)
    embedder = index.embedder
    t = time.perf_counter()
    built = embedder.prepare() if isinstance(embedder, OnnxEmbedder) else None
    export_s = time.perf_counter() - t
    t = time.perf_counter()
    embedder.embed(["warm up"])
    load_s = time.perf_counter() - t
    report = Ingester(index).run(paths)
    docs, chunks = index.catalog.counts()
    index.close()
    if report.failed:
        sys.exit(f"{variant}: failed to ingest {[r.source for r in report.failed]}")
    embed_s = report.timings["embed"]
    return {
        "model": embedder.name,
        "export_s": round(export_s, 2) if built and built.built_now else None,
        "model_load_s": round(load_s, 2),
        "documents": docs,
        "chunks": chunks,
        "ingest_s": round(report.seconds, 1),
        "ingest_embed_s": round(embed_s, 1),
        "ingest_embed_chunks_per_s": round(chunks / embed_s, 1),
    }


def contexts(data_dir: Path) -> list[str]:
    """The texts the embedder saw at ingest, read back from an index."""
    index = open_configured_index(Settings(data_dir=data_dir))
    ids = [cid for cid, _, _ in index.catalog.chunk_rows()]
    texts = [c.context for i in range(0, len(ids), 500) for c in index.store.get(ids[i : i + 500])]
    index.close()
    return texts


def interleaved(embedders: dict, texts: list[str]) -> tuple[dict, dict]:
    """Embed the same blocks with each embedder in turn; seconds (wall and CPU) per variant, and the vectors."""
    wall = {k: 0.0 for k in embedders}
    cpu = {k: 0.0 for k in embedders}
    vectors = {k: [] for k in embedders}
    for n, start in enumerate(range(0, len(texts), BLOCK)):
        block = texts[start : start + BLOCK]
        for k in (list(embedders) if n % 2 == 0 else list(reversed(embedders))):
            w, c = time.perf_counter(), time.process_time()
            vectors[k].append(embedders[k].embed(block))
            wall[k] += time.perf_counter() - w
            cpu[k] += time.process_time() - c
    return {"wall": wall, "cpu": cpu}, {k: np.vstack(v) for k, v in vectors.items()}


def peak_rss_of(variant: str, models_dir: Path, texts_file: Path) -> float:
    """Peak RSS of a fresh process that loads one embedder and embeds the sample (MB)."""
    # VmHWM, not getrusage: Linux carries ru_maxrss over fork and exec, so a child would report this process's peak.
    code = ("import json, re, sys; from pathlib import Path; from ingest.models import load_embedder; "
            "e = load_embedder(sys.argv[1], Path(sys.argv[2])); e.embed(json.loads(Path(sys.argv[3]).read_text())); "
            "print(int(re.search(r'VmHWM:\\s+(\\d+) kB', Path('/proc/self/status').read_text()).group(1)) / 1024)")
    out = subprocess.run([sys.executable, "-c", code, variant, str(models_dir), str(texts_file)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


def evaluate(data_dir: Path) -> dict:
    """`clerk eval --json` on an index, in a subprocess that picks the embedder the index records."""
    env = {k: v for k, v in os.environ.items() if k != "CLERK_EMBEDDER"}
    cmd = [sys.executable, "-m", "api", "eval", "--json", "--data-dir", str(data_dir), "--out", str(data_dir / "eval")]
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode not in (0, 1):  # 1: a --check threshold; not used here, but not a crash either
        sys.exit(f"clerk eval failed on {data_dir}: {out.stderr.strip()[-500:]}")
    summary = json.loads(out.stdout)
    return {k: summary[k] for k in EVAL_KEYS if k in summary}


def main() -> None:
    """Ingest with each embedder, time them interleaved on the same chunks, score both indexes."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=("demo", "full"), default="demo")
    ap.add_argument("--keep", type=Path, help="Build the indexes here and keep them (must not hold them already).")
    args = ap.parse_args()
    paths = corpus_paths(args.corpus)
    if args.keep and any((args.keep / v).exists() for v in VARIANTS):
        sys.exit(f"{args.keep} already holds an index; give an empty or new folder")
    with tempfile.TemporaryDirectory(prefix="clerk-embedders-") as tmp:
        dirs = {v: (args.keep or Path(tmp)) / v for v in VARIANTS}
        built = {v: ingest(v, paths, dirs[v]) for v in VARIANTS}
        texts = contexts(dirs["fp32"])
        step = max(1, -(-len(texts) // MAX_TIMED))
        sample = texts[::step]
        embedders = {v: load_embedder(v, dirs[v] / "models") for v in VARIANTS}
        seconds, vectors = interleaved(embedders, sample)
        cosine = np.sum(vectors["fp32"] * vectors["int8"], axis=1)
        sample_file = Path(tmp) / "sample.json"
        sample_file.write_text(json.dumps(sample[:256]))
        rss = {v: peak_rss_of(v, dirs[v] / "models", sample_file) for v in VARIANTS}
        scores = {v: evaluate(dirs[v]) for v in VARIANTS}
    rate = {clock: {v: round(len(sample) / s, 1) for v, s in seconds[clock].items()} for clock in seconds}
    delta = {k: round(scores["int8"][k] - scores["fp32"][k], 4) for k in scores["fp32"] if k in scores["int8"]}
    result = {
        "corpus": args.corpus,
        "chunks_timed": len(sample),
        "chunks_per_s_wall": rate["wall"],
        "chunks_per_s_cpu": rate["cpu"],
        "int8_speedup_wall": round(seconds["wall"]["fp32"] / seconds["wall"]["int8"], 2),
        "int8_speedup_cpu": round(seconds["cpu"]["fp32"] / seconds["cpu"]["int8"], 2),
        "ingest_embed_speedup": round(built["fp32"]["ingest_embed_s"] / built["int8"]["ingest_embed_s"], 2),
        "cosine_int8_vs_fp32": {"min": round(float(cosine.min()), 4), "p1": round(float(np.percentile(cosine, 1)), 4),
                                "mean": round(float(cosine.mean()), 4)},
        "fp32": {**built["fp32"], "peak_rss_mb": rss["fp32"]},
        "int8": {**built["int8"], "peak_rss_mb": rss["int8"]},
        "eval_fp32": scores["fp32"],
        "eval_int8": scores["int8"],
        "eval_int8_minus_fp32": delta,
        "this_process_peak_rss_mb": round(peak_rss_mb(), 1),
    }
    write("embedders" if args.corpus == "demo" else "embedders-full", result)


if __name__ == "__main__":
    main()
