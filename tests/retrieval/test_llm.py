"""The LLM answerer against a fake chat model that records its prompts; the provider factory, offline."""
from __future__ import annotations

import socket
from datetime import date
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import Field

from ingest.records import Chunk
from retrieval.llm import REFUSAL, LLMAnswerer, LLMError, chat_model_from_settings
from retrieval.records import Hit
from tests.retrieval.test_claims import ACTIONS, HALLUCINATED, SUPPORTED, TEAMS, VISITS

QUESTION = "What did Croydon do after the July 2018 Ofsted monitoring visit?"


class RecordingChatModel(GenericFakeChatModel):
    """Replies with canned messages, in turn, and keeps every prompt it was sent."""

    received: list[list[BaseMessage]] = Field(default_factory=list)

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any):
        self.received.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


class BrokenChatModel(GenericFakeChatModel):
    """A chat model whose endpoint is down."""

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any):
        raise ConnectionError("Connection refused\nat 127.0.0.1:11434")


def fake(*replies: str | AIMessage) -> RecordingChatModel:
    return RecordingChatModel(messages=iter(replies))


def chunk(n: int, text: str, page: int = 1) -> Chunk:
    return Chunk(
        chunk_id=f"c{n}",
        doc_id="d30d108b706bb908",
        position=n,
        text=text,
        source="seeds/000_d30d108b706bb908.txt",
        title="Children's Services Improvement Arrangements",
        council="Croydon",
        committee="Children and Young People Scrutiny Sub-Committee",
        meeting_date=date(2018, 9, 11),
        date_end=None,
        item=None,
        kind="minutes",
        section=None,
        headings=("Minutes:",),
        page_start=page,
        page_end=page,
    )


@pytest.fixture
def hits() -> list[Hit]:
    return [Hit(chunk(i, text, page=i), score=1 / (60 + i), similarity=0.5) for i, text in enumerate((ACTIONS, TEAMS, VISITS), 1)]


def test_the_prompt_numbers_the_passages_and_asks_for_citations(hits):
    model = fake(" ".join(SUPPORTED))
    LLMAnswerer(model)(QUESTION, hits)
    (messages,) = model.received
    system, user = messages
    assert isinstance(system, SystemMessage) and isinstance(user, HumanMessage)
    assert "ONLY from the numbered passages" in system.content and "Cite every sentence" in system.content
    assert REFUSAL in system.content
    header = "[2] Croydon | Children and Young People Scrutiny Sub-Committee | 11 September 2018 | page 2"
    assert f"{header} | Children's Services Improvement Arrangements\n{TEAMS}" in user.content
    assert all(f"[{n}] Croydon" in user.content for n in (1, 2, 3)) and "[4]" not in user.content
    assert user.content.endswith(f"Question: {QUESTION}")


def test_only_the_top_passages_are_sent(hits):
    model = fake(REFUSAL)
    many = [Hit(chunk(i, f"Passage number {i} about caseloads."), 1.0, 0.5) for i in range(1, 9)]
    LLMAnswerer(model, max_passages=6)(QUESTION, many)
    user = model.received[0][1].content
    assert "[6] Croydon" in user and "[7]" not in user and "Passage number 7" not in user


def test_a_supported_answer_is_kept_whole_with_verbatim_quotes(hits):
    reply = " ".join(SUPPORTED)
    text, citations = LLMAnswerer(fake(reply))(QUESTION, hits)
    assert text == reply
    assert [(c.n, c.chunk.chunk_id) for c in citations] == [(1, "c1"), (2, "c2"), (3, "c3")]
    for c in citations:
        assert c.quote and c.quote in c.chunk.text
    assert citations[2].quote == "Croydon has had 3 visits to date with the next due to take place at the beginning of October."


def test_a_hallucinated_sentence_is_dropped(hits):
    reply = f"{SUPPORTED[1]} {HALLUCINATED} {SUPPORTED[2]}"
    answerer = LLMAnswerer(fake(reply))
    text, citations = answerer(QUESTION, hits)
    assert "£4 million" not in text
    assert text == f"{SUPPORTED[1]} {SUPPORTED[2]}".replace("[2]", "[1]")
    assert [(c.n, c.chunk.chunk_id) for c in citations] == [(1, "c2")]


