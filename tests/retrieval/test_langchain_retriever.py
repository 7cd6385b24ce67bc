"""`ClerkRetriever` over a real small index: in-process (searcher and service), over a real `clerk serve`, in LCEL."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from retrieval.langchain_retriever import METADATA_FIELDS, ClerkRetriever, SearchFailed, format_documents
from tests.api.conftest import live_server  # noqa: F401  (a real `clerk serve` over the small index)
from tests.runtimes import runtime_over
from tests.servers import run_async

pytestmark = pytest.mark.slow
QUESTION = "How many cases were in the Assessment Service in July 2018?"


@pytest.fixture(scope="module")
def runtime(small_index_dir: Path, tmp_path_factory):
    """Clerk's runtime (searcher and service) over a copy of the session's small index."""
    with runtime_over(small_index_dir, tmp_path_factory) as rt:
        yield rt


def _catalog_texts(runtime) -> set[str]:
    return {text for _, _, text in runtime.index.catalog.chunk_rows()}


def test_in_process_documents_are_the_passages_with_their_citation_fields(runtime):
    docs = ClerkRetriever(searcher=runtime.searcher, k=4).invoke(QUESTION)
    assert 1 <= len(docs) <= 4 and all(isinstance(d, Document) for d in docs)
    assert all(d.page_content in _catalog_texts(runtime) for d in docs)  # the passage, verbatim
    assert all(set(d.metadata) == set(METADATA_FIELDS) for d in docs)
    top = docs[0]
    assert "1300" in top.page_content and top.metadata["council"] == "Croydon"
    assert top.metadata["rank"] == 1 and top.id == top.metadata["chunk_id"]
    assert top.metadata["url"].startswith("/") and not top.metadata["source"].startswith("/")
    assert [d.metadata["score"] for d in docs] == sorted((d.metadata["score"] for d in docs), reverse=True)


def test_filters_and_k_are_fields_and_apply_to_every_search(runtime):
    merton = ClerkRetriever(searcher=runtime.searcher, k=3, council="Merton").invoke(QUESTION)
    assert merton and len(merton) <= 3 and {d.metadata["council"] for d in merton} == {"Merton"}
    dated = ClerkRetriever(searcher=runtime.searcher, since=date(2030, 1, 1)).invoke(QUESTION)
    assert dated == []
    within = ClerkRetriever(searcher=runtime.searcher, since=date(2017, 1, 1), until=date(2017, 12, 31)).invoke(QUESTION)
    assert within and all("2017-01-01" <= d.metadata["meeting_date"] <= "2017-12-31" for d in within)


def test_the_service_parses_the_question_as_clerk_ask_does(runtime):
    # "Merton" in the question becomes a council filter only when the Clerk service reads it.
    question = "What did Ofsted say about leadership in Merton?"
    docs = ClerkRetriever(searcher=runtime.clerk, k=5).invoke(question)
    assert docs and len(docs) <= 5 and {d.metadata["council"] for d in docs} == {"Merton"}


def test_exactly_one_backend():
    with pytest.raises(ValueError, match="exactly one"):
        ClerkRetriever()
    with pytest.raises(ValueError, match="exactly one"):
        ClerkRetriever(searcher=object(), endpoint="http://127.0.0.1:1")


@pytest.mark.server
def test_over_http_the_documents_equal_the_in_process_ones(live_server: str, runtime):
    remote = ClerkRetriever(endpoint=live_server, k=5, timeout=600)  # a loaded machine's first search is slow
    local = ClerkRetriever(searcher=runtime.searcher, k=5)
    docs = remote.invoke(QUESTION)
    assert docs and [(d.page_content, d.metadata) for d in docs] == [(d.page_content, d.metadata) for d in local.invoke(QUESTION)]
    assert run_async(remote.ainvoke(QUESTION)) == docs
    merton = ClerkRetriever(endpoint=live_server, council="Merton", since=date(2010, 1, 1), timeout=600).invoke(QUESTION)
    assert merton and {d.metadata["council"] for d in merton} == {"Merton"}


@pytest.mark.server
def test_over_http_a_refused_search_raises_with_the_servers_message(live_server: str):
    with pytest.raises(SearchFailed, match="422.*mode"):
        ClerkRetriever(endpoint=live_server, mode="fuzzy", timeout=600).invoke(QUESTION)
    with pytest.raises(SearchFailed, match="could not reach"):
        ClerkRetriever(endpoint="http://127.0.0.1:9", timeout=2).invoke(QUESTION)


def test_an_lcel_chain_runs_from_question_to_answer(runtime):
    prompt = ChatPromptTemplate.from_messages([
        ("system", "Answer from the numbered passages only and cite them as [n].\n\n{context}"),
        ("human", "{question}"),
    ])
    seen = []
    model = FakeListChatModel(responses=["There were 1300 cases [1]."])
    retriever = ClerkRetriever(searcher=runtime.searcher, k=3)
    chain = (
        {"context": retriever | format_documents, "question": RunnablePassthrough()}
        | prompt
        | RunnableLambda(lambda p: seen.append(p) or p)
        | model
        | StrOutputParser()
    )
    assert chain.invoke(QUESTION) == "There were 1300 cases [1]."
    system, human = seen[0].to_messages()
    assert human.content == QUESTION
    assert "[1] (Croydon" in system.content and "1300" in system.content and "[4]" not in system.content
