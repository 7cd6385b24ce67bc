"""Links and paths: `clerk ingest FOLDER` does not follow links out of FOLDER (one line each) unless --follow-links;
a served file comes only from a folder given to ingest; `source` is never an absolute server path."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.runtime import build_runtime
from api.settings import Settings
from ingest.pipeline import OUTSIDE_LINK, ROOTS_SETTING, discover

pytestmark = [pytest.mark.slow, pytest.mark.reliability]
runner = CliRunner()
MINUTES = "Minutes\n\nThe Committee RESOLVED that the {} be repaired by March 2027.\n"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """papers/ with a paper, a sub-folder, a link inside, and links out: to a secret file, a folder, /etc/passwd."""
    papers, outside = tmp_path / "papers", tmp_path / "outside"
    (papers / "planning").mkdir(parents=True)
    (outside / "more").mkdir(parents=True)
    (papers / "bridge.txt").write_text(MINUTES.format("bridge"))
    (papers / "planning" / "roof.txt").write_text(MINUTES.format("roof"))
    (outside / "secret.txt").write_text(MINUTES.format("secret vault"))
    (outside / "more" / "other.txt").write_text(MINUTES.format("other thing"))
    os.symlink(papers / "bridge.txt", papers / "planning" / "bridge-again.txt")
    os.symlink(outside / "secret.txt", papers / "secret.txt")
    os.symlink(outside / "more", papers / "more")
    os.symlink("/etc/passwd", papers / "passwd.txt")
    return papers


def test_discover_refuses_links_out_of_the_folder(tree: Path) -> None:
    found = {c.source: c for c in discover([tree])}
    refused = sorted(s for s, c in found.items() if c.refused == OUTSIDE_LINK)
    assert refused == ["papers/more", "papers/passwd.txt", "papers/secret.txt"]
    assert sorted(s for s, c in found.items() if not c.refused) == ["papers/bridge.txt", "papers/planning/roof.txt"]
    followed = {c.source for c in discover([tree], follow_links=True) if not c.refused}
    assert {"papers/secret.txt", "papers/more/other.txt", "papers/passwd.txt"} <= followed


def test_sources_are_relative_to_the_folder_given(tree: Path, monkeypatch) -> None:
    monkeypatch.chdir(tree.parent)
    assert {c.source for c in discover(["papers"]) if not c.refused} == {"papers/bridge.txt", "papers/planning/roof.txt"}
    planning = {c.source: c.refused for c in discover([tree / "planning"])}
    assert planning == {"planning/bridge-again.txt": OUTSIDE_LINK, "planning/roof.txt": None}  # out of *this* folder
    assert [c.source for c in discover([tree / "bridge.txt"])] == ["bridge.txt"]
    assert [c.source for c in discover(["papers/../papers/bridge.txt"])] == ["bridge.txt"]


def test_clerk_ingest_skips_each_link_out_in_one_line_and_never_serves_it(tree: Path, tmp_path: Path, embedder) -> None:
    data = tmp_path / "data"
    r = runner.invoke(cli, ["ingest", str(tree), "--data-dir", str(data)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    for name in ("more", "passwd.txt", "secret.txt"):
        assert f"skipped papers/{name}: a link to outside the folder" in lines
    docs = json.loads(runner.invoke(cli, ["docs", "--json", "--data-dir", str(data)]).output)
    assert sorted(d["source"] for d in docs) == ["papers/bridge.txt", "papers/planning/roof.txt"]
    assert not any(str(tmp_path) in json.dumps(d) for d in docs)  # no absolute server path anywhere

    runtime = build_runtime(Settings(data_dir=data))
    try:
        with TestClient(create_app(runtime=runtime), base_url="http://localhost") as client:
            bridge = next(d for d in docs if d["source"] == "papers/bridge.txt")
            assert client.get(f"/api/documents/{bridge['doc_id']}/file").status_code == 200
            hits = client.get("/api/search", params={"q": "bridge repaired", "k": 1}).json()["results"]
            assert hits[0]["source"] == "papers/bridge.txt"
            # the ingested file swapped for a link to a file outside every ingest root is not served
            real = tree / "bridge.txt"
            real.unlink()
            os.symlink(tmp_path / "outside" / "secret.txt", real)
            assert client.get(f"/api/documents/{bridge['doc_id']}/file").status_code == 404
    finally:
        runtime.close()

    r = runner.invoke(cli, ["ingest", str(tree), "--follow-links", "--data-dir", str(data)])
    assert r.exit_code == 0, r.output
    assert "a link to outside" not in r.output
    sources = {d["source"] for d in json.loads(runner.invoke(cli, ["docs", "--json", "--data-dir", str(data)]).output)}
    assert "papers/more/other.txt" in sources  # (secret.txt is now bridge.txt's target: one document, the first path)


def test_a_catalogue_from_before_roots_keeps_serving_its_documents(tree: Path, tmp_path: Path, embedder) -> None:
    data = tmp_path / "data"
    assert runner.invoke(cli, ["ingest", str(tree / "planning"), "--data-dir", str(data)]).exit_code == 0
    with sqlite3.connect(data / "catalog.sqlite3") as db:  # as a catalogue written before roots were recorded
        db.execute("DELETE FROM settings WHERE key = ?", (ROOTS_SETTING,))
    other = tmp_path / "later"
    other.mkdir()
    (other / "pier.txt").write_text(MINUTES.format("pier"))
    assert runner.invoke(cli, ["ingest", str(other), "--data-dir", str(data)]).exit_code == 0
    runtime = build_runtime(Settings(data_dir=data))
    try:
        with TestClient(create_app(runtime=runtime), base_url="http://localhost") as client:
            for entry in runtime.index.catalog.documents(with_text=False):
                assert client.get(f"/api/documents/{entry.document.doc_id}/file").status_code == 200, entry.document.source
    finally:
        runtime.close()
