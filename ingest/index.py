"""The index as one object: the SQLite catalogue, the Chroma store and the embedder that built it."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest.catalog import Catalog
from ingest.embedder import Embedder
from ingest.store import ChunkStore, ModelMismatch, connect
from ingest.writelock import WriteLock


@dataclass(frozen=True)
class IndexLocation:
    """Where the index lives: always a data dir (the catalogue), and optionally a Chroma server."""

    data_dir: Path
    chroma_host: str | None = None
    chroma_port: int | None = None
    collection: str = "clerk_chunks"


@dataclass(frozen=True)
class Index:
    """Catalogue, vectors and embedder, opened together so that they always agree."""

    catalog: Catalog
    store: ChunkStore
    embedder: Embedder
    location: IndexLocation
    lock: WriteLock = field(default=None)  # type: ignore[assignment]  # set from the data dir when not given

    def __post_init__(self) -> None:
        if self.lock is None:
            object.__setattr__(self, "lock", WriteLock.for_dir(self.location.data_dir))

    @contextmanager
    def writing(self, wait: float | None = None, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the data dir's write lock for the block (see ingest/writelock.py); IndexBusy after `wait` seconds."""
        with self.lock.hold(wait, on_wait):
            yield

    def recover(self) -> int:
        """Remove what an interrupted writer or a retirement left in the vector store; returns documents cleared.

        Only under the write lock: a pending document then belongs to a writer that has exited (the lock passed
        on when it did), never to one still writing. Readers never call this; what is pending is hidden from them."""
        with self.writing():
            leftovers = self.catalog.leftovers()
            if leftovers:
                self.store.delete_documents(leftovers)
                self.catalog.forget(leftovers)
            return len(leftovers)

    def close(self) -> None:
        """Close the catalogue."""
        self.catalog.close()


def recorded_model(data_dir: Path) -> str | None:
    """The embedding model an existing index in `data_dir` was built with; None when there is no index yet."""
    path = data_dir / "catalog.sqlite3"
    if not path.is_file():
        return None
    catalog = Catalog(path)
    try:
        return catalog.setting("embedding_model")
    finally:
        catalog.close()


def open_index(location: IndexLocation, embedder: Embedder) -> Index:
    """Open (or create) the index, refusing one that another embedding model built."""
    catalog = Catalog(location.data_dir / "catalog.sqlite3")
    recorded = catalog.setting("embedding_model")
    if recorded and recorded != embedder.name:
        catalog.close()
        raise ModelMismatch(
            f"the index in {location.data_dir} was built with '{recorded}', not '{embedder.name}'; "
            "use a new --data-dir to change models"
        )
    client = connect(location.data_dir, location.chroma_host, location.chroma_port)
    reconnect = None if location.chroma_host else (lambda: connect(location.data_dir, fresh=True))
    store = ChunkStore(client, embedder.name, embedder.dimension, location.collection, reconnect)
    catalog.set_setting("embedding_model", embedder.name)
    return Index(catalog, store, embedder, location)
