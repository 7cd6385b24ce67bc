"""Settings, read from the environment (CLERK_*) at the edges only and passed down as plain arguments."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.index import IndexLocation


class Settings(BaseSettings):
    """Everything Clerk can be configured with; each field is also an environment variable CLERK_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="CLERK_", extra="ignore")

    data_dir: Path = Path(".clerk")
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = "clerk_chunks"
    max_file_mb: float = 50.0
    embedder: str | None = None  # "fp32" or "int8" (or a model's name); unset: an index's own, or the default for a new one
    api_key: str | None = None
    top_k: int = 8
    refusal_threshold: float | None = None  # None: the threshold calibrated on the gold set
    llm_provider: str | None = None  # "openai" (any OpenAI-compatible endpoint) or "ollama"; unset = extractive
    llm_model: str = "gpt-4o-mini"
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    public_url: str | None = None  # e.g. https://clerk.example.gov.uk: citation links become absolute
    allowed_hosts: str = "localhost,127.0.0.1,::1"  # Host headers answered (DNS rebinding); "*" for any
    feedback_per_minute: int = 20  # feedback posts a client address may make in a minute
    cors_origins: str = ""  # comma-separated origins a browser may call the API from ("*" for any); none by default
    sources_block: bool = False
    sources: Path = Path("sources.toml")  # the sites `clerk sync` syncs when given none
    sync_rate: float = 2.0  # requests a second to a council's site, one at a time
    sync_every_hours: float | None = None  # `clerk serve` syncs the sources file this often; off by default  # /v1 answers end with a Markdown "Sources" list (per request: `clerk_sources`)

    @property
    def allowed_host_list(self) -> list[str]:
        """The Host names the server answers to, parsed."""
        return [h.strip() for h in self.allowed_hosts.split(",") if h.strip()]

    @property
    def cors_origin_list(self) -> list[str]:
        """The allowed CORS origins, parsed."""
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    @property
    def location(self) -> IndexLocation:
        """Where the index lives."""
        return IndexLocation(self.data_dir, self.chroma_host or None, self.chroma_port, self.collection)

    @property
    def models_dir(self) -> Path:
        """Where models built from the packaged weights (the int8 ONNX export) are cached."""
        return self.data_dir / "models"

    @property
    def max_bytes(self) -> int:
        """The file size limit in bytes."""
        return int(self.max_file_mb * 1024 * 1024)


@lru_cache
def get_settings() -> Settings:
    """The process's settings (tests replace this with FastAPI's dependency_overrides or by env)."""
    return Settings()
