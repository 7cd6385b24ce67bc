"""The HTTP wire: request models (pydantic), separate from the library's records."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_QUESTION = 2000


class Message(BaseModel):
    """One earlier turn, in the chat-completions message shape."""

    model_config = ConfigDict(extra="ignore")
    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=20_000)


class FiltersIn(BaseModel):
    """Filters as a client sends them; dates are YYYY-MM-DD."""

    model_config = ConfigDict(extra="forbid")
    council: str | None = Field(default=None, max_length=200)
    committee: str | None = Field(default=None, max_length=300)
    since: date | None = None
    until: date | None = None
    kind: str | None = Field(default=None, max_length=50)


class ChatRequest(BaseModel):
    """A question, with optional earlier turns and filters."""

    model_config = ConfigDict(extra="ignore")
    question: str = Field(min_length=1, max_length=MAX_QUESTION)
    history: list[Message] = Field(default_factory=list, max_length=50)
    filters: FiltersIn | None = None
    k: int = Field(default=8, ge=1, le=50)

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the question is empty")
        return value


class FeedbackIn(BaseModel):
    """A reader's verdict on an answer."""

    question: str = Field(min_length=1, max_length=MAX_QUESTION)
    answer: str = Field(max_length=12_000)
    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=2_000)


class CompletionRequest(BaseModel):
    """The OpenAI chat-completions request, as far as Clerk uses it."""

    model_config = ConfigDict(extra="ignore")
    model: str = "clerk"
    messages: list[Message] = Field(min_length=1, max_length=100)
    stream: bool = False
