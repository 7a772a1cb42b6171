"""Distil a static word-piece embedding table from all-MiniLM-L6-v2 for the learned text rules.

Usage (developer machine, not CI; needs torch and transformers, which auditor itself never uses):
    pip install torch transformers
    python scripts/distill_static_embeddings.py MODEL_DIR [--dim 128]

MODEL_DIR is a local copy of sentence-transformers/all-MiniLM-L6-v2 (config.json,
model.safetensors, vocab.txt; Apache-2.0). The script never downloads anything: it refuses a
directory without those files, and checks the weights' SHA-256 against the published file.

Method (the model2vec idea, written here from its description): every word piece of the
vocabulary is passed through the transformer alone, as "[CLS] piece [SEP]", and its output is
mean-pooled; the 30,522 vectors are centred, reduced to ``--dim`` principal components and
quantised to int8 with one scale per component. At run time a text's embedding is the mean of
its pieces' vectors (auditor/rules/embedding.py): context-free, but it carries what the
transformer knows about words the labelled posts never used ("rank slides" near "epaulettes").

Writes auditor/data/minilm_static.npz (vectors int8 [vocab, dim], scale float32 [dim]) and
auditor/data/minilm_vocab.txt (the model's word-piece vocabulary, one piece a line).
Deterministic: the same weights give the same files.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# model.safetensors of sentence-transformers/all-MiniLM-L6-v2 as published
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--out", type=Path, default=ROOT / "auditor" / "data")
    args = ap.parse_args(argv)
    need = [args.model_dir / n for n in ("config.json", "model.safetensors", "vocab.txt")]
    if missing := [str(p) for p in need if not p.is_file()]:
        print(f"error: not a local all-MiniLM-L6-v2 copy (missing {', '.join(missing)})", file=sys.stderr)
        return 2
    digest = hashlib.sha256((args.model_dir / "model.safetensors").read_bytes()).hexdigest()
    if digest != WEIGHTS_SHA256:
        print(f"error: model.safetensors has SHA-256 {digest}, not the published all-MiniLM-L6-v2 weights", file=sys.stderr)
        return 2

    import numpy as np
    import torch
    from transformers import AutoModel

    torch.manual_seed(0)
    model = AutoModel.from_pretrained(str(args.model_dir), local_files_only=True).eval()
    vocab = (args.model_dir / "vocab.txt").read_text(encoding="utf-8").splitlines()
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    raw = np.zeros((len(vocab), model.config.hidden_size), dtype=np.float64)
    with torch.no_grad():
        for start in range(0, len(vocab), 1024):
            ids = torch.arange(start, min(len(vocab), start + 1024))
            batch = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], 1)
            out = model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            raw[start : start + len(ids)] = out.mean(1).double().numpy()
    centred = raw - raw.mean(0)
    _u, _s, vt = np.linalg.svd(centred, full_matrices=False)
    vt *= np.sign(vt[:, :1])  # fix each component's sign, so the table is reproducible
    reduced = centred @ vt[: args.dim].T
    scale = np.abs(reduced).max(0) / 127.0
    vectors = np.round(reduced / scale).astype(np.int8)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(args.out / "minilm_static.npz", vectors=vectors, scale=scale.astype(np.float32))
    shutil.copyfile(args.model_dir / "vocab.txt", args.out / "minilm_vocab.txt")
    print(f"wrote {args.out / 'minilm_static.npz'} ({len(vocab)} pieces x {args.dim}) and minilm_vocab.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
