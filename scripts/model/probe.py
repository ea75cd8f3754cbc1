#!/usr/bin/python3
"""Print the fine-tuned model's probabilities for a few hand-written behaviour probes (invented text,
not used in training). A quick look, not a benchmark.
  /usr/bin/python3 scripts/model/probe.py [--ckpt .cache/model/shipped/ward_abuse.pt] ["text" ...]
"""
import argparse
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from normalise import normalise  # noqa: E402
from tokenizer_files import PieceTokenizer  # noqa: E402
from use_lite import UseLiteClassifier  # noqa: E402

LABELS = ["abusive", "insult", "identity_hate", "threat", "sexual", "profanity"]
PROBES = [
    "You are a worthless idiot and everyone knows it",
    "y0u 4re a w0rthless 1d10t",
    "you are a w o r t h l e s s  i d i o t",
    "уоu аrе а wоrthlеss іdіоt",  # Cyrillic look-alikes
    "This concert was fucking amazing, thank you all!",
    "Holy shit, congratulations on the baby!!",
    "I'm not saying you're stupid, I'm saying the plan has a flaw",
    "Somebody called my sister a whore in the comments. That is disgusting and I reported it.",
    "Muslims are vermin and should be thrown out",
    "My Muslim neighbours brought us food for Eid, so kind",
    "As a gay man I loved this episode",
    "I know where you live and I will find you",
    "I'd never hurt anyone, calm down",
    "send me pics of your tits",
    "Great thread, thanks for sharing",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=".cache/model/shipped/ward_abuse.pt")
    ap.add_argument("--tokenizer", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "models", "ward-abuse",
                                                        "tokenizer.json"))
    ap.add_argument("texts", nargs="*")
    a = ap.parse_args()
    torch.set_num_threads(2)
    ck = torch.load(a.ckpt)
    m = UseLiteClassifier(n_labels=6)
    m.load_state_dict(ck["state_dict"])
    m.eval()
    tok = PieceTokenizer(a.tokenizer)
    print("| text | " + " | ".join(LABELS) + " |")
    print("|---|" + "---|" * 6)
    with torch.no_grad():
        for t in a.texts or PROBES:
            ids = torch.tensor([tok.encode(normalise(t))[: ck.get("max_len", 96)] or [0]])
            p = torch.sigmoid(m(ids, torch.ones_like(ids)))[0].tolist()
            print(f"| {t} | " + " | ".join(f"{x:.2f}" for x in p) + " |")


if __name__ == "__main__":
    main()
