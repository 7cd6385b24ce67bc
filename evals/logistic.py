"""Logistic regression with numpy (and one scipy minimiser): a plain fit, a per-question ranker, and the AUC."""
from __future__ import annotations

import numpy as np

L2 = 1.0  # ridge penalty on the standardised weights


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, weight: np.ndarray | None = None) -> dict:
    """L2-penalised logistic regression by Newton's method on standardised features; the model as JSON."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    sw = np.ones(len(x)) if weight is None else weight
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (sw * (p - y)) + penalty * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": w[1:].tolist(), "bias": float(w[0])}


def fit_ranker(data: list[tuple[np.ndarray, np.ndarray]], l2: float = L2) -> dict:
    """A sentence ranker: weights that make a question's evidence sentences likeliest among its candidates (a
    conditional logit: softmax over each question's candidates), then scaled by a logistic fit of the score to the
    labels over all candidates, so that the model gives P(evidence) like `fit_logistic`'s."""
    from scipy.optimize import minimize

    x_all = np.vstack([x for x, _ in data])
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0)
    scale[scale < 1e-9] = 1.0
    zs = [((x - mean) / scale, y) for x, y in data]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * w @ w, l2 * w
        for z, y in zs:
            s = z @ w
            s = s - s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            pos = y > 0
            p_pos = e[pos] / e[pos].sum()
            total -= np.log(e[pos].sum()) - np.log(e.sum())
            grad = grad - (z[pos].T @ p_pos - z.T @ p_all)
        return total, grad

    w = minimize(loss, np.zeros(x_all.shape[1]), jac=True, method="L-BFGS-B").x
    score = np.concatenate([z @ w for z, _ in zs])[:, None]
    platt = fit_logistic(score, np.concatenate([y for _, y in data]), l2=0.0)
    a, ms, ss = platt["weights"][0], platt["mean"][0], platt["scale"][0]
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": (w * a / ss).tolist(),
            "bias": float(platt["bias"] - a * ms / ss)}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    """P(positive) for each row."""
    z = model["bias"] + ((x - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(model["weights"])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The chance that an answerable question scores above an unanswerable one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return 0.5
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))
