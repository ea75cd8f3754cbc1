#!/usr/bin/python3
"""Weight-space ensembles of the fine-tuned encoder and the pretrained USE-lite encoder (WiSE-FT,
Wortsman et al. 2022): encoder = a * fine-tuned + (1 - a) * pretrained, head = the fine-tuned head.
Fine-tuning on a few Twitter sets pulls the encoder away from what USE-lite learnt from far more
text; mixing some of it back is a known way to keep robustness under distribution shift.

With --with CKPT[,CKPT...] the other end is the uniform average of one or more fine-tuned models from
the same pretrained start (a "model soup", Wortsman et al. 2022): every weight, head included, is
a * --ckpt + (1 - a) * mean(--with). With N others, a = 1 / (N + 1) is the uniform soup of all.
Averaging two runs along one training path costs nothing at inference, unlike an ensemble.

Evaluates each mixing weight on every val/test split and picks the one with the best mean
*validation* AUC (test splits are reported, never used to choose). With --write, saves the chosen
checkpoint, its metrics and its export check next to --ckpt (ward_abuse_wise.pt, metrics_wise.json,
export_check_wise.json) for export.py and verify-export.mjs.

  /usr/bin/python3 scripts/model/wise_ft.py [--ckpt .cache/model/shipped/ward_abuse.pt] [--alphas 1,0.9,0.8,0.7] [--write]
  /usr/bin/python3 scripts/model/wise_ft.py --ckpt A/ward_abuse.pt --with B/ward_abuse.pt --alphas 1,0.5,0
"""
import argparse
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import datasets as wd  # noqa: E402
from tokenizer_files import PieceTokenizer  # noqa: E402
from train import LABELS, Encoded, best_threshold, evaluate, log, make_eval_sets, run_model, to_arrays, write_export_check  # noqa: E402
from train_data import synthetic  # noqa: E402
from use_lite import UseLiteClassifier  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=".cache/model/shipped/ward_abuse.pt")
    ap.add_argument("--metrics", default=".cache/model/shipped/metrics.json", help="the fine-tuning run's metrics (baseline figures)")
    ap.add_argument("--base", default=".cache/model/use_lite.pt")
    ap.add_argument("--tokenizer", default=".cache/model/use_lite_encoder/tokenizer.json")
    ap.add_argument("--with", dest="other", default=None, help="fine-tuned checkpoints, comma-separated: mix every weight with their mean")
    ap.add_argument("--alphas", default="1,0.9,0.8,0.7,0.6")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(2)

    ft = torch.load(args.ckpt)
    base = torch.load(args.base)["state_dict"]
    other = None
    if args.other:
        others = [torch.load(p)["state_dict"] for p in args.other.split(",")]
        other = {k: sum(o[k] for o in others) / len(others) if v.is_floating_point() else v for k, v in others[0].items()}
    enc = Encoded(PieceTokenizer(args.tokenizer), ft.get("max_len", 96))
    data = wd.load_all(english_only=True, weak_labels=True)
    data["synthetic"] = dict(synthetic(), test=[])
    eval_sets = make_eval_sets(data)
    eval_ids = {k: [enc(e.text) for e in v] for k, v in eval_sets.items()}
    eval_y = {k: to_arrays(v)[0] for k, v in eval_sets.items()}
    val_keys = [k for k in eval_sets if k.endswith("/val")]

    rows = {}
    for a in [float(x) for x in args.alphas.split(",")]:
        sd = {}
        for k, v in ft["state_dict"].items():
            if other is not None:
                sd[k] = a * v + (1 - a) * other[k] if v.is_floating_point() else v
                continue
            name = k[len("encoder."):] if k.startswith("encoder.") else None
            sd[k] = a * v + (1 - a) * base[name] if name is not None and v.is_floating_point() else v
        model = UseLiteClassifier(n_labels=len(LABELS))
        model.load_state_dict(sd)
        model.eval()
        fn = lambda i, m: torch.sigmoid(model(i, m))  # noqa: E731
        probs = {k: run_model(fn, v) for k, v in eval_ids.items()}
        rep = evaluate(probs, eval_y)
        mean_val = float(np.mean([rep[k]["primary_auc"] for k in val_keys if rep[k]["primary_auc"] is not None]))
        rows[a] = {"mean_val_auc": mean_val, "sets": rep, "state_dict": sd, "probs": probs}
        log(f"alpha {a}: mean val AUC {mean_val:.4f}", {k: round(v["primary_auc"], 4) for k, v in rep.items() if v["primary_auc"] is not None})

    best = max(rows, key=lambda a: rows[a]["mean_val_auc"])
    log(f"best alpha by mean validation AUC: {best}")
    if args.write:
        out_dir = os.path.dirname(args.ckpt)
        torch.save({**ft, "state_dict": rows[best]["state_dict"], "wise_alpha": best, "wise_with": args.other}, os.path.join(out_dir, "ward_abuse_wise.pt"))
        metrics = json.load(open(args.metrics))
        probs = rows[best]["probs"]
        fit = [k for k in val_keys if "madlibs" not in k]
        thr = {lab: best_threshold(np.concatenate([eval_y[k][:, j] for k in fit]), np.concatenate([probs[k][:, j] for k in fit]))
               for j, lab in enumerate(LABELS)}
        metrics["finetuned"]["thresholds"] = thr
        metrics["finetuned"]["sets"] = evaluate(probs, eval_y, thr)
        metrics["finetuned"]["wise_alpha"] = best
        metrics["wise_ft"] = {str(a): {"mean_val_auc": r["mean_val_auc"], "primary_auc": {k: v["primary_auc"] for k, v in r["sets"].items()}}
                              for a, r in rows.items()}
        json.dump(metrics, open(os.path.join(out_dir, "metrics_wise.json"), "w"), indent=1)
        model = UseLiteClassifier(n_labels=len(LABELS))
        model.load_state_dict(rows[best]["state_dict"])
        model.eval()
        write_export_check(model, enc, eval_sets, os.path.join(out_dir, "export_check_wise.json"))
        log("wrote", os.path.join(out_dir, "ward_abuse_wise.pt"))


if __name__ == "__main__":
    main()
