#!/usr/bin/env python3
"""Ward training-data loader.

Reads the public research data sets under ``../shared/data`` (relative to the
repository root; never copied into the repo) and maps each one onto Ward's six
labels with *masked* (unknown) labels where a data set says nothing.

    from datasets import LABELS, load_all, Example
    data = load_all()                      # English sets only
    data["olid"]["train"][0].labels        # [1.0, None, None, None, None, None]

Stable API (the trainer imports it):

    LABELS                      list of the 6 label names, in label-vector order
    Example(text, labels, source, weak)
        text    str, raw text (HTML entities decoded, whitespace collapsed, trimmed)
        labels  list of 6 x (float | None); None = this data set says nothing
                about that label -> mask it out of the loss
        source  data-set name (same as the key in load_all's result)
        weak    list of 6 bools; True where the value was derived by a keyword
                rule (see WEAK LABELS below), not by the data set's annotators.
                Defaults to all False.
    load_all(data_dir=None, english_only=True, weak_labels=True)
        -> {dataset_name: {"train": [Example], "val": [Example], "test": [Example]}}
    normalise(text) -> str      key used for de-duplication
    clean_text(text) -> str     optional model-side cleaning (@handles -> @user,
                                URLs -> "http"); NOT applied by load_all

Run ``/usr/bin/python3 scripts/model/datasets.py --stats`` for counts.
See scripts/model/LABELS.md for the mapping and its caveats.

Only the Python standard library is used.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Optional

LABELS = ["abusive", "insult", "identity_hate", "threat", "sexual", "profanity"]
A, INS, IDH, THR, SEX, PRF = range(6)
SPLITS = ("train", "val", "test")

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA_DIR = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data"))

csv.field_size_limit(10_000_000)


@dataclass
class Example:
    text: str
    labels: List[Optional[float]]
    source: str
    weak: List[bool] = field(default_factory=lambda: [False] * len(LABELS))


# --------------------------------------------------------------------------
# text helpers

_WS = re.compile(r"\s+")
_URL = re.compile(r"(https?://\S+|www\.\S+)", re.I)
_MENTION = re.compile(r"@\w+")


def tidy(text: str) -> str:
    """What load_all does to every text: decode HTML entities (twice, some
    tweets are double-escaped), collapse whitespace runs, trim."""
    t = html.unescape(html.unescape(text or ""))
    return _WS.sub(" ", t).strip()


def clean_text(text: str) -> str:
    """Optional model-side cleaning, NOT applied by load_all. tweeteval already
    replaced handles with '@user'; the other sets have real handles. Use this
    at train AND inference time if you want those to look alike."""
    t = _URL.sub("http", text)
    t = _MENTION.sub("@user", t)
    return _WS.sub(" ", t).strip()


def normalise(text: str) -> str:
    """De-duplication key: lower-case, handles/URLs/RT removed, punctuation
    and whitespace collapsed."""
    t = tidy(text).lower()
    t = _URL.sub(" ", t)
    t = _MENTION.sub(" ", t)
    t = re.sub(r"\brt\b", " ", t)
    t = re.sub(r"[^\w]+", " ", t)
    return _WS.sub(" ", t).strip()


def hash_split(key: str, val_pct: int = 10, test_pct: int = 10) -> str:
    """Deterministic 80/10/10 split from a stable hash (md5) of a group key."""
    h = int(hashlib.md5(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    if h < test_pct:
        return "test"
    if h < test_pct + val_pct:
        return "val"
    return "train"


# --------------------------------------------------------------------------
# weak keyword rules (used only where a data set is silent; see LABELS.md)

_PROFANITY = re.compile(
    r"\b("
    r"f+u+c+k+\w*|motherf\w*|f[\*#@]+c?k\w*|f[\*#@]{2,}\w*|fck\w*|fuk\w*|wtf|stfu|gtfo|"
    r"sh[i\*!1]t\w*|bullshit\w*|bitch\w*|b[\*!]tch\w*|cunt\w*|dick|dicks|dickhead\w*|"
    r"cocksucker\w*|asshole\w*|arsehole\w*|ass|asses|dumbass\w*|jackass\w*|bastard\w*|"
    r"damn\w*|goddamn\w*|piss\w*|pussy|pussies|whore\w*|slut\w*|crap|crappy|twat\w*|"
    r"wanker\w*|bollocks|prick\w*"
    r")\b",
    re.I,
)

_VIOLENT = (r"(kill|murder|shoot|stab|hang|lynch|rape|behead|slit (your|ur|his|her|their) throats?|"
            r"strangle|choke|burn|beat|punch|curb ?stomp|break (your|ur|his|her) (neck|legs|jaw)|"
            r"smash (your|ur|his|her) (face|head))")
_THREAT = re.compile(
    r"("
    # first-person intent: "I'll stab you", "we are gonna hang them"
    r"\b(i|we)( ?'ll| will| ?'m gonna| am gonna| ?'m going to| am going to| are gonna| gonna| finna|"
    r" bout to| about to)\b[^.!?]{0,20}?\b" + _VIOLENT + r"\w*"
    r"|\b(ima|imma)\b[^.!?]{0,12}?\b" + _VIOLENT + r"\w*"
    # wishing harm: "hope you choke", "I wish he'd die"
    r"|\b(hope|wish)( that)? (you|u|ya|he|she|they|them|u all|you all|yall)\b[^.!?]{0,20}?"
    r"\b(die|dies|choke|get (shot|raped|killed|stabbed|hit by|run over)|burn|rot)\b"
    # calls for violence: "should be shot", "deserve to get raped"
    r"|\b(should|needs? to|deserves? to|ought to|must) (be|get|all be|all get) "
    r"(shot|killed|hanged|hung|lynched|raped|gassed|executed|stabbed|beaten|burned|burnt|exterminated|murdered)\b"
    r"|\b(kill|shoot|hang|lynch|gas|exterminate|deport and kill) (them all|all of them|every (single )?one of)\b"
    r"|\bkys\b|\bkill (your|ur)self\b|\bgo die\b|\bput a bullet in\b|\bi know where you live\b"
    r")",
    re.I,
)

_SEXUAL = re.compile(
    r"("
    r"\b(suck|lick|ride|sit on) (my|this|his|a) (dick|cock|d|face|balls)\b"
    r"|\b(send|show) (me )?(nudes|pics of (your|ur)|(your|ur) (tits|boobs|body))\b"
    r"|\bnudes\b|\bdick pics?\b|\bblow ?jobs?\b|\bdeep ?throat\w*\b|\bcum(s|ming|med|slut|dumpster|shot)?\b"
    r"|\b(tits|titties|boobs)\b"
    r"|\b(i'?d|i would|wanna|want to|gonna|let me|lemme|i'?ll) (fuck|bang|smash|screw|rape) "
    r"(you|u|her|that|dat|this)\b"
    r"|\brape (you|u|her)\b|\bhorny\b"
    r")",
    re.I,
)

_INSULT = re.compile(
    r"\b(you|u|ya|ur|you'?re|youre|you are|you r|u r|ur a|ur an)\b\W{0,3}"
    r"(a |an |such a |such an |so |the |one |fucking |fkn |fuckin |damn |dumb |stupid |little |fat |ugly )*"
    r"(\w+ )?"
    r"(idiot\w*|moron\w*|stupid|dumb\w*|loser\w*|bitch\w*|cunt\w*|retard\w*|pathetic|"
    r"trash|garbage|clown\w*|pig\w*|whore\w*|slut\w*|scum\w*|asshole\w*|jackass\w*|"
    r"dickhead\w*|fool\w*|imbecile\w*|twat\w*|wanker\w*|prick\w*|hoe\w*|skank\w*|"
    r"piece of (shit|crap|garbage|trash)|waste of (space|air|oxygen)|disgrace|joke|"
    r"ugly|fat|worthless|useless|brainless|clueless|ignorant|hypocrite\w*|liar\w*)\b",
    re.I,
)


def _set_weak(ex: Example, idx: int, value: float) -> None:
    ex.labels[idx] = value
    ex.weak[idx] = True


def apply_weak_rules(ex: Example) -> None:
    """Fill masked labels from keyword rules. Only positives are added for
    insult/threat/sexual (and only on abusive==1 rows, so non-matches stay
    masked); profanity is a surface property and gets 1 on any lexicon hit."""
    t = ex.text
    if ex.labels[PRF] != 1.0 and _PROFANITY.search(t):
        _set_weak(ex, PRF, 1.0)
    if ex.labels[A] == 1.0:
        for idx, rx in ((THR, _THREAT), (SEX, _SEXUAL), (INS, _INSULT)):
            if ex.labels[idx] is None and rx.search(t):
                _set_weak(ex, idx, 1.0)


# --------------------------------------------------------------------------
# label vectors

N = None


def vec(abusive=N, insult=N, identity_hate=N, threat=N, sexual=N, profanity=N) -> List[Optional[float]]:
    return [None if v is None else float(v) for v in (abusive, insult, identity_hate, threat, sexual, profanity)]


def clean_negative(profanity=0) -> List[Optional[float]]:
    """A row the annotators judged not offensive/abusive at all: everything
    that implies abuse is 0. Profanity 0 only where the set's negative class
    excludes profanity (the lexicon rule may still set it to 1)."""
    return vec(0, 0, 0, 0, 0, profanity)


# --------------------------------------------------------------------------
# readers (each returns {split: [Example]} before cross-set de-duplication)

Rows = Dict[str, List[Example]]


def _empty() -> Rows:
    return {s: [] for s in SPLITS}


def _add(out: Rows, split: str, text: str, labels, source: str) -> None:
    t = tidy(text)
    if t:
        out[split].append(Example(t, labels, source))


def _read_lines(path: str) -> List[str]:
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def load_davidson(d: str) -> Rows:
    out = _empty()
    with open(os.path.join(d, "davidson", "labeled_data.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            cls = int(r["class"])
            hate_votes = int(r["hate_speech"])
            off_votes = int(r["offensive_language"])
            if cls == 0:  # hate speech (majority)
                y = vec(abusive=1, identity_hate=1)
            elif cls == 1:  # offensive, not hate (majority)
                # identity_hate=0 only if no annotator called it hate
                y = vec(abusive=1, identity_hate=0 if hate_votes == 0 else None)
            else:  # neither: no offensive language
                y = clean_negative(profanity=0)
                if hate_votes + off_votes > 0:
                    # some annotators disagreed: keep abusive=0 (official
                    # majority class) but do not assert the finer zeros
                    y = vec(abusive=0, insult=0, identity_hate=0 if hate_votes == 0 else None,
                            threat=0, sexual=0, profanity=None)
            _add(out, hash_split(normalise(r["tweet"])), r["tweet"], y, "davidson")
    return out


def load_tweeteval(d: str, task: str, name: str, mapper: Callable[[int], list]) -> Rows:
    out = _empty()
    base = os.path.join(d, "tweeteval", task)
    for split in SPLITS:
        texts = _read_lines(os.path.join(base, f"{split}_text.txt"))
        labels = _read_lines(os.path.join(base, f"{split}_labels.txt"))
        assert len(texts) == len(labels), (task, split)
        for t, l in zip(texts, labels):
            _add(out, split, t, mapper(int(l)), name)
    return out


def _olid(l: int):
    # OLID: OFF = profanity or targeted offence (insult/threat/...); NOT = neither
    return vec(abusive=1) if l == 1 else clean_negative(profanity=0)


def _hateval(l: int):
    # HatEval: hate against women or immigrants. not-hate may still be offensive.
    return vec(abusive=1, identity_hate=1) if l == 1 else vec(identity_hate=0)


def load_hasoc(d: str) -> Rows:
    out = _empty()
    base = os.path.join(d, "hasoc2019_en")
    files = {"train": "hasoc_en_train_A.tsv", "val": "hasoc_en_dev_A.tsv", "test": "hasoc_en_gold_A.tsv"}
    for split, fn in files.items():
        for line in _read_lines(os.path.join(base, fn)):
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            text, lab = parts[1], parts[2].strip()
            if lab == "HOF":
                y = vec(abusive=1)
            elif lab == "NOT":  # HASOC NOT: no hate, offensive or profane content
                y = clean_negative(profanity=0)
            else:
                continue
            # finer task columns (HATE/OFFN/PRFN, TIN/UNT) would go here; the
            # shared copy only has task A, so they stay masked.
            _add(out, split, text, y, "hasoc2019_en")
    return out


def load_stormfront(d: str) -> Rows:
    out = _empty()
    with open(os.path.join(d, "stormfront", "stormfront_sentences.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            lab = r["label"]
            if lab == "hate":
                y = vec(abusive=1, identity_hate=1)
            elif lab == "noHate":
                y = clean_negative(profanity=0)
            else:  # relation (hate only with context), idk/skip
                continue
            _add(out, hash_split(normalise(r["text"])), r["text"], y, "stormfront")
    return out


def load_toxigen(d: str) -> Rows:
    out = _empty()
    with open(os.path.join(d, "toxigen_seed", "toxigen_seed_sentences.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["label"] == "hate":
                y = vec(abusive=1, identity_hate=1)
            elif r["label"] == "neutral":
                y = clean_negative(profanity=0)
            else:
                continue
            _add(out, hash_split(normalise(r["text"])), r["text"], y, "toxigen_seed")
    return out


# conversationai identity-term templates -------------------------------------
_TPL_PROFANE_EN = {"fucked", "shitty"}
_TPL_PROFANE_DE = re.compile(r"(schei|fick|verfickt|arsch)", re.I)
_TPL_THREAT_VERBS = {"kill", "murder", "töten", "ermorden"}


def _template_labels(template: str, toxic: bool, text: str, lang: str) -> List[Optional[float]]:
    """The templates are synthetic and fully known, so most labels follow from
    the template type and word lists (see LABELS.md)."""
    low = text.lower()
    words = re.findall(r"\w+", low)
    if lang == "en":
        prof = 1 if any(w in _TPL_PROFANE_EN for w in words) else 0
    else:
        prof = 1 if _TPL_PROFANE_DE.search(low) else 0
    if not toxic:
        return vec(0, 0, 0, 0, 0, prof)
    if template == "verb_adj":  # "kill muslim", "hate lesbian", "destroy american"
        first = words[0] if words else ""
        threat = 1 if first in _TPL_THREAT_VERBS else (0 if first in ("hate", "hassen") else None)
        return vec(abusive=1, insult=0, identity_hate=1, threat=threat, sexual=0, profanity=prof)
    if template == "am_hate_adj":  # "i hate canadian"
        return vec(abusive=1, insult=0, identity_hate=1, threat=0, sexual=0, profanity=prof)
    if template == "being_adj":  # "Being deaf is repulsive" - demeans the group
        return vec(abusive=1, insult=0, identity_hate=1, threat=0, sexual=0, profanity=prof)
    if template == "you_occupation":  # "You are a filthy photographer"
        return vec(abusive=1, insult=1, identity_hate=0, threat=0, sexual=0, profanity=prof)
    # name_adj / you_are_adj: "Joe is a dumb european" / "You are a vile muslim":
    # insult at a person; whether it is identity hate is ambiguous -> masked
    return vec(abusive=1, insult=1, identity_hate=None, threat=0, sexual=0, profanity=prof)


def _template_group(template: str, text: str) -> str:
    # name_adj repeats each (adjective, identity) with ~60 first names: split by
    # the name-free remainder so the same phrase never straddles splits
    n = normalise(text)
    if template == "name_adj":
        n = re.sub(r"^\S+ ", "NAME ", n)
    return template + "|" + n


def load_templates(d: str, fn: str, name: str, lang: str, skip: Optional[set] = None) -> Rows:
    out = _empty()
    with open(os.path.join(d, "conversationai", fn), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if "Text" in r:  # bias_madlibs_77k.csv: Text,Label,Template
                text, toxic, template = r["Text"], r["Label"] == "BAD", r["Template"]
            else:  # *_sentence_templates.csv: template,toxicity,phrase
                text, toxic, template = r["phrase"], r["toxicity"] == "toxic", r["template"]
            if skip is not None and normalise(text) in skip:
                continue
            _add(out, hash_split(_template_group(template, text)), text,
                 _template_labels(template, toxic, text, lang), name)
    return out


def load_germeval(d: str) -> Rows:
    out = _empty()
    base = os.path.join(d, "germeval2018")
    for split_file, official in (("germeval2018.training.txt", "train"), ("germeval2018.test.txt", "test")):
        for line in _read_lines(os.path.join(base, split_file)):
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            text, coarse, fine = parts[0], parts[1].strip(), parts[2].strip()
            if fine == "ABUSE":  # degrades a person/group via a (negatively judged) identity
                y = vec(abusive=1)
            elif fine == "INSULT":  # insults a person; fine classes are exclusive by severity
                y = vec(abusive=1, insult=1, identity_hate=0)
            elif fine == "PROFANITY":  # swearing without insult/abuse
                y = vec(abusive=1, insult=0, identity_hate=0, threat=0, profanity=1)
            elif coarse == "OTHER":
                y = clean_negative(profanity=None)
            else:
                continue
            split = official
            if official == "train" and hash_split(normalise(text), val_pct=10, test_pct=0) == "val":
                split = "val"
            _add(out, split, text, y, "germeval2018")
    return out


# --------------------------------------------------------------------------
# assembling

def _dedupe(data: Dict[str, Rows]) -> Dict[str, Dict[str, int]]:
    """1. drop duplicates within each (set, split) - first occurrence wins;
    2. drop val rows whose text is in ANY set's test split;
    3. drop train rows whose text is in ANY set's val or test split.
    Returns the number of rows dropped per set and step."""
    dropped: Dict[str, Dict[str, int]] = {}
    for name, rows in data.items():
        dropped[name] = {"dup_within": 0, "val_in_test": 0, "train_in_eval": 0}
        for s in SPLITS:
            seen, keep = set(), []
            for ex in rows[s]:
                k = normalise(ex.text)
                if k in seen:
                    dropped[name]["dup_within"] += 1
                    continue
                seen.add(k)
                keep.append(ex)
            rows[s] = keep
    test_keys = {normalise(ex.text) for rows in data.values() for ex in rows["test"]}
    for name, rows in data.items():
        before = len(rows["val"])
        rows["val"] = [ex for ex in rows["val"] if normalise(ex.text) not in test_keys]
        dropped[name]["val_in_test"] = before - len(rows["val"])
    eval_keys = test_keys | {normalise(ex.text) for rows in data.values() for ex in rows["val"]}
    for name, rows in data.items():
        before = len(rows["train"])
        rows["train"] = [ex for ex in rows["train"] if normalise(ex.text) not in eval_keys]
        dropped[name]["train_in_eval"] = before - len(rows["train"])
    return dropped


LAST_DEDUPE_REPORT: Dict[str, Dict[str, int]] = {}
NON_ENGLISH = {"germeval2018", "de_sentence_templates"}


def load_all(data_dir: Optional[str] = None, english_only: bool = True,
             weak_labels: bool = True) -> Dict[str, Dict[str, List[Example]]]:
    """Load every data set as {name: {"train": [...], "val": [...], "test": [...]}}.

    data_dir     defaults to <repo root>/../shared/data (relative paths are
                 resolved against the repo root, not the CWD)
    english_only if False, also loads germeval2018 and de_sentence_templates
    weak_labels  if True, fill masked labels from the keyword rules in
                 apply_weak_rules (flagged in Example.weak)
    """
    if data_dir is None:
        d = DEFAULT_DATA_DIR
    elif os.path.isabs(data_dir):
        d = data_dir
    else:
        d = os.path.normpath(os.path.join(REPO_ROOT, data_dir))
    if not os.path.isdir(d):
        raise FileNotFoundError(f"data dir not found: {d}")

    data: Dict[str, Rows] = {}
    data["davidson"] = load_davidson(d)
    data["olid"] = load_tweeteval(d, "offensive", "olid", _olid)
    data["hateval"] = load_tweeteval(d, "hate", "hateval", _hateval)
    data["hasoc2019_en"] = load_hasoc(d)
    data["stormfront"] = load_stormfront(d)
    data["toxigen_seed"] = load_toxigen(d)
    data["bias_madlibs"] = load_templates(d, "bias_madlibs_77k.csv", "bias_madlibs", "en")
    # en_sentence_templates repeats ~98% of bias_madlibs: keep only the new phrases
    madlib_keys = {normalise(ex.text) for s in SPLITS for ex in data["bias_madlibs"][s]}
    # (after normalisation nothing is left - the two files differ only in letter
    # case - so the set is only listed if it ever contributes rows)
    extra = load_templates(d, "en_sentence_templates.csv", "en_sentence_templates", "en", skip=madlib_keys)
    if any(extra[s] for s in SPLITS):
        data["en_sentence_templates"] = extra
    if not english_only:
        data["germeval2018"] = load_germeval(d)
        data["de_sentence_templates"] = load_templates(d, "de_sentence_templates.csv",
                                                       "de_sentence_templates", "de")

    global LAST_DEDUPE_REPORT
    LAST_DEDUPE_REPORT = _dedupe(data)

    if weak_labels:  # the keyword rules are English: German sets are left alone
        for name, rows in data.items():
            if name in NON_ENGLISH:
                continue
            for s in SPLITS:
                for ex in rows[s]:
                    apply_weak_rules(ex)
    return data


def iter_examples(data: Dict[str, Dict[str, List[Example]]], split: str,
                  sets: Optional[Iterable[str]] = None) -> Iterable[Example]:
    """Convenience: all examples of one split, optionally for some sets only."""
    for name, rows in data.items():
        if sets is None or name in sets:
            yield from rows[split]


# --------------------------------------------------------------------------
# stats

def stats_table(data, markdown: bool = False) -> str:
    cols = ["set", "split", "rows"] + LABELS
    lines = []
    if markdown:
        lines.append("| " + " | ".join(cols) + " |")
        lines.append("|" + "---|" * len(cols))
    else:
        lines.append(f"{'set':<22}{'split':<6}{'rows':>7}  " + "".join(f"{l:>19}" for l in LABELS))
        lines.append(" " * 37 + "(cells: positives/known; w = of which weak positives)")
    tot = {s: [0, [0] * 6, [0] * 6, [0] * 6] for s in SPLITS}
    for name, rows in data.items():
        for s in SPLITS:
            exs = rows[s]
            pos, known, wk = [0] * 6, [0] * 6, [0] * 6
            for ex in exs:
                for i, v in enumerate(ex.labels):
                    if v is not None:
                        known[i] += 1
                        if v >= 0.5:
                            pos[i] += 1
                            if ex.weak[i]:
                                wk[i] += 1
            t = tot[s]
            t[0] += len(exs)
            for i in range(6):
                t[1][i] += pos[i]; t[2][i] += known[i]; t[3][i] += wk[i]
            cells = [_cell(pos[i], known[i], wk[i]) for i in range(6)]
            if markdown:
                lines.append(f"| {name} | {s} | {len(exs)} | " + " | ".join(cells) + " |")
            else:
                lines.append(f"{name:<22}{s:<6}{len(exs):>7}  " + "".join(f"{c:>19}" for c in cells))
    for s in SPLITS:
        t = tot[s]
        cells = [_cell(t[1][i], t[2][i], t[3][i]) for i in range(6)]
        if markdown:
            lines.append(f"| **all** | {s} | {t[0]} | " + " | ".join(cells) + " |")
        else:
            lines.append(f"{'ALL':<22}{s:<6}{t[0]:>7}  " + "".join(f"{c:>19}" for c in cells))
    return "\n".join(lines)


def _cell(p: int, k: int, w: int) -> str:
    if k == 0:
        return "-"
    return f"{p}/{k}" + (f" w{w}" if w else "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print rows per set/split and positives per label")
    ap.add_argument("--markdown", action="store_true", help="stats as a markdown table")
    ap.add_argument("--all-languages", action="store_true", help="english_only=False")
    ap.add_argument("--no-weak", action="store_true", help="weak_labels=False")
    ap.add_argument("--data-dir", default=None)
    ap.add_argument("--examples", type=int, default=0, help="print N examples per set (train split)")
    a = ap.parse_args(argv)
    data = load_all(a.data_dir, english_only=not a.all_languages, weak_labels=not a.no_weak)
    if a.stats or not a.examples:
        print(stats_table(data, markdown=a.markdown))
        print()
        print("dropped by de-duplication:", LAST_DEDUPE_REPORT)
    if a.examples:
        for name, rows in data.items():
            print(f"== {name}")
            for ex in rows["train"][: a.examples]:
                print(" ", ex.labels, ex.text[:120])
    return 0


if __name__ == "__main__":
    sys.exit(main())
