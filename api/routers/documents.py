"""Documents: list, metadata and text, the original file, upload (ingest) and delete."""
from __future__ import annotations

import hashlib
import mimetypes
import re
import shutil
from pathlib import Path

from fastapi import APIRouter, HTTPException, UploadFile, status
from fastapi.responses import FileResponse

from api.deps import ApiKey, DocumentDep, RuntimeDep
from api.wire_docs import document_json
from ingest.formats import SUPPORTED_SUFFIXES
from ingest.pipeline import Ingester

router = APIRouter(prefix="/api/documents", tags=["documents"])
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


@router.get("")
def list_documents(runtime: RuntimeDep) -> list[dict]:
    """Every ingested document with its metadata, newest meeting first."""
    return [document_json(e) for e in runtime.index.catalog.documents(with_text=False)]


@router.get("/{doc_id}")
def get_document(entry: DocumentDep, runtime: RuntimeDep) -> dict:
    """One document's metadata, its extracted text (what quotes are checked against) and its chunks."""
    chunks = runtime.index.catalog.chunks_of(entry.document.doc_id)
    return {**document_json(entry), "text": entry.document.text,
            "chunks": [{"chunk_id": c.chunk_id, "position": c.position, "text": c.text, "section": c.section,
                        "page_start": c.page_start, "page_end": c.page_end, "headings": list(c.headings)} for c in chunks]}


@router.get("/{doc_id}/file")
def get_file(entry: DocumentDep) -> FileResponse:
    """The original file as ingested (a PDF opens in the browser; add #page=N)."""
    path = Path(entry.file_path)
    if not path.is_file():
        raise HTTPException(404, "the original file is no longer available")
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix.lower() in (".txt", ".md"):
        media = "text/plain; charset=utf-8"
    elif path.suffix.lower() in (".html", ".htm", ".xml"):
        media = "text/plain; charset=utf-8"  # shown as source, never rendered: a paper's markup must not run here
    return FileResponse(path, media_type=media, content_disposition_type="inline", filename=path.name)


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    data = bytearray()
    while chunk := await upload.read(1 << 20):
        data.extend(chunk)
        if len(data) > limit:
            raise HTTPException(413, f"the file is over the {limit / 1e6:.0f} MB limit")
    return bytes(data)


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[ApiKey])
async def upload_document(file: UploadFile, runtime: RuntimeDep) -> dict:
    """Ingest an uploaded paper (needs the API key); returns the documents it became."""
    name = _SAFE_NAME.sub("_", Path(file.filename or "upload").name).strip(" .") or "upload"
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise HTTPException(415, f"unsupported file type '{suffix or name}'; accepted: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    data = await _read_limited(file, runtime.settings.max_bytes)
    folder = runtime.settings.data_dir / "uploads" / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    from starlette.concurrency import run_in_threadpool

    def ingest() -> object:
        with runtime.ingest_lock:
            return Ingester(runtime.index, runtime.settings.max_bytes).run([path])

    report = await run_in_threadpool(ingest)
    result = report.results[0]
    if result.status == "failed":
        shutil.rmtree(folder, ignore_errors=True)
        raise HTTPException(422, f"{name}: {result.reason}")
    docs = [document_json(e) for e in runtime.index.catalog.by_file(str(path.resolve()))]
    return {"status": result.status, "reason": result.reason, "documents": docs}


@router.delete("/{doc_id}", dependencies=[ApiKey])
def delete_document(entry: DocumentDep, runtime: RuntimeDep) -> dict:
    """Remove a document and its chunks from the index (needs the API key); an uploaded file is deleted too."""
    with runtime.ingest_lock:
        runtime.index.catalog.remove([entry.document.doc_id])
        runtime.index.recover()
    uploads = (runtime.settings.data_dir / "uploads").resolve()
    path = Path(entry.file_path)
    if uploads in path.parents and not runtime.index.catalog.by_file(str(path)):
        shutil.rmtree(path.parent, ignore_errors=True)
    return {"deleted": entry.document.doc_id}
