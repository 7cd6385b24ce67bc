"""Background jobs for uploads: an ingest runs in its own thread, the request waits for it only so long, and a job
that outlives the request is looked up by its id. A job thread never keeps the process alive (SIGTERM stops the
server at once; the index's pending-then-complete writes leave it consistent)."""
from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

KEEP = 200  # finished jobs remembered, oldest forgotten first


class JobError(Exception):
    """A job's failure for the client: an HTTP status and a one-line detail."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


@dataclass
class Job:
    """One unit of background work and, once it ends, its result or its error."""

    job_id: str
    kind: str
    started: float = field(default_factory=time.time)
    finished: float | None = None
    result: dict | None = None
    error: JobError | None = None
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def status(self) -> str:
        """running, done or failed."""
        if not self._done.is_set():
            return "running"
        return "failed" if self.error else "done"

    def as_json(self) -> dict:
        """The job as GET /api/jobs/{id} shows it."""
        out = {"job_id": self.job_id, "kind": self.kind, "status": self.status,
               "started": round(self.started, 3), "finished": round(self.finished, 3) if self.finished else None}
        if self.result is not None:
            out["result"] = self.result
        if self.error is not None:
            out["error"] = {"status": self.error.status, "detail": self.error.detail}
        return out

    async def wait(self, seconds: float) -> bool:
        """Wait up to `seconds` without blocking the event loop; whether the job has ended."""
        deadline = time.monotonic() + seconds
        while not self._done.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return self._done.is_set()


class Jobs:
    """The process's jobs, by id."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, kind: str, work: Callable[[], dict]) -> Job:
        """Run `work` in a daemon thread as a new job; a JobError it raises becomes the job's error."""
        job = Job(secrets.token_hex(8), kind)

        def run() -> None:
            try:
                job.result = work()
            except JobError as exc:
                job.error = exc
            except Exception as exc:  # noqa: BLE001 - a job's failure is reported by the job, not lost in a thread
                job.error = JobError(500, f"the {kind} failed: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
            finally:
                job.finished = time.time()
                job._done.set()

        with self._lock:
            self._jobs[job.job_id] = job
            finished = [k for k, j in self._jobs.items() if j.status != "running"]
            for k in finished[: max(0, len(finished) - KEEP)]:
                del self._jobs[k]
        threading.Thread(target=run, name=f"clerk-{kind}-{job.job_id}", daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, if it is remembered."""
        with self._lock:
            return self._jobs.get(job_id)


def jobs_of(state) -> Jobs:
    """The jobs registry kept on an app's state (made on first use)."""
    jobs = getattr(state, "jobs", None)
    if jobs is None:
        jobs = state.jobs = Jobs()
    return jobs
