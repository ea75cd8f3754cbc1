"""USE-lite SentencePiece tokenizer: transformers.js files and an identical Python implementation.

The reference tokenizer (tfjs-models universal-sentence-encoder / @energetic-ai/embeddings) does:
NFKC, then "\u2581" + text with every " " replaced by "\u2581", then a Viterbi search over the
8,000 pieces (ids 0-5 reserved, never produced by the search; characters outside the vocabulary
become id 0, consecutive id-0 tokens are fused). No special tokens are added.

transformers.js reproduces that with: normalizer Sequence[NFKC, Prepend("\u2581")],
pre_tokenizer Metaspace(prepend_scheme "never", split false), model Unigram(unk_id 0).
Details that keep the two identical:
* Prepend + Metaspace("never") always adds one leading "\u2581", as the reference does, even
  when the text starts with a space (Metaspace "always" would skip it).
* Reserved pieces 1-5 ("<s>", "</s>", "extra_token_id_N") get score -1000 so the Unigram search
  never picks them for literal text such as "<s>" (the reference never inserts them in its trie).
* Seven ":" pieces have a null score in vocab.json; JavaScript treats null as 0 there, so 0.0.
* Every character occurring in a piece is also a single-character piece, so the unknown-piece
  score only ever applies where every segmentation passes through it, and cannot change the result.
Known divergence: the reference treats a running best score of exactly 0 as "unset"; that only
happens for texts that start with a zero-score ":" piece (":)", ":(", ":-)", ":00", "://"...),
where the reference picks a worse split. check-port.mjs reports those cases separately.
"""
import json
import os
import unicodedata

META = "\u2581"
RESERVED = 6


def clean_vocab(vocab):
    out = []
    for i, (piece, score) in enumerate(vocab):
        if i == 0:
            s = 0.0
        elif i < RESERVED:
            s = -1000.0
        else:
            s = 0.0 if score is None else float(score)
        out.append([piece, s])
    return out


def tokenizer_json(vocab):
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [],
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "Prepend", "prepend": META}]},
        "pre_tokenizer": {"type": "Metaspace", "replacement": META, "prepend_scheme": "never", "split": False},
        "post_processor": None,
        "decoder": {"type": "Metaspace", "replacement": META, "prepend_scheme": "always", "split": False},
        "model": {"type": "Unigram", "unk_id": 0, "vocab": clean_vocab(vocab), "byte_fallback": False},
    }


def tokenizer_config(max_len=128):
    return {
        "tokenizer_class": "PreTrainedTokenizer",
        "model_max_length": max_len,
        "unk_token": "\ufffd",
        "pad_token": "</s>",
        "padding_side": "right",
        "clean_up_tokenization_spaces": False,
        "add_bos_token": False,
        "add_eos_token": False,
    }


def write_tokenizer_files(vocab, out_dir, max_len=128):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(vocab), f, ensure_ascii=False)
    with open(os.path.join(out_dir, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_config(max_len), f, ensure_ascii=False, indent=2)


PAD_ID = 2  # "</s>"; padded positions are masked, the id itself is never seen by the model


class PieceTokenizer:
    """Python twin of the transformers.js Unigram pipeline configured above (used for training)."""

    def __init__(self, tokenizer_json_path):
        tj = json.load(open(tokenizer_json_path, encoding="utf-8"))
        vocab = tj["model"]["vocab"]
        self.ids = {}
        for i, (p, _s) in enumerate(vocab):
            self.ids[p] = i  # duplicates: the last one wins, as in JS Map construction
        self.scores = [s for _p, s in vocab]
        self.unk = tj["model"]["unk_id"]
        self.trie = {}
        for p in self.ids:
            node = self.trie
            for ch in p:
                node = node.setdefault(ch, {})
            node[""] = self.ids[p]
        self.cache = {}

    def encode(self, text):
        if not text:
            return []
        hit = self.cache.get(text)
        if hit is not None:
            return hit
        s = META + unicodedata.normalize("NFKC", text).replace(" ", META)
        n = len(s)
        best = [None] * (n + 1)
        back = [None] * (n + 1)  # (start, id)
        best[0] = 0.0
        for i in range(n):
            if best[i] is None:
                continue
            node = self.trie
            single = False
            j = i
            while j < n:
                node = node.get(s[j])
                if node is None:
                    break
                j += 1
                tid = node.get("")
                if tid is not None:
                    if j - i == 1:
                        single = True
                    c = best[i] + self.scores[tid]
                    if best[j] is None or c > best[j]:
                        best[j], back[j] = c, (i, tid)
            if not single:
                c = best[i] - 1e4  # unknown character; every path must pass here anyway
                if best[i + 1] is None or c > best[i + 1]:
                    best[i + 1], back[i + 1] = c, (i, self.unk)
        out = []
        e = n
        while e > 0:
            st, tid = back[e]
            out.append(tid)
            e = st
        out.reverse()
        fused = []
        for t in out:
            if t == self.unk and fused and fused[-1] == self.unk:
                continue
            fused.append(t)
        if len(self.cache) < 500000:
            self.cache[text] = fused
        return fused
