"""Write `retrieval/common_terms.json`: how common each word stem is in council papers, as a share of passages.

    python -m evals.rarity --data-dir DIR

The passages are those of the tuning papers only: the seed minutes and ModernGov pages of the demo corpus, its
Ofsted reports, and the papers of `../shared/corpus/councils` that `evals/councils_tuning.jsonl` asks about (never a
held-out paper). Stems in fewer than MIN_SHARE of the passages are left out: the answerer treats an absent stem as rare.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from retrieval.vocabulary import COMMON_TERMS, terms

MIN_SHARE = 0.002
TUNING = Path(__file__).resolve().parent / "councils_tuning.jsonl"


def tuning_files(path: Path = TUNING) -> set[str]:
    """The councils papers the tuning questions ask about (their evidence's files and those their notes name)."""
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        names.update(e["file"] for e in row.get("evidence", []))
        note = row.get("notes") or ""
        if "Source:" in note:
            names.add(note.split("Source:", 1)[1].strip().rstrip(".").split()[0].rstrip(".,;"))
    return names


def main(argv: list[str] | None = None) -> None:
    """Count stems over the tuning papers' passages in an index and write the table."""
    from ingest.catalog import Catalog

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    catalog = Catalog(args.data_dir / "catalog.sqlite3")
    councils = tuning_files()
    try:
        docs = {}
        for entry in catalog.documents(with_text=False):
            path = entry.file_path.replace("\\", "/")
            name = path.rsplit("/", 1)[-1]
            demo = "/corpus/" in f"/{path}" and "/shared/" not in path
            if demo or "/seeds/" in path or name in councils:
                docs[entry.document.doc_id] = name
        counts: Counter[str] = Counter()
        passages = 0
        for _, doc_id, text in catalog.chunk_rows():
            if doc_id in docs:
                passages += 1
                counts.update(set(terms(text)))
    finally:
        catalog.close()
    floor = max(2, int(MIN_SHARE * passages))
    table = {t: round(n / passages, 5) for t, n in sorted(counts.items()) if n >= floor and not t[0].isdigit()}
    made = {"script": "evals/rarity.py", "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "papers": len(docs), "passages": passages, "source": "the tuning papers (see the script's docstring)"}
    COMMON_TERMS.write_text(json.dumps({"made_by": made, "share": table}, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table)} stems from {passages} passages of {len(docs)} papers -> {COMMON_TERMS}")


if __name__ == "__main__":
    main()
