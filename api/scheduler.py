"""`clerk serve`'s scheduled sync (CLERK_SYNC_EVERY_HOURS; off by default): every so often, the sites in the sources
file are synced into the server's own index, fetching outside the ingest lock and indexing under it."""
from __future__ import annotations

import logging
import threading
from datetime import date

from ingest.sync.config import SourcesError, load_sources, prepare
from ingest.sync.run import fetch_source, index_mirror

log = logging.getLogger("clerk.sync")


class SyncSchedule:
    """A daemon thread that syncs the sources file every `hours`, until stopped."""

    def __init__(self, runtime, hours: float) -> None:
        self.runtime, self.seconds = runtime, max(60.0, hours * 3600)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="clerk-sync", daemon=True)

    def start(self) -> None:
        """Begin: the first sync runs one interval after start, so a restart does not hammer the sites."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the current step."""
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self.seconds):
            self.run_once()

    def run_once(self) -> None:
        """Sync every source once; a failure is logged in one line and the next source goes on."""
        settings = self.runtime.settings
        try:
            specs = load_sources(settings.sources)
        except SourcesError as exc:
            log.warning("scheduled sync skipped: %s", exc)
            return
        for s in specs:
            if self._stop.is_set():
                return
            try:
                job = prepare(s, settings.data_dir / "mirror", settings.sync_rate, date.today())
                report = fetch_source(job.source, job.fetcher, job.folder, job.span)
                with self.runtime.ingest_lock:
                    ingested, _ = index_mirror(self.runtime.index, job.folder, settings.max_bytes)
            except Exception as exc:  # one site's trouble must not stop the schedule
                log.warning("scheduled sync of %s failed: %s", s.url, exc)
                continue
            log.info("synced %s: %d meetings, %d documents, %d chunks embedded, %d failed", s.council,
                     report.meetings, report.documents, ingested.chunks_embedded,
                     len(report.failed) + len(ingested.failed))
