#!/usr/bin/python3
"""Print the model-card tables from train.py's metrics.json.
  /usr/bin/python3 scripts/model/metrics_table.py [.cache/model/shipped/metrics.json]
"""
import json
import sys

LABELS = ["abusive", "insult", "identity_hate", "threat", "sexual", "profanity"]
m = json.load(open(sys.argv[1] if len(sys.argv) > 1 else ".cache/model/shipped/metrics.json"))
ft, bl = m["finetuned"], m.get("baseline")


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


print("| set / split | rows | scored label | ROC-AUC baseline | ROC-AUC fine-tuned | F1 baseline | F1 fine-tuned |")
print("|---|---|---|---|---|---|---|")
for k, r in ft["sets"].items():
    b = bl["sets"][k] if bl else {"primary_auc": None, "f1": {}}
    p = r["primary"]
    print(f"| {k} | {r['n']} | {p} | {fmt(b['primary_auc'])} | {fmt(r['primary_auc'])} | "
          f"{fmt(b['f1'].get(p))} | {fmt(r['f1'].get(p))} |")
print()
print("Per-label ROC-AUC of the fine-tuned model (only where the split has both classes for that label):")
print()
print("| set / split | " + " | ".join(LABELS) + " |")
print("|---|" + "---|" * len(LABELS))
for k, r in ft["sets"].items():
    print(f"| {k} | " + " | ".join(fmt(r["auc"].get(lab)) for lab in LABELS) + " |")
print()
print("Thresholds (F1-optimal on the pooled real-text + synthetic validation splits):",
      json.dumps({k: round(v, 2) for k, v in ft["thresholds"].items()}))
print("best epoch", ft.get("best_epoch"), "train minutes", ft.get("train_minutes"))
print("sets where fine-tuned is not better:", m.get("sets_where_finetuned_not_better"))
