"""Coreference metrics: MUC, B-cubed, CEAF-e and their CoNLL average.

Clusters are sets of hashable mention ids. Key = gold, response = system. Mentions missing from
one side count as errors in the usual way (singletons are included, as in the CoNLL scorer).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _clusters(groups: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    return [frozenset(g) for g in groups if g]


def muc(key: Sequence[Iterable[Hashable]], response: Sequence[Iterable[Hashable]]) -> Score:
    k, r = _clusters(key), _clusters(response)

    def side(a: list[Cluster], b: list[Cluster]) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0

    return Score(side(r, k), side(k, r))


def b_cubed(key: Sequence[Iterable[Hashable]], response: Sequence[Iterable[Hashable]]) -> Score:
    k, r = _clusters(key), _clusters(response)

    def side(a: list[Cluster], b: list[Cluster]) -> float:
        where = {m: c for c in b for m in c}
        total = sum(len(c) for c in a)
        if not total:
            return 0.0
        s = 0.0
        for c in a:
            for m in c:
                other = where.get(m, frozenset())
                s += len(c & other) / len(c)
        return s / total

    return Score(side(r, k), side(k, r))


def ceaf_e(key: Sequence[Iterable[Hashable]], response: Sequence[Iterable[Hashable]]) -> Score:
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return Score(0.0, 0.0)
    sim = np.zeros((len(k), len(r)))
    index: dict[Hashable, list[int]] = {}
    for j, c in enumerate(r):
        for m in c:
            index.setdefault(m, []).append(j)
    for i, c in enumerate(k):
        for m in c:
            for j in index.get(m, ()):
                sim[i, j] += 1
    sim = 2 * sim / (np.array([len(c) for c in k])[:, None] + np.array([len(c) for c in r])[None, :])
    rows, cols = linear_sum_assignment(-sim)
    best = float(sim[rows, cols].sum())
    return Score(best / len(r), best / len(k))


def conll(key: Sequence[Iterable[Hashable]], response: Sequence[Iterable[Hashable]]) -> dict[str, Score | float]:
    scores: dict[str, Score | float] = {
        "MUC": muc(key, response), "B3": b_cubed(key, response), "CEAF-e": ceaf_e(key, response)
    }
    scores["CoNLL F1"] = sum(s.f1 for s in scores.values() if isinstance(s, Score)) / 3
    return scores
