"""The `clerk` command line through Typer's runner: JSON shapes, one-line errors, exit codes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(scope="module")
def data(small_index_dir: Path, tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli") / "data"
    shutil.copytree(small_index_dir, d)
    return d


def test_ask_json_follows_the_contract(data: Path):
    r = runner.invoke(app, ["ask", "How many cases were in the Assessment Service in July 2018?", "--json", "--data-dir", str(data)])
    assert r.exit_code == 0, r.output
    body = json.loads(r.stdout)
    assert set(body) >= {"question", "answer", "refused", "filters", "citations", "contexts"}
    assert "1300" in body["answer"] and body["citations"][0]["council"] == "Croydon"


def test_ask_plain_prints_numbered_sources_and_honours_filters(data: Path):
    r = runner.invoke(app, ["ask", "Who was the lead inspector?", "--council", "Merton", "--data-dir", str(data)])
    assert r.exit_code == 0 and "Claire Beckingham" in r.stdout and "[1] Merton" in r.stdout


def test_docs_json_lists_every_document_with_its_council(data: Path):
    r = runner.invoke(app, ["docs", "--json", "--data-dir", str(data)])
    docs = json.loads(r.stdout)
    assert len(docs) == 8 and all(d["council"] for d in docs)
    assert set(docs[0]) >= {"doc_id", "source", "title", "council", "committee", "meeting_date", "item", "kind", "pages", "chunks"}


@pytest.mark.parametrize("args, message", [
    (["ask", "   "], "the question is empty"),
    (["ask", "anything", "--since", "2020-01-01", "--until", "2019-01-01"], "--since is after --until"),
    (["ingest", "no/such/folder"], "no such file or folder"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path: Path, args, message):
    r = runner.invoke(app, [*args, "--data-dir", str(tmp_path)])
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


def test_asking_an_empty_index_says_to_ingest_first(tmp_path: Path):
    r = runner.invoke(app, ["ask", "What did Ofsted say?", "--data-dir", str(tmp_path / "empty")])
    assert r.exit_code == 2 and "clerk ingest" in r.output


def test_commitments_json_gives_each_record_with_its_source(data: Path):
    r = runner.invoke(app, ["commitments", "--json", "--council", "Hillingdon", "--data-dir", str(data)])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {row["kind"] for row in rows} == {"resolution", "undertaking"} and all(row["council"] == "Hillingdon" for row in rows)
    brought = [row for row in rows if row["due"] and "April 2015 meeting" in row["due"]]
    assert brought and all(row["source"].endswith("001_f87258b63b75509e.txt") for row in brought)


def test_commitments_table_and_one_line_errors(data: Path):
    r = runner.invoke(app, ["commitments", "--actor", "Sweeting", "--data-dir", str(data)])
    assert r.exit_code == 0 and "Sweeting" in r.stdout and "1 commitment\n" in r.stdout
    r = runner.invoke(app, ["commitments", "--kind", "promise", "--data-dir", str(data)])
    assert r.exit_code == 2 and "unknown kind 'promise'" in r.output
    r = runner.invoke(app, ["commitments", "--data-dir", str(data.parent / "nowhere")])
    assert r.exit_code == 2 and "run `clerk ingest` first" in r.output


@pytest.mark.parametrize("width", [80, 160])
def test_commitments_read_well_at_any_width(data: Path, width: int):
    r = runner.invoke(app, ["commitments", "--data-dir", str(data)], env={"COLUMNS": str(width)}, terminal_width=width)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    count = int(lines[-1].split()[0])
    assert all(len(line) <= width for line in lines)
    assert len(lines) <= 8 * count + 2  # each record a few lines, not a column folded into one word a line
    if width == 80:  # a block a record: the meeting on one line, then who and what, indented
        assert any(line.startswith("20") and " · " in line for line in lines)
        assert any(line.startswith("  resolution") for line in lines)


@pytest.mark.parametrize("width", [80, 160])
def test_docs_read_well_at_any_width(data: Path, width: int):
    r = runner.invoke(app, ["docs", "--data-dir", str(data)], env={"COLUMNS": str(width)}, terminal_width=width)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert all(len(line) <= width for line in lines)
    assert len(lines) <= 6 * 8 + 2  # 8 documents, a few lines each


def test_file_names_are_printed_as_they_are_never_as_markup(tmp_path: Path):
    folder = tmp_path / "a["
    folder.mkdir()
    (folder / "]draft.txt").write_bytes(b"\x00\x01\x02 binary")  # its path reads "a[/]draft.txt": a markup tag
    (folder / "Agenda [draft] v2.txt").write_bytes(b"")
    r = runner.invoke(app, ["ingest", str(folder), "--data-dir", str(tmp_path / "data")], env={"COLUMNS": "60"})
    assert r.exit_code == 1 and "Traceback" not in r.output and "MarkupError" not in r.output
    assert "Agenda [draft] v2.txt" in r.output and "a[/]draft.txt" in r.output
    failed = [line for line in r.output.splitlines() if line.startswith("failed")]
    assert len(failed) == 2  # one line a file, however narrow the terminal
