"""`clerk sync` against a replayed ModernGov site on 127.0.0.1: a full sync indexes every meeting and document with
the service's metadata and the council's own links; a second sync fetches no bodies and embeds nothing; a changed
meeting replaces only its own chunks; injected faults lose and duplicate nothing; a killed sync resumes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.index import IndexLocation, open_index
from ingest.pipeline import Ingester
from ingest.sync.config import SourcesError, load_sources, spec
from ingest.sync.fetch import Fetcher, Validators
from ingest.sync.moderngov import ModernGovSource
from ingest.sync.run import SyncRange, fetch_source
from retrieval.records import Filters
from retrieval.wire import document_url
from tests.ingest.moderngov_replay import Site, attachment_ids, paper, real_meeting, serve

pytestmark = pytest.mark.reliability  # issue #14's reliability suite: ./test.sh -m reliability

ROOT = Path(__file__).resolve().parents[2]
SPAN = SyncRange(date(2025, 9, 1), date(2026, 3, 31))
AUDIT = "136"


@pytest.fixture()
def site():
    s = Site()
    server, _ = serve(s)
    first = real_meeting(s.base)  # 10 February 2026, the real response
    second = real_meeting(s.base, "4901", "24/11/2025", "The Committee asked for a report on fraud cases.") \
        .replace(b"60860", b"70860").replace(b"60909", b"70909")
    s.meetings = {"4967": first, "4901": second}
    s.schedule = {AUDIT: [("4901", "24/11/2025"), ("4967", "10/02/2026"), ("4000", "01/01/2020")], "140": []}
    for xml in (first, second):
        for aid in attachment_ids(xml):
            a = aid.decode()
            s.documents[a] = paper(f"Audit Committee paper {a}", [
                f"Paper {a}: the internal audit plan covers {int(a) % 97} audits this year.",
                "The Committee is asked to note the progress made on the audit recommendations."])
    yield s
    server.shutdown()


def _fetch(site: Site, mirror: Path, retries: int = 3, timeout: float = 10.0, committees=()):
    fetcher = Fetcher(Validators(mirror / ".sync-state.jsonl"), rate=0, retries=retries, backoff=0.01, timeout=timeout,
                      sleep=lambda s: time.sleep(min(s, 0.05)))
    source = ModernGovSource(site.base, "Manchester", fetcher)
    return fetch_source(source, fetcher, mirror, SyncRange(SPAN.since, SPAN.until, committees))


def _index(tmp_path: Path, embedder):
    return open_index(IndexLocation(tmp_path / "data"), embedder)


def _chunks_by_file(index) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in index.catalog.documents(with_text=False):
        out.setdefault(Path(e.file_path).name + "@" + Path(e.file_path).parent.name, set()).update(
            c.chunk_id for c in index.catalog.chunks_of(e.document.doc_id))
    return out


@pytest.mark.slow
@pytest.mark.server
def test_a_full_sync_indexes_every_meeting_with_the_services_metadata_and_links(site, tmp_path, embedder):
    mirror = tmp_path / "mirror"
    report = _fetch(site, mirror)
    assert report.meetings == 2 and report.documents == 4 and not report.failed
    assert report.outcomes["new"] == 6  # two meeting records, four documents
    index = _index(tmp_path, embedder)
    try:
        ingested = Ingester(index).run([mirror])
        assert not ingested.failed and ingested.count("added") == 6
        docs = index.catalog.documents(with_text=False)
        assert {d.document.meta.council for d in docs} == {"Manchester"}
        assert {d.document.meta.committee for d in docs} == {"Audit Committee"}
        assert {d.document.meta.meeting_date for d in docs} == {date(2026, 2, 10), date(2025, 11, 24)}
        pdfs = [d for d in docs if d.file_path.endswith(".pdf")]
        assert len(pdfs) == 4 and all(d.document.meta.url.startswith(site.base + "/mgConvert2PDF.aspx?ID=") for d in pdfs)
        assert all(d.document.meta.item for d in pdfs)
        records = [d for d in docs if d.file_path.endswith("meeting.xml")]
        assert records and all(d.document.meta.url.startswith(site.base + "/ieListDocuments.aspx?MId=") for d in records)
        # A question about the synced meeting is cited to the council's own page.
        from retrieval.search import Searcher
        from retrieval.service import Clerk

        clerk = Clerk(Searcher(index, tmp_path / "data" / "bm25"))
        answer = clerk.ask("What did the Audit Committee ask for a report on in November 2025?")
        assert not answer.refused and "fraud" in answer.text
        cited = next(c for c in answer.citations if "fraud" in c.quote)
        assert document_url(cited.chunk).startswith(site.base + "/ieListDocuments.aspx?MId=4901")
        found = clerk.ask("How many audits does the internal audit plan cover in paper 70860?",
                          filters=Filters(council="Manchester"))
        url = document_url(found.citations[0].chunk)
        assert url.startswith(site.base + "/mgConvert2PDF.aspx?ID=") and "#page=1" in url
    finally:
        index.close()
    assert site.hits[f"/mgWebService.asmx/GetMeeting?lMeetingId=4000"] == 0  # outside the range: never asked for


@pytest.mark.slow
@pytest.mark.server
def test_a_second_sync_fetches_no_bodies_and_embeds_nothing_and_a_change_replaces_only_its_chunks(site, tmp_path, embedder):
    mirror = tmp_path / "mirror"
    _fetch(site, mirror)
    index = _index(tmp_path, embedder)
    try:
        Ingester(index).run([mirror])
        before = _chunks_by_file(index)
        bodies = dict(site.bodies_sent)
        again = _fetch(site, mirror)
        assert again.outcomes == {"unchanged": 6} and again.not_modified == 6
        assert site.bodies_sent["/mgConvert2PDF.aspx"] == bodies["/mgConvert2PDF.aspx"]  # no document body again
        assert Ingester(index).run([mirror]).chunks_embedded == 0
        # The November meeting's minutes change on the site: only its record's chunks are replaced.
        site.meetings["4901"] = site.meetings["4901"].replace(b"report on fraud cases.", b"report on fraud cases by March.")
        changed = _fetch(site, mirror)
        assert changed.outcomes["changed"] == 1 and changed.outcomes["unchanged"] == 5
        Ingester(index).run([mirror])
        after = _chunks_by_file(index)
        moved = {k for k in before if before[k] != after.get(k)}
        assert moved == {"meeting.xml@2025-11-24_4901"}
    finally:
        index.close()


@pytest.mark.slow
@pytest.mark.server
def test_faults_lose_and_duplicate_nothing_and_name_the_failed_document(site, tmp_path, embedder):
    first, second = attachment_ids(site.meetings["4967"])
    site.faults[f"/mgConvert2PDF.aspx?ID={first.decode()}"] += ["503"]
    site.faults["/mgWebService.asmx/GetCommittees"] += ["429:0"]
    site.faults[f"/mgConvert2PDF.aspx?ID={second.decode()}"] += ["timeout"]
    site.faults["/mgWebService.asmx/GetMeeting?lMeetingId=4901"] += ["cut"]
    bad = attachment_ids(site.meetings["4901"])[0].decode()
    site.faults[f"/mgConvert2PDF.aspx?ID={bad}"] += ["truncated-pdf"] * 10
    mirror = tmp_path / "mirror"
    report = _fetch(site, mirror, timeout=0.5)
    assert report.retries == {"503": 1, "429": 1, "timeout": 1, "cut off": 1}
    assert report.meetings == 2 and report.documents == 4 and not report.failed
    assert not list(mirror.rglob("*.part"))
    index = _index(tmp_path, embedder)
    try:
        ingested = Ingester(index).run([mirror])
        assert [Path(r.source).name for r in ingested.failed] == [next(p.name for p in mirror.rglob(f"{bad}-*"))]
        assert "PDF" in ingested.failed[0].reason and ingested.count("added") == 5
        # The next sync gets the whole paper: it is replaced, nothing is doubled.
        site.faults.clear()
        _fetch(site, mirror)
        again = Ingester(index).run([mirror])
        assert not again.failed and again.count("added") == 1
        docs = index.catalog.documents(with_text=False)
        assert len({e.file_path for e in docs}) == 6  # two meeting records (two items each) and four papers
        assert all(len({e.document.content_hash for e in docs if e.file_path == f}) == 1 for f in {e.file_path for e in docs})
    finally:
        index.close()
    # A document that never comes is named in one line and the rest go in.
    site.faults[f"/mgConvert2PDF.aspx?ID={first.decode()}"] += ["503"] * 10
    gone = _fetch(site, tmp_path / "mirror2", retries=1)
    assert len(gone.failed) == 1 and first.decode() in gone.failed[0][1] and "gave up after 2 tries" in gone.failed[0][1]
    assert gone.documents == 3


@pytest.mark.server
def test_a_killed_sync_resumes_without_fetching_again_and_leaves_no_half_file(site, tmp_path):
    first, second = (a.decode() for a in attachment_ids(site.meetings["4967"]))
    site.delay[second] = 30  # the sync is killed while it waits for this one
    mirror = tmp_path / "mirror"
    env = {**os.environ, "CLERK_SYNC_RATE": "0", "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "api", "sync", "moderngov", site.base, "--council", "Manchester", "--since",
           "2025-09-01", "--until", "2026-03-31", "--mirror", str(mirror), "--data-dir", str(tmp_path / "data")]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while site.hits[f"/mgConvert2PDF.aspx?ID={second}"] == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    have = [p.name for p in mirror.rglob("*") if p.is_file()]
    assert not [n for n in have if n.endswith(".part")] and any(n.startswith(f"{first}-") for n in have)
    site.delay.clear()
    sent = site.bodies_sent["/mgConvert2PDF.aspx"]
    resumed = _fetch(site, mirror)
    assert not resumed.failed and resumed.documents == 4
    assert site.bodies_sent["/mgConvert2PDF.aspx"] - sent == 4 - sum(n.endswith(".pdf") for n in have), (have, site.hits)
    assert all(json.loads(line)["council"] == "Manchester"
               for m in mirror.rglob("manifest.jsonl") for line in m.read_text().splitlines())


def test_sources_file_and_arguments_are_checked(tmp_path):
    good = tmp_path / "sources.toml"
    good.write_text('[[source]]\ntype = "moderngov"\nurl = "https://democracy.kent.gov.uk"\n'
                    'committees = ["Cabinet"]\nsince = 2025-01-01\n')
    (s,) = load_sources(good)
    assert s.council == "Kent" and s.committees == ("Cabinet",) and s.since == date(2025, 1, 1)
    with pytest.raises(SourcesError, match="unknown source type 'cmis'"):
        spec("cmis", "https://example.gov.uk")
    with pytest.raises(SourcesError, match="not an http"):
        spec("moderngov", "javascript:alert(1)", "Kent")
    with pytest.raises(SourcesError, match="cannot tell which council"):
        spec("moderngov", "https://example.org")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]]\ntype = 'moderngov'\n")
    with pytest.raises(SourcesError, match="source 1 has no url"):
        load_sources(bad)
    from api.cli import app

    r = CliRunner().invoke(app, ["sync", "--sources", str(tmp_path / "none.toml"), "--data-dir", str(tmp_path)])
    assert r.exit_code == 2 and "cannot read" in r.output and len(r.output.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.server
def test_the_servers_schedule_syncs_the_sources_file_into_its_own_index(site, tmp_path, small_index_dir):
    import shutil

    from api.runtime import build_runtime
    from api.scheduler import SyncSchedule
    from api.settings import Settings

    data = tmp_path / "data"
    shutil.copytree(small_index_dir, data)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nurl = "{site.base}"\ncouncil = "Manchester"\ncommittees = ["Audit Committee"]\n'
                       f"since = 2025-09-01\nuntil = 2026-03-31\n")
    runtime = build_runtime(Settings(data_dir=data, sources=sources, sync_rate=0, sync_every_hours=1))
    try:
        before = len(runtime.index.catalog.documents(with_text=False))
        SyncSchedule(runtime, 1).run_once()
        after = runtime.index.catalog.documents(with_text=False)
        assert len(after) == before + 8  # two meeting records of two items each, and four papers
        hits = runtime.searcher.search("internal audit plan paper 70860", k=3)
        assert hits and hits[0].chunk.url.startswith(site.base)
    finally:
        runtime.close()
