"""Deterministic helpers that make generated shares come out as intended at any size.

A :class:`RateKeeper` answers yes/no so that the running share of yeses stays within one
answer of a target (the published impact figures then come out of the tables, not by luck);
:func:`spread` deals categories out in exact proportions, each present at least once.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

K = TypeVar("K")


class RateKeeper:
    """Yes/no answers whose running share of yeses tracks ``target`` within one answer."""

    def __init__(self, target: float, rng: random.Random) -> None:
        self.target = target
        self.rng = rng
        self.count = 0
        self.yes = 0

    def propose(self) -> bool:
        """The answer that keeps the share on target, without recording it."""
        wanted = self.target * (self.count + 1) - self.yes
        return self.rng.random() < wanted

    def record(self, answer: bool) -> None:
        """Count an answer, proposed here or forced by the story (a job found, say)."""
        self.count += 1
        self.yes += bool(answer)

    def decide(self) -> bool:
        """Propose and record in one go."""
        answer = self.propose()
        self.record(answer)
        return answer


def spread(weights: Mapping[K, float], total: int, rng: random.Random) -> list[K]:
    """``total`` categories in the proportions of ``weights`` (largest remainders), each at
    least once when ``total`` allows, in a random order."""
    keys = list(weights)
    scale = sum(weights.values())
    exact = [weights[key] * total / scale for key in keys]
    counts = [int(value) for value in exact]
    if total >= len(keys):
        counts = [max(1, count) for count in counts]
    while sum(counts) > total:
        shrinkable = [i for i in range(len(keys)) if counts[i] > 1]
        largest = max(shrinkable, key=lambda i: counts[i] - exact[i])
        counts[largest] -= 1
    order = sorted(range(len(keys)), key=lambda i: counts[i] - exact[i])
    step = 0
    while sum(counts) < total:
        counts[order[step % len(keys)]] += 1
        step += 1
    dealt = [key for key, count in zip(keys, counts, strict=True) for _ in range(count)]
    rng.shuffle(dealt)
    return dealt


def pick(rng: random.Random, weighted: Sequence[tuple[K, float]]) -> K:
    """One choice out of ``(value, weight)`` pairs (see :class:`Weighted` for hot paths)."""
    total = sum(weight for _, weight in weighted)
    point = rng.random() * total
    for value, weight in weighted:
        point -= weight
        if point < 0:
            return value
    return weighted[-1][0]


class Weighted(Generic[K]):
    """A fixed weighted choice, drawn with one random number and a binary search."""

    def __init__(self, weighted: Sequence[tuple[K, float]]) -> None:
        self.values = [value for value, _ in weighted]
        self.bounds = list(accumulate(weight for _, weight in weighted))
        self.total = self.bounds[-1]

    def __call__(self, rng: random.Random) -> K:
        index = bisect_right(self.bounds, rng.random() * self.total)
        return self.values[min(index, len(self.values) - 1)]


def randint(rng: random.Random, low: int, high: int) -> int:
    """Like ``rng.randint`` (both ends included), several times faster on hot paths."""
    return low + int(rng.random() * (high - low + 1))


def choice(rng: random.Random, items: Sequence[K]) -> K:
    """Like ``rng.choice``, faster on hot paths."""
    return items[int(rng.random() * len(items))]
