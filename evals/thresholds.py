"""The CI gate: headline metrics checked against floors and ceilings kept in evals/thresholds.toml."""
from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"


class ThresholdError(Exception):
    """A thresholds file that cannot be read."""


def load_thresholds(path: Path = THRESHOLDS, profile: str = "demo") -> dict[str, dict[str, float]]:
    """The limits of one profile: metric -> {"min": x} and/or {"max": y}."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ThresholdError(f"cannot read the thresholds {path}: {exc}") from exc
    if profile not in table:
        raise ThresholdError(f"{path} has no [{profile}] profile")
    return {metric: dict(limits) for metric, limits in table[profile].items()}


def broken(summary: Mapping[str, float], limits: Mapping[str, Mapping[str, float]]) -> list[str]:
    """One line per limit the summary breaks (a metric missing from the summary breaks its limit)."""
    out = []
    for metric, limit in limits.items():
        value = summary.get(metric)
        if value is None:
            out.append(f"{metric}: not measured")
            continue
        if "min" in limit and value < limit["min"]:
            out.append(f"{metric} = {value:.3f}, below the floor {limit['min']:.3f}")
        if "max" in limit and value > limit["max"]:
            out.append(f"{metric} = {value:.3f}, above the ceiling {limit['max']:.3f}")
    return out