def test_a_citation_to_a_missing_passage_is_removed(hits):
    reply = f"{SUPPORTED[1]} Croydon has had 3 visits to date [7]. Ofsted had acknowledged that progress was being made [3][7]."
    answerer = LLMAnswerer(fake(reply))
    result = answerer.reply(QUESTION, hits)
    assert result is not None
    flagged = [s for s in result.checked.sentences if s.unknown]
    assert [s.unknown for s in flagged] == [(7,), (7,)] and not flagged[0].supported
    assert result.text == f"{SUPPORTED[1].replace('[2]', '[1]')} Ofsted had acknowledged that progress was being made [2]."
    assert [(c.n, c.chunk.chunk_id) for c in result.citations] == [(1, "c2"), (2, "c3")]


def test_an_uncited_sentence_is_dropped(hits):
    reply = f"Croydon is clearly committed to improvement. {SUPPORTED[3]}"
    text, citations = LLMAnswerer(fake(reply))(QUESTION, hits)
    assert text == SUPPORTED[3].replace("[3]", "[1]")
    assert [c.chunk.chunk_id for c in citations] == ["c3"]


@pytest.mark.parametrize(
    "reply",
    [REFUSAL, HALLUCINATED, "Croydon has had 3 visits to date [7].", "Officers were confident of progress.", ""],
    ids=["refusal", "hallucinated", "unknown-citation", "uncited", "empty"],
)
def test_nothing_surviving_returns_none(hits, reply):
    assert LLMAnswerer(fake(reply))(QUESTION, hits) is None


def test_no_passages_means_no_call():
    model = fake(SUPPORTED[0])
    assert LLMAnswerer(model)(QUESTION, []) is None
    assert model.received == []


def test_content_blocks_and_reasoning_are_read_as_plain_text(hits):
    message = AIMessage(content=[{"type": "text", "text": "<think>The passages mention teams.</think>"}, {"type": "text", "text": SUPPORTED[1]}])
    text, _ = LLMAnswerer(fake(message))(QUESTION, hits)
    assert text == SUPPORTED[1].replace("[2]", "[1]")


def test_a_failing_endpoint_raises_one_line(hits):
    with pytest.raises(LLMError) as info:
        LLMAnswerer(BrokenChatModel(messages=iter([])))(QUESTION, hits)
    assert str(info.value) == "the chat model failed: ConnectionError: Connection refused"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_openai_compatible_models_are_built_offline(no_network):
    from langchain_openai import ChatOpenAI

    model = chat_model_from_settings("openai", "qwen2.5-7b-instruct", "http://127.0.0.1:8000/v1", None)
    assert isinstance(model, ChatOpenAI)
    assert (model.model_name, model.openai_api_base, model.temperature) == ("qwen2.5-7b-instruct", "http://127.0.0.1:8000/v1", 0)
    keyed = chat_model_from_settings("openai", "gpt-4o-mini", None, "sk-test", temperature=0.2)
    assert keyed.openai_api_key.get_secret_value() == "sk-test" and keyed.temperature == 0.2


def test_openai_without_a_key_or_a_server_is_refused():
    with pytest.raises(ValueError, match="needs an API key"):
        chat_model_from_settings("openai", "gpt-4o-mini", None, None)


def test_ollama_models_are_built_offline(no_network):
    from langchain_ollama import ChatOllama

    model = chat_model_from_settings("ollama", "llama3.2", "http://127.0.0.1:11434", None)
    assert isinstance(model, ChatOllama)
    assert (model.model, model.base_url, model.temperature) == ("llama3.2", "http://127.0.0.1:11434", 0)


def test_an_unknown_provider_is_a_one_line_error():
    with pytest.raises(ValueError) as info:
        chat_model_from_settings("anthropic", "claude", None, "key")
    assert str(info.value) == "unknown LLM provider 'anthropic': use 'openai' or 'ollama'"


@pytest.mark.slow
def test_with_the_embedder_quotes_are_the_closest_sentences(hits, embedder):
    reply = f"{SUPPORTED[2]} {HALLUCINATED} {SUPPORTED[3]}"
    text, citations = LLMAnswerer(fake(reply), embed=embedder.embed)(QUESTION, hits)
    assert text == f"{SUPPORTED[2].replace('[2]', '[1]')} {SUPPORTED[3].replace('[3]', '[2]')}"
    assert citations[0].quote == "At the end of July there were 1800 cases in the Assessment Service, which had now been reduced to 1300."
    assert citations[1].quote.startswith("Croydon has had 3 visits to date")
