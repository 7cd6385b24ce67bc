"""A property-based run over the OpenAPI spec: whatever schemathesis generates, Clerk never answers with a 5xx."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from api.app import create_app
from api.runtime import build_runtime
from api.settings import Settings

pytestmark = pytest.mark.slow
EXAMPLES_PER_OPERATION = 30
# A chat on a loaded 2-core CI machine can take seconds; schemathesis's default 10 s read timeout made a slow answer
# look like a failure that Hypothesis then called flaky. This bounds a hang, not speed.
REQUEST_TIMEOUT_S = 300


@pytest.fixture(scope="module")
def operations(small_index_dir: Path, tmp_path_factory):
    data = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(small_index_dir, data)
    runtime = build_runtime(Settings(data_dir=data, api_key="fuzz-key", max_file_mb=1, allowed_hosts="*",
                                     feedback_per_minute=10_000))
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(runtime=runtime))
    yield [result.ok() for result in schema.get_all_operations()]
    runtime.close()


def test_the_spec_covers_every_endpoint(operations):
    paths = {f"{op.method.upper()} {op.path}" for op in operations}
    assert {"POST /api/chat", "POST /api/chat/stream", "GET /api/search", "GET /api/documents", "POST /api/documents",
            "GET /api/documents/{doc_id}", "GET /api/documents/{doc_id}/file", "DELETE /api/documents/{doc_id}",
            "POST /api/feedback", "GET /healthz", "POST /v1/chat/completions", "GET /v1/models",
            "GET /v1/models/{model_id}"} <= paths


def test_no_generated_request_makes_a_server_error(operations):
    failures: list[str] = []
    seen: set[int] = set()
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)  # the same examples every run: a failure reproduces
        def check(case) -> None:
            response = case.call(timeout=REQUEST_TIMEOUT_S)
            seen.add(response.status_code // 100)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.body!r:.200} -> {response.status_code}")
            elif response.status_code >= 400 and response.headers.get("content-type", [""])[0].startswith("application/json"):
                body = response.json()
                if case.path.startswith("/v1/"):  # OpenAI's error shape, which its SDKs read
                    assert set(body) == {"error"} and body["error"]["message"] and body["error"]["type"], response.text
                else:
                    assert {"error", "detail"} <= set(body), response.text

        check()
    assert not failures, "\n".join(failures[:20])
    assert {2, 4} <= seen  # the run reached the handlers and also sent requests they had to turn away
