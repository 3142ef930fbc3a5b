"""Sets of flags (languages, sectors, week slots, interests) packed into machine words, and
the count of flags every mentee shares with every mentor.

Counting with ``bitwise_count`` on packed words needs no matrix product: on a laptop's two
cores shared with the window, a multi-threaded BLAS product of thin matrices spent more
time handing work between its threads than computing (measured 3 to 6 times slower than
these counts, in CPU time).
"""

from __future__ import annotations

import numpy as np


def pack(flags: np.ndarray) -> np.ndarray:
    """An ``(n, k)`` boolean array as ``(n, words)`` unsigned integers, flag ``j`` being bit
    ``j % width`` of word ``j // width`` (32-bit words when ``k`` fits in one, else 64)."""
    count, width = flags.shape
    size = 32 if width <= 32 else 64
    words = max(1, -(-width // size))
    padded = np.zeros((count, words * size), dtype=bool)
    padded[:, :width] = flags
    packed = np.packbits(padded, axis=1, bitorder="little")
    return packed.view(np.uint32 if size == 32 else np.uint64)


def shared_counts(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """How many flags each row of ``left`` shares with each row of ``right`` (both made by
    :func:`pack` from flags of the same columns), as an ``(len(left), len(right))`` array."""
    counts = np.bitwise_count(np.bitwise_and.outer(left[:, 0], right[:, 0]))
    if left.shape[1] > 1:
        counts = counts.astype(np.uint16)
        for word in range(1, left.shape[1]):
            counts += np.bitwise_count(np.bitwise_and.outer(left[:, word], right[:, word]))
    return counts


def share_any(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether each row of ``left`` shares at least one flag with each row of ``right``."""
    found = np.bitwise_and.outer(left[:, 0], right[:, 0]) != 0
    for word in range(1, left.shape[1]):
        found |= np.bitwise_and.outer(left[:, word], right[:, word]) != 0
    return found
