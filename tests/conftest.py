"""Session-wide fixtures: the shared corpus (skipped when absent), the packaged embedder, temporary data dirs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
DEMO_CORPUS = ROOT / "corpus"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus, or skip: it is there for developers and CI, not for a user's fresh clone."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def seeds(tmp_path_factory) -> Path:
    """The five seed committee papers, without the demo corpus's manifest (the project ships them in corpus/seeds)."""
    import shutil

    root = tmp_path_factory.mktemp("seeds")
    for paper in sorted((DEMO_CORPUS / "seeds").glob("*.txt")):
        shutil.copy(paper, root / paper.name)
    return root


@pytest.fixture(scope="session")
def ofsted_reports() -> Path:
    """Ofsted ILACS inspection reports: all 123 of ../shared when it is there, else the demo corpus's 11."""
    shared = SHARED_CORPUS / "ofsted-ilacs" / "inspection_reports"
    return shared if shared.is_dir() else DEMO_CORPUS / "ofsted-ilacs" / "inspection_reports"


@pytest.fixture(scope="session")
def all_ofsted_reports(shared_corpus: Path) -> Path:
    """All 123 Ofsted ILACS inspection reports of ../shared (skipped without it)."""
    return shared_corpus / "ofsted-ilacs" / "inspection_reports"


@pytest.fixture(scope="session")
def moderngov() -> Path:
    """Real ModernGov responses (a GetMeeting XML and two decision pages), shipped in the demo corpus."""
    return DEMO_CORPUS / "moderngov"


@pytest.fixture(scope="session")
def demo_corpus() -> Path:
    """The project's own demo corpus (committed, always present)."""
    return DEMO_CORPUS


@pytest.fixture(scope="session")
def embedder(tmp_path_factory):
    """The real packaged MiniLM as new indexes get it (the default embedder), built and loaded once per test session."""
    from ingest.models import DEFAULT, load_embedder

    e = load_embedder(DEFAULT, tmp_path_factory.mktemp("models"))
    assert e.dimension == 384
    return e


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    """A fresh data dir, also set as CLERK_DATA_DIR for commands run in-process."""
    d = tmp_path / "clerk-data"
    monkeypatch.setenv("CLERK_DATA_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """The demo corpus's five seed papers and two of its Ofsted reports (Croydon, Merton), copied to a temp dir."""
    import shutil

    root = tmp_path_factory.mktemp("small-corpus")
    shutil.copytree(DEMO_CORPUS / "seeds", root / "seeds")
    reports = root / "ofsted-ilacs" / "inspection_reports"
    reports.mkdir(parents=True)
    for prefix in ("80492_croydon", "80510_merton"):
        for pdf in (DEMO_CORPUS / "ofsted-ilacs" / "inspection_reports").glob(f"{prefix}_*.pdf"):
            shutil.copy(pdf, reports / pdf.name)
    shutil.copy(DEMO_CORPUS / "ofsted-ilacs" / "manifest.jsonl", root / "ofsted-ilacs" / "manifest.jsonl")
    return root


@pytest.fixture(scope="session")
def small_index_dir(tmp_path_factory, small_corpus: Path, embedder) -> Path:
    """A data dir holding the small corpus, ingested once per session (copy it before writing to it)."""
    from ingest.index import IndexLocation, open_index
    from ingest.pipeline import Ingester

    data = tmp_path_factory.mktemp("small-index")
    index = open_index(IndexLocation(data), embedder)
    report = Ingester(index).run([small_corpus])
    index.close()
    assert not report.failed, report.failed
    return data
