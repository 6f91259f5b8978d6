"""Near-duplicate articles: MinHash signatures, an LSH index for candidates, exact verification.

A syndicated copy (one wire story in many outlets) differs by its headline, cut or added
paragraphs and boilerplate. Jaccard similarity of the whole texts falls fast when paragraphs are
cut, so candidates from LSH are verified by *containment*: the share of the shorter text's
shingles found in the longer one.

Shingles are hashed word 5-grams, computed with numpy rather than hashing strings one by one:
the detector has to keep up with 100,000 articles in minutes on a laptop.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
# LSH recall is tuned low so that copies with many paragraphs cut are still candidates.
LSH_THRESHOLD = 0.3
COPY_CONTAINMENT = 0.7

_WORD = re.compile(r"\w+")
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations
_A, _B = (np.asarray(p, dtype=np.uint64) for p in _PERMUTATIONS)

Shingles = np.ndarray  # sorted unique uint64 shingle hashes


def shingles(text: str) -> Shingles:
    """Sorted unique 32-bit hashes of the text's word 5-grams (case-folded)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return np.empty(0, dtype=np.uint64)
    hashes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    n = max(1, len(words) - SHINGLE + 1)
    combined = hashes[:n].copy()
    with np.errstate(over="ignore"):  # wrapping multiplication is the hash
        for k in range(1, min(SHINGLE, len(words))):
            combined = combined * np.uint64(1_000_003) ^ hashes[k : k + n]
    return np.unique(combined & _MAX_HASH)


def signature(shingle_set: Shingles) -> MinHash:
    """The MinHash of a shingle set, with datasketch's permutations so LSH can index it."""
    if len(shingle_set) == 0:
        values = np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    else:
        with np.errstate(over="ignore"):
            permuted = (shingle_set[:, None] * _A + _B) % _MERSENNE & _MAX_HASH
        values = permuted.min(axis=0)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS)


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64).copy()
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS)


def containment(a: Shingles, b: Shingles) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def best_original(shingle_set: Shingles, candidates: Iterable[tuple[int, Shingles]]) -> tuple[int, float] | None:
    """The candidate ``shingle_set`` is a copy of (most contained, at least COPY_CONTAINMENT), if any."""
    best: tuple[int, float] | None = None
    for key, other in candidates:
        score = containment(shingle_set, other)
        if score >= COPY_CONTAINMENT and (best is None or score > best[1]):
            best = (key, score)
    return best


class NearDuplicateIndex:
    """An in-memory LSH index over stored signatures; ``candidates`` for a new article."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.size = 0

    def add(self, key: int, m: MinHash) -> None:
        self._lsh.insert(key, m, check_duplication=False)
        self.size += 1

    def candidates(self, m: MinHash) -> list[int]:
        return sorted(self._lsh.query(m))
