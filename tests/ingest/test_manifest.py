"""Manifests beside the files override extracted metadata; bad lines fail with the file and line named."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ingest.manifest import Manifest, ManifestError, apply_overrides, load_manifests
from ingest.records import DocumentMeta


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_real_ofsted_manifest_covers_every_report(all_ofsted_reports: Path):
    ofsted_reports = all_ofsted_reports
    pdfs = sorted(ofsted_reports.glob("*.pdf"))
    manifest = load_manifests(pdfs)
    assert len(manifest) == 123 and all(pdf in manifest for pdf in pdfs)
    (dorset,) = ofsted_reports.glob("2532283_dorset_*.pdf")
    assert dict(manifest[dorset]) == {
        "council": "Dorset",
        "url": "https://files.ofsted.gov.uk/v1/file/50276411",
        "meeting_date": date(2025, 3, 17),
        "date_end": date(2025, 3, 21),
    }
    (city,) = ofsted_reports.glob("80450_london_corporation_*.pdf")
    assert manifest[city]["council"] == "City of London"
    (windsor,) = ofsted_reports.glob("80546_windsor_&_maidenhead_*.pdf")
    assert manifest[windsor]["council"] == "Windsor and Maidenhead"


def test_empty_manifest_cells_leave_extracted_values_alone(all_ofsted_reports: Path):
    ofsted_reports = all_ofsted_reports
    (brighton,) = ofsted_reports.glob("80438_brighton_and_hove_*.pdf")  # the manifest has no dates for it
    overrides = load_manifests([brighton])[brighton]
    assert "meeting_date" not in overrides
    extracted = DocumentMeta(title="t", meeting_date=date(2024, 3, 11), date_end=date(2024, 3, 15))
    meta = apply_overrides(extracted, overrides)
    assert (meta.council, meta.meeting_date, meta.date_end) == ("Brighton and Hove", date(2024, 3, 11), date(2024, 3, 15))


def test_jsonl_manifest_in_the_files_directory(tmp_path: Path):
    paper = tmp_path / "cabinet.pdf"
    paper.write_bytes(b"%PDF")
    _write_jsonl(tmp_path / "manifest.jsonl", [
        {"file": "cabinet.pdf", "council": "LBTH", "committee": "Cabinet", "meeting_date": "23/11/17", "item": 9,
         "title": "Budget", "kind": "minutes", "url": "https://example.gov.uk/c.pdf", "notes": "ignored"},
    ])
    manifest = load_manifests([paper])
    assert dict(manifest[paper]) == {
        "council": "Tower Hamlets", "committee": "Cabinet", "meeting_date": date(2017, 11, 23), "item": "Item 9",
        "title": "Budget", "kind": "minutes", "url": "https://example.gov.uk/c.pdf",
    }
    assert manifest.get(tmp_path / "other.pdf") is None


def test_csv_manifest_with_iso_dates(tmp_path: Path):
    (tmp_path / "clerk-manifest.csv").write_text(
        "filename,council,meeting_date,date_end\nvisit.pdf,bath & north east somerset,2025-06-09,2025-06-13\n",
        encoding="utf-8",
    )
    overrides = load_manifests([tmp_path / "visit.pdf"])[tmp_path / "visit.pdf"]
    assert overrides == {"council": "Bath and North East Somerset", "meeting_date": date(2025, 6, 9),
                         "date_end": date(2025, 6, 13)}


def test_parent_manifest_reaches_into_subfolders_and_nearer_manifests_win(tmp_path: Path):
    reports = tmp_path / "inspection_reports"
    reports.mkdir()
    _write_jsonl(tmp_path / "manifest.jsonl", [
        {"path": "inspection_reports/a.pdf", "council": "Merton", "committee": "Parent's"},
        {"path": "inspection_reports/b.pdf", "council": "Sutton"},
    ])
    _write_jsonl(reports / "manifest.jsonl", [{"file": "a.pdf", "committee": "Child's"}])
    _write_jsonl(reports / "clerk-manifest.jsonl", [{"file": "b.pdf", "council": "Croydon"}])
    manifest = load_manifests([reports / "a.pdf", reports / "b.pdf"])
    assert dict(manifest[reports / "a.pdf"]) == {"council": "Merton", "committee": "Child's"}
    assert dict(manifest[reports / "b.pdf"]) == {"council": "Croydon"}


def test_no_manifest_is_an_empty_manifest(tmp_path: Path):
    manifest = load_manifests([tmp_path / "paper.pdf"])
    assert manifest == Manifest() and len(manifest) == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("manifest.jsonl", '{"file": "a.pdf"}\n\n{"file": "b.pdf", \n', "manifest.jsonl:3: not valid JSON"),
        ("manifest.jsonl", '{"file": "a.pdf"}\n["b.pdf"]\n', "manifest.jsonl:2: expected a JSON object"),
        ("manifest.jsonl", '{"council": "Merton"}\n', "manifest.jsonl:1: no file, path or filename"),
        ("manifest.jsonl", '{"file": "a.pdf", "meeting_date": "July 2018"}\n',
         "manifest.jsonl:1: meeting_date 'July 2018' is not a date"),
        ("manifest.csv", "file,meeting_date\na.pdf,2017-11-23\nb.pdf,31/02/2017\n",
         "manifest.csv:3: meeting_date '31/02/2017' is not a date"),
        ("manifest.csv", "file,council\na.pdf,Merton,extra\n", "manifest.csv:2: more cells than the header"),
        ("manifest.csv", "council,committee\nMerton,Cabinet\n", "manifest.csv:1: the header has no file"),
    ],
)
def test_a_malformed_line_names_the_file_and_line(tmp_path: Path, name: str, content: str, message: str):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError) as raised:
        load_manifests([tmp_path / "a.pdf"])
    text = str(raised.value)
    assert "\n" not in text and str(tmp_path) in text and message in text


def test_apply_overrides_replaces_fields_and_moves_date_end_with_a_new_meeting_date():
    extracted = DocumentMeta(title="Extracted", council="Camden", meeting_date=date(2018, 7, 1), date_end=date(2018, 7, 1))
    meta = apply_overrides(extracted, {"council": "Croydon", "meeting_date": date(2018, 9, 18), "title": ""})
    assert meta == DocumentMeta(title="Extracted", council="Croydon", meeting_date=date(2018, 9, 18),
                                date_end=date(2018, 9, 18))


def test_apply_overrides_keeps_an_inspection_span_and_reads_string_dates():
    extracted = DocumentMeta(title="t", meeting_date=date(2024, 9, 30), date_end=date(2025, 1, 16))
    meta = apply_overrides(extracted, {"meeting_date": "30/09/2024", "date_end": "2024-10-11", "bytes": 5})
    assert (meta.meeting_date, meta.date_end) == (date(2024, 9, 30), date(2024, 10, 11))
    assert apply_overrides(extracted, {"meeting_date": date(2024, 9, 30)}).date_end == date(2025, 1, 16)


def test_apply_overrides_marks_each_overridden_field_as_from_the_manifest():
    extracted = DocumentMeta(title="t", committee="Cabinet", meeting_date=date(2024, 3, 5), date_end=date(2024, 3, 5),
                             provenance={"committee": "text", "meeting_date": "text", "date_end": "text"})
    meta = apply_overrides(extracted, {"council": "Kent", "meeting_date": date(2024, 4, 9)})
    assert meta.provenance == {"committee": "text", "council": "manifest", "meeting_date": "manifest",
                               "date_end": "manifest"}


@pytest.mark.slow
def test_provenance_is_stored_and_shown_by_clerk_docs_json(tmp_path: Path, data_dir: Path, embedder):
    """The real pipeline over a tiny folder, then `clerk docs --json`: each field says where it was read."""
    from typer.testing import CliRunner

    from api.cli import app
    from ingest.index import IndexLocation, open_index
    from ingest.pipeline import Ingester

    papers = tmp_path / "papers"
    (papers / "Kent" / "Cabinet").mkdir(parents=True)
    (papers / "Kent" / "Cabinet" / "2024-03-05 notes.txt").write_text(
        "Notes of the discussion\n\nMembers discussed the budget and asked officers for a further report.\n",
        encoding="utf-8")
    (papers / "minutes.txt").write_text(
        "Planning Committee - Tuesday 4 June 2024 7.00 pm\n\nMinutes:\n\n1. Apologies\n\nNone were received.\n",
        encoding="utf-8")
    (papers / "manifest.csv").write_text("file,council\nminutes.txt,Croydon\n", encoding="utf-8")
    index = open_index(IndexLocation(data_dir), embedder)
    try:
        report = Ingester(index).run([papers])
    finally:
        index.close()
    assert report.count("added") == 2, report.results
    r = CliRunner().invoke(app, ["docs", "--json", "--data-dir", str(data_dir)])
    assert r.exit_code == 0, r.output
    docs = {Path(d["source"]).name: d for d in json.loads(r.stdout)}
    notes, minutes = docs["2024-03-05 notes.txt"], docs["minutes.txt"]
    assert (notes["council"], notes["committee"], notes["meeting_date"]) == ("Kent", "Cabinet", "2024-03-05")
    assert notes["provenance"]["council"] == notes["provenance"]["committee"] == "folder"
    assert notes["provenance"]["meeting_date"] == "file name"
    assert (minutes["council"], minutes["committee"], minutes["meeting_date"]) == ("Croydon", "Planning Committee", "2024-06-04")
    assert minutes["provenance"] == {**minutes["provenance"], "council": "manifest", "committee": "text",
                                     "meeting_date": "text"}
