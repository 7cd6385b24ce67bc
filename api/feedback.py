"""Readers' thumbs up and down, kept in SQLite beside the index."""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path


class FeedbackStore:
    """Append-only feedback records."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, "
            "question TEXT NOT NULL, answer TEXT NOT NULL, rating TEXT NOT NULL, comment TEXT)"
        )

    def add(self, question: str, answer: str, rating: str, comment: str | None) -> int:
        """Store one verdict and return its id."""
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO feedback (at, question, answer, rating, comment) VALUES (?, ?, ?, ?, ?)",
                (time.time(), question, answer, rating, comment),
            )
            return int(cur.lastrowid)

    def count(self) -> dict[str, int]:
        """Verdicts so far, by rating."""
        with self._lock:
            return {r: n for r, n in self._db.execute("SELECT rating, COUNT(*) FROM feedback GROUP BY rating")}

    def close(self) -> None:
        """Close the database."""
        self._db.close()
