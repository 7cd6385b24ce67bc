"""Documents: list, metadata and text, the original file, upload (ingest) and delete."""
from __future__ import annotations

import mimetypes
import shutil
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import FileResponse, JSONResponse

from api.deps import ApiKey, DocumentDep, RuntimeDep
from api.jobs import JobError, jobs_of
from api.runtime import Runtime
from api.uploads import Received, receive_upload
from api.wire_docs import document_json
from ingest.formats import SUPPORTED_SUFFIXES
from ingest.pipeline import Ingester, servable
from ingest.writelock import IndexBusy

router = APIRouter(prefix="/api/documents", tags=["documents"])


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
def get_file(entry: DocumentDep, runtime: RuntimeDep) -> FileResponse:
    """The original file as ingested (a PDF opens in the browser; add #page=N), served only from a folder given to
    ingest or the uploads folder, whatever links now lie on its path."""
    path = servable(runtime.index.catalog, entry.file_path, also=[runtime.settings.data_dir / "uploads"])
    if path is None or not path.is_file():
        raise HTTPException(404, "the original file is no longer available")
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix.lower() in (".txt", ".md"):
        media = "text/plain; charset=utf-8"
    elif path.suffix.lower() in (".html", ".htm", ".xml"):
        media = "text/plain; charset=utf-8"  # shown as source, never rendered: a paper's markup must not run here
    return FileResponse(path, media_type=media, content_disposition_type="inline", filename=path.name)


UPLOAD_WAIT_SECONDS = 20.0  # an upload answers 201 with its documents within this, else 202 with a job to poll
LOCK_WAIT_SECONDS = 30.0  # an upload waits this long for another ingest to finish, then answers 503


def _ingest_upload(runtime: Runtime, received: Received) -> dict:
    """Ingest one saved upload under the ingest lock (503 when another ingest holds it too long)."""
    if not runtime.ingest_lock.acquire(timeout=LOCK_WAIT_SECONDS):
        shutil.rmtree(received.path.parent, ignore_errors=True)
        raise JobError(503, "the index is busy with another ingest; try again in a minute")
    try:
        report = Ingester(runtime.index, runtime.settings.max_bytes, wait=LOCK_WAIT_SECONDS).run([received.path])
    except IndexBusy as exc:  # another process (an ingest) held the data dir's write lock all that time
        shutil.rmtree(received.path.parent, ignore_errors=True)
        raise JobError(503, str(exc)) from exc
    finally:
        runtime.ingest_lock.release()
    result = report.results[0]
    if result.status == "failed":
        shutil.rmtree(received.path.parent, ignore_errors=True)
        raise JobError(422, f"{received.name}: {result.reason}")
    docs = [document_json(e) for e in runtime.index.catalog.by_file(str(received.path.resolve()))]
    return {"status": result.status, "reason": result.reason, "documents": docs}


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[ApiKey],
             openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                 "type": "object", "required": ["file"],
                 "properties": {"file": {"type": "string", "format": "binary"}}}}}}},
             responses={202: {"description": "Still ingesting: poll GET /api/jobs/{job_id}"}})
async def upload_document(request: Request, runtime: RuntimeDep):
    """Ingest an uploaded paper (needs the API key, checked before the body is read): 201 with the documents it
    became, or 202 with a job id when the ingest takes longer than UPLOAD_WAIT_SECONDS."""
    uploads = runtime.settings.data_dir / "uploads"
    received = await receive_upload(request, runtime.settings.max_bytes, uploads, SUPPORTED_SUFFIXES)
    job = jobs_of(request.app.state).start("ingest", lambda: _ingest_upload(runtime, received))
    if not await job.wait(UPLOAD_WAIT_SECONDS):
        return JSONResponse({"job_id": job.job_id, "status": job.status, "url": f"/api/jobs/{job.job_id}"},
                            status_code=202, headers={"Location": f"/api/jobs/{job.job_id}"})
    if job.error is not None:
        raise HTTPException(job.error.status, job.error.detail,
                            headers={"Retry-After": "10"} if job.error.status == 503 else None)
    return JSONResponse({**job.result, "job_id": job.job_id}, status_code=201)


DELETE_WAIT_SECONDS = 30.0  # a delete waits this long for another writer (an ingest yields between files)


@router.delete("/{doc_id}", dependencies=[ApiKey])
def delete_document(entry: DocumentDep, runtime: RuntimeDep) -> dict:
    """Remove a document and its chunks from the index (needs the API key); an uploaded file is deleted too."""
    # the data dir's write lock keeps other processes' writers out too; 503 with Retry-After when one holds it long
    with runtime.ingest_lock, runtime.index.writing(DELETE_WAIT_SECONDS):
        runtime.index.catalog.remove([entry.document.doc_id])
        runtime.index.recover()
    uploads = (runtime.settings.data_dir / "uploads").resolve()
    path = Path(entry.file_path)
    if uploads in path.parents and not runtime.index.catalog.by_file(str(path)):
        shutil.rmtree(path.parent, ignore_errors=True)
    return {"deleted": entry.document.doc_id}
