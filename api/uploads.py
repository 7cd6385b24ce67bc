"""Receiving an uploaded file: the multipart body streamed to a temporary file, refused (413) as soon as it passes
the size limit, never read whole into memory; called only after the API key was checked."""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException, Request
from starlette.formparsers import MultiPartException, MultiPartParser

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")
OVERHEAD = 64 * 1024  # multipart boundaries and part headers around the file


@dataclass(frozen=True, slots=True)
class Received:
    """An uploaded file saved under the uploads folder, in a folder named by its content hash."""

    name: str
    path: Path
    sha256: str


def safe_name(filename: str | None) -> str:
    """A file name to save under: its last component, letters, digits and `._ -` only."""
    return _SAFE_NAME.sub("_", Path(filename or "upload").name).strip(" .") or "upload"


def _too_big(limit: int) -> HTTPException:
    return HTTPException(413, f"the file is over the {limit / (1024 * 1024):.0f} MB limit")


async def _bounded(request: Request, limit: int) -> AsyncIterator[bytes]:
    """The request body, chunk by chunk, stopped with a 413 once it passes `limit` bytes."""
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise _too_big(limit - OVERHEAD)
        yield chunk


async def receive_upload(request: Request, limit: int, uploads: Path, suffixes: frozenset[str]) -> Received:
    """Stream the multipart field `file` to uploads/<hash>/<name>: 413 past `limit` (on the declared length before
    reading anything, else while reading), 415 for a type not in `suffixes`, 422 without a file field."""
    if "multipart/form-data" not in request.headers.get("content-type", ""):
        raise HTTPException(422, "send the file as multipart/form-data in a field named 'file'")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + OVERHEAD:
        raise _too_big(limit)
    parser = MultiPartParser(request.headers, _bounded(request, limit + OVERHEAD), max_files=1, max_fields=8)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise HTTPException(422, f"unreadable upload: {exc.message}") from exc
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        await form.close()
        raise HTTPException(422, "send the file in a multipart field named 'file'")
    name = safe_name(upload.filename)
    suffix = Path(name).suffix.lower()
    if suffix not in suffixes:
        await form.close()
        raise HTTPException(415, f"unsupported file type '{suffix or name}'; accepted: {', '.join(sorted(suffixes))}")
    try:
        upload.file.seek(0, 2)
        if upload.file.tell() > limit:
            raise _too_big(limit)
        upload.file.seek(0)
        digest = hashlib.sha256()
        uploads.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=uploads, prefix=".incoming-", delete=False) as out:
            staging = Path(out.name)
            while block := upload.file.read(1 << 20):
                digest.update(block)
                out.write(block)
    finally:
        await form.close()
    folder = uploads / digest.hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.move(staging, path)
    return Received(name, path, digest.hexdigest())
