"""One writer at a time per data dir: an advisory lock on `<data dir>/write.lock` that names the process holding it.

Ingest, upload, delete and sync write under this lock; searches and answers never take it. The operating system
releases it when its holder exits or is killed, so whoever holds it knows that every earlier writer is gone, and
may clean up what they left half-done. A writer queues on a second lock file (`write.lock.queue`) while it waits,
so that a long ingest, which takes the lock file by file, lets a waiting upload in at its next file instead of
taking the lock straight back. Within a process the lock is re-entrant for the thread holding it and
excludes the other threads.
"""
from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.store import StoreError

_POLL = 0.05  # seconds between attempts while another process holds the lock


class IndexBusy(StoreError):
    """Another writer held the index for longer than this one would wait."""


class WriteLock:
    """The write lock of one data dir, shared by every index object of this process that opens that dir."""

    _by_path: dict[Path, WriteLock] = {}
    _registry = threading.Lock()

    def __init__(self, path: Path):
        self.path = path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @classmethod
    def for_dir(cls, data_dir: Path) -> WriteLock:
        """The process's lock for this data dir (one object per dir, so nesting works across index objects)."""
        path = (data_dir / "write.lock").resolve()
        with cls._registry:
            return cls._by_path.setdefault(path, cls(path))

    def holder(self) -> str:
        """Who holds (or last held) the lock, as its file records it: 'pid 123 (clerk ingest ...)'."""
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return "another process"
        return text or "another process"

    @property
    def held(self) -> bool:
        """Whether this process holds the lock (in any thread)."""
        return self._depth > 0

    @contextmanager
    def hold(self, wait: float | None = None, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the lock for the block: wait up to `wait` seconds (None: as long as it takes), telling `on_wait`
        once who is writing; IndexBusy when the time runs out."""
        deadline = None if wait is None else time.monotonic() + wait
        if not self._thread_lock.acquire(timeout=-1 if wait is None else max(wait, 0.0)):
            raise IndexBusy("the index is busy: another request is writing to it; try again in a minute")
        try:
            if self._depth == 0:
                self._fd = self._acquire(deadline, on_wait)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    os.close(self._fd)  # closing releases the flock
                    self._fd = None
        finally:
            self._thread_lock.release()

    def _acquire(self, deadline: float | None, on_wait: Callable[[str], None] | None) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        queue = os.open(self.path.with_name(self.path.name + ".queue"), os.O_RDWR | os.O_CREAT, 0o644)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            told = [False]

            def tell() -> None:
                if not told[0] and on_wait is not None:
                    on_wait(f"waiting for {self.holder()} to finish writing {self.path.parent}")
                    told[0] = True

            _flock(queue, deadline, tell, self.holder)
            try:
                _flock(fd, deadline, tell, self.holder)
            finally:
                os.close(queue)  # lets the next writer queue behind this one
                queue = -1
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()} ({' '.join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv))[:200]})\n".encode(), 0)
            return fd
        except BaseException:
            os.close(fd)
            if queue >= 0:
                os.close(queue)
            raise


def _flock(fd: int, deadline: float | None, tell: Callable[[], None], holder: Callable[[], str]) -> None:
    """Take an exclusive flock on fd, polling until the deadline (None: no limit); IndexBusy when it passes."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if deadline is not None and time.monotonic() >= deadline:
                raise IndexBusy(f"the index is being written by {holder()}; try again later") from None
            tell()
            time.sleep(_POLL)
