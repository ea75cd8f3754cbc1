#!/usr/bin/env python3
"""Writes the validation and test splits as JSON lines for scripts/eval-classify.ts.

    /usr/bin/python3 scripts/model/export_eval.py [--out reports/eval]

One file per set and split ({set}.{split}.jsonl), one line per example:
{"id": "...", "text": "...", "labels": {"abusive": 1.0, "insult": null, ...}}.
Training splits are never written: evaluation and calibration must not see them.
The files go under reports/ (not committed): the data stays in ../shared/data.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from datasets import LABELS, load_all  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "reports", "eval"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    data = load_all(weak_labels=False)
    for name, splits in data.items():
        for split in ("val", "test"):
            rows = splits.get(split, [])
            if not rows:
                continue
            path = os.path.join(args.out, f"{name}.{split}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i, ex in enumerate(rows):
                    f.write(json.dumps({"id": f"{name}.{split}.{i}", "text": ex.text, "labels": dict(zip(LABELS, ex.labels))}) + "\n")
            print(f"{path}: {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
