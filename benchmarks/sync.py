"""`clerk sync`'s own cost, apart from embedding: a ModernGov site replayed on 127.0.0.1 (the real GetMeeting
response as N meetings of one committee, each linking two small real PDFs) is synced into an empty mirror, then
again unchanged; each beside the raw transfer time of the same URLs (plain sequential GETs, no parsing or writing)
measured in the same run.

    python -m benchmarks.sync [--meetings 60] [--rounds 3]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmarks.common import machine, write
from ingest.sync.fetch import Fetcher, Validators
from ingest.sync.moderngov import ModernGovSource
from ingest.sync.run import SyncRange, fetch_source
from tests.ingest.moderngov_replay import Site, attachment_ids, paper, real_meeting, serve


def _site(meetings: int) -> tuple[Site, object, list[str]]:
    site = Site()
    server, _ = serve(site)
    rows, urls = [], []
    for n in range(meetings):
        mid, day = str(5000 + n), f"{1 + n % 28:02d}/{1 + (n // 28) % 12:02d}/2025"
        xml = real_meeting(site.base, mid, day, f"Meeting {n} noted the report.")
        xml = xml.replace(b"60860", str(100000 + 2 * n).encode()).replace(b"60909", str(100001 + 2 * n).encode())
        site.meetings[mid] = xml
        rows.append((mid, day))
        urls.append(f"{site.base}/mgWebService.asmx/GetMeeting?lMeetingId={mid}")
        for aid in attachment_ids(xml):
            a = aid.decode()
            site.documents[a] = paper(f"Paper {a}", [f"Line {i} of paper {a} on the audit plan." for i in range(30)])
            urls.append(f"{site.base}/mgConvert2PDF.aspx?ID={a}")
    site.schedule = {"136": rows}
    return site, server, urls


def _raw(urls: list[str]) -> float:
    started = time.perf_counter()
    for url in urls:
        with urllib.request.urlopen(url, timeout=30) as r:
            r.read()
    return time.perf_counter() - started


def _sync(site: Site, mirror: Path) -> tuple[float, dict]:
    fetcher = Fetcher(Validators(mirror / ".sync-state.jsonl"), rate=0)
    started = time.perf_counter()
    report = fetch_source(ModernGovSource(site.base, "Manchester", fetcher), fetcher, mirror,
                          SyncRange(__import__("datetime").date(2025, 1, 1), __import__("datetime").date(2025, 12, 31),
                                    ("Audit Committee",)))
    return time.perf_counter() - started, {"meetings": report.meetings, "documents": report.documents,
                                           "outcomes": dict(report.outcomes), "requests": report.requests,
                                           "not_modified": report.not_modified, "bytes": report.bytes}


def main() -> None:
    """Run the benchmark and write benchmarks/results/sync.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    site, server, urls = _site(args.meetings)
    first, again, raw = [], [], []
    try:
        for _ in range(args.rounds):
            raw.append(_raw(urls))
            mirror = Path(tempfile.mkdtemp(prefix="clerk-sync-bench-"))
            t, full = _sync(site, mirror)
            first.append(t)
            t, unchanged = _sync(site, mirror)
            again.append(t)
            shutil.rmtree(mirror)
    finally:
        server.shutdown()
    raw_s, first_s, again_s = (statistics.median(x) for x in (raw, first, again))
    result = {
        "machine": machine(),
        "meetings": args.meetings,
        "urls": len(urls),
        "raw_transfer_s": round(raw_s, 3),
        "sync_s": round(first_s, 3),
        "sync_over_raw": round(first_s / raw_s, 2),
        "unchanged_resync_s": round(again_s, 3),
        "unchanged_over_raw": round(again_s / raw_s, 2),
        "first": full,
        "unchanged": unchanged,
    }
    path = write("sync", result)
    print(f"{len(urls)} URLs: raw {raw_s:.2f} s, sync {first_s:.2f} s ({first_s / raw_s:.2f}x), "
          f"unchanged re-sync {again_s:.2f} s ({again_s / raw_s:.2f}x); {path}")


if __name__ == "__main__":
    main()
