"""The OpenAI chat-completions wire as clients send it (`openai` SDK, LangChain `ChatOpenAI`, promptfoo): request
models, and errors in OpenAI's shape so an SDK shows the real message rather than "Error code: 422"."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MODEL_ID = "clerk"
MAX_CONTENT = 20_000


class TextPart(BaseModel):
    """One part of a message's content; Clerk reads text parts only."""

    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = None


class CompletionMessage(BaseModel):
    """A chat-completions message: content as a string or a list of parts, any role a current SDK sends."""

    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[TextPart] | None = None

    @field_validator("content")
    @classmethod
    def _text_only(cls, value: str | list[TextPart] | None) -> str | list[TextPart] | None:
        if isinstance(value, list):
            other = sorted({p.type for p in value if p.type != "text"})
            if other:
                raise ValueError(f"only text content parts are supported, not {', '.join(other)}")
        return value

    @property
    def text(self) -> str:
        """The message's text: a string content, or its text parts joined by a blank line."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "\n\n".join(p.text or "" for p in self.content)


class StreamOptions(BaseModel):
    """`stream_options` of the request."""

    model_config = ConfigDict(extra="ignore")
    include_usage: bool = False


class CompletionRequest(BaseModel):
    """The OpenAI chat-completions request, as far as Clerk uses it; `clerk_sources` (an extra field, sent with the
    SDK's `extra_body`) asks for a Markdown "Sources" block in the message for clients that drop extra fields."""

    model_config = ConfigDict(extra="ignore")
    model: str = MODEL_ID
    messages: list[CompletionMessage] = Field(min_length=1, max_length=100)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    clerk_sources: bool | None = None

    @property
    def token_limit(self) -> int | None:
        """The most completion tokens the client accepts, if it set a limit."""
        return self.max_completion_tokens or self.max_tokens


class OpenAIError(Exception):
    """A request the /v1 endpoints refuse, reported in OpenAI's error shape."""

    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code


_TYPES = {401: "authentication_error", 403: "permission_error", 404: "invalid_request_error",
          429: "rate_limit_error", 503: "server_error", 500: "server_error"}


def error_body(status: int, message: str, param: str | None = None, code: str | None = None) -> dict:
    """OpenAI's error object: {"error": {"message", "type", "param", "code"}}."""
    return {"error": {"message": message, "type": _TYPES.get(status, "invalid_request_error"), "param": param,
                      "code": code}}
