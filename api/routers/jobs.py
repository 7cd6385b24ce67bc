"""Jobs: the status of an upload's ingest that outlived its request."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request

from api.jobs import jobs_of

router = APIRouter(prefix="/api/jobs", tags=["documents"])


@router.get("/{job_id}")
def get_job(request: Request, job_id: Annotated[str, Path(max_length=32)]) -> dict:
    """A job's status (running, done, failed) and, once it ended, its result or its error."""
    job = jobs_of(request.app.state).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job with id '{job_id}'")
    return job.as_json()
