"""The transformer text model behind the learned rules: a cheap first stage, then MiniLM in ONNX.

``bench/train_transformer.py`` fine-tunes the lower layers of all-MiniLM-L6-v2 for the eight
text categories (multi-label) on entity-marked text (``auditor.rules.markers``: the profile's
own names become [ORG], [SITE], [ROLE] ...), exports it to ONNX and quantises it to int8, into
``auditor/data/textnet/``: the model (``textnet.int8.onnx``, its SHA-256 pinned here as
``PINNED_SHA256`` and in ``textnet.json``), its thresholds (``textnet.json``) and the first stage
(``gate.json``). ``bench/compare_text_models.py --write-ensemble`` adds the ensemble's thresholds
(``ensemble`` in textnet.json): the built-in profiles list ``textnet`` beside the linear model
``dibp``, and the learned rules score the mean of the two (``auditor.rules.learned``).
``sh bench/retrain_transformer.sh`` runs both and prints the checksum to pin.

Reading a text costs two steps. The first stage is a logistic score over the marked text's
words and word pairs (microseconds): a text under its threshold (chosen to keep 98% of the
labelled positives) can carry no finding the model would add, and the model never runs. Only
the rest is tokenised (``auditor.rules.embedding.wordpieces``, the same tokenizer the trainer
used) and read by onnxruntime on one thread. Scores are cached per marked text, so the four
learned rules share one model run.

Must not: download anything (the weights are package data, checked against the pinned
checksum when first loaded), read files other than its package data, or run when the profile
does not list ``textnet`` in ``[rules] text_models``.
"""

from __future__ import annotations

import hashlib
import json
import math
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path

from auditor.config import Profile
from auditor.rules.base import lazy_pattern
from auditor.rules.embedding import wordpieces
from auditor.rules.linear import STOP
from auditor.rules.markers import mark

NAME = "textnet"
# SHA-256 of the shipped int8 model (auditor/data/textnet/textnet.int8.onnx), pinned here in code
# as well as in its textnet.json: a model file that does not match is never run
PINNED_SHA256 = "0f12558fc3a8644e53e0a9bf1596c0ea4d45aefb4c8b07c66d3abfa91033ff6a"
CLS, SEP = 101, 102
_MODELS: dict[str, dict] = {}
_TOKEN_RE = lazy_pattern(r"[a-z0-9']+|\[[a-z]+\]|[^\sa-z0-9]")


def tokens(text: str) -> set[str]:
    """The first stage's features: lower-case words, markers, punctuation, adjacent pairs."""
    words = _TOKEN_RE.findall(text.lower())
    return set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}


class ModelError(RuntimeError):
    """The model files are missing, or do not match their pinned checksum."""


def load(name: str = NAME) -> dict:
    """The transformer model ``name`` (package data, or one ``register``-ed by a tool)."""
    if name in _MODELS:
        return _MODELS[name]
    if name != NAME:
        raise ModelError(f"no transformer model {name!r}")
    return register(name, resources.files("auditor.data").joinpath(NAME), pinned=PINNED_SHA256)


def register(name: str, folder, pinned: str | None = None) -> dict:
    """Load a model folder (textnet.json, gate.json, textnet.int8.onnx) under ``name``; the
    ONNX session itself opens on first use."""
    folder = Path(str(folder))
    try:
        meta = json.loads((folder / "textnet.json").read_text(encoding="utf-8"))
        gate = json.loads((folder / "gate.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the text model in {folder}: {exc}") from exc
    model = {
        "kind": "transformer",
        "name": name,
        "meta": meta,
        "gate": gate,
        "path": folder / "textnet.int8.onnx",
        "order": list(meta["categories"]),
        "session": None,
        "pinned": pinned or meta.get("sha256", ""),
    }
    _MODELS[name] = model
    scores.cache_clear()
    return model


def _session(model: dict):
    if model["session"] is None:
        try:
            blob = model["path"].read_bytes()
        except OSError as exc:
            raise ModelError(f"cannot read {model['path'].name}: {exc}") from exc
        digest = hashlib.sha256(blob).hexdigest()
        if digest != model["pinned"] or digest != model["meta"].get("sha256"):
            raise ModelError(f"{model['path'].name}: checksum {digest[:12]} does not match the pinned {model['pinned'][:12]}")
        try:
            import onnxruntime as ort  # lazy: only a profile that runs the model pays for the runtime
        except ImportError as exc:
            raise ModelError("onnxruntime is not installed (pip install onnxruntime)") from exc
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        model["session"] = ort.InferenceSession(blob, opts, providers=["CPUExecutionProvider"])
    return model["session"]


def gate_score(model: dict, marked: str) -> float:
    """The first stage: P(the text carries any finding), from its words and word pairs."""
    gate = model["gate"]
    weights = gate["weights"]
    z = gate["bias"] + sum(weights.get(t, 0.0) for t in tokens(marked))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def gate_words(model: dict, marked: str, limit: int = 4) -> list[str]:
    """The words of the marked text that raised the first-stage score most (a readable reason: no
    function word, no figure)."""
    weights = model["gate"]["weights"]
    found = [
        (w, t)
        for t in tokens(marked)
        if "_" not in t and len(t) > 2 and t not in STOP and not t.isdigit() and (w := weights.get(t, 0.0)) > 0.05
    ]
    return [t for _w, t in sorted(found, key=lambda p: (-p[0], p[1]))[:limit]]


@lru_cache(maxsize=2048)
def _read(name: str, marked: str) -> tuple[float, ...] | None:
    import numpy as np  # lazy: numpy only when a text reaches the model

    model = _MODELS[name]
    if gate_score(model, marked) < model["gate"]["threshold"]:
        return None  # cleared by the first stage: the model does not run
    ids = np.array([[CLS, *wordpieces(marked)[: model["meta"]["max_len"] - 2], SEP]], dtype=np.int64)
    out = _session(model).run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
    return tuple(float(x) for x in out)


def scores(text: str, profile: Profile, name: str = NAME) -> dict[str, float]:
    """{category: probability} for the text under the profile's entity markers; {} when the
    first stage clears it."""
    model = load(name)
    if model.get("broken"):
        return {}
    try:
        probs = _read(name, mark(text, profile))
    except ModelError as exc:
        # a broken install never stops a scan: the learned rules go silent, and say why once
        model["broken"] = str(exc)
        warnings.warn(f"text model {name!r} disabled: {exc}", RuntimeWarning, stacklevel=2)
        return {}
    return dict(zip(model["order"], probs, strict=True)) if probs is not None else {}


scores.cache_clear = _read.cache_clear  # type: ignore[attr-defined]


def threshold(model: dict, category: str) -> float:
    return float(model["meta"]["thresholds"].get(category, 0.5))
