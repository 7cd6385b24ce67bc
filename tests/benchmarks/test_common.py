"""The timing harness the latency benchmarks share (what it calls and reports; never how fast anything is)."""
from __future__ import annotations

from benchmarks.common import beside_floor


def test_floor_and_answer_alternate_on_every_question_every_round():
    calls: list[tuple[str, str]] = []
    timed = beside_floor(["a", "b"], 2, lambda q: calls.append(("floor", q)), lambda q: calls.append(("chat", q)), "chat")
    assert calls == [("floor", "a"), ("chat", "a"), ("floor", "b"), ("chat", "b")] * 2
    assert timed["questions"] == 4
    assert set(timed) == {"questions", "chat_p50_ms", "chat_p95_ms", "floor_p50_ms", "floor_p95_ms",
                          "chat_vs_floor_p50", "chat_vs_floor_p95"}
    assert all(timed[k] >= 0 for k in timed)
