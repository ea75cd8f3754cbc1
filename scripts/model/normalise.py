"""Light text normalisation applied before tokenisation, in training AND in the extension.

The TypeScript side (src/classifier/core/) must apply exactly the same steps, in this order:

0. Only with WARD_EMOJI_WORDS=1 in the environment (session 7's experiment; the shipped model was
   trained without it, and export.py records which in config.json as ward.emoji_words): emoji
   become words (describe_emoji below; table src/classifier/core/emoji-words.json, built from
   emojilib by scripts/model/emoji-words.ts). The tokenizer maps every emoji to one "unknown" piece,
   so abuse carried by emoji is invisible to a model trained without it. Done first, while
   zero-width joiners still hold sequences such as the rainbow flag together; a run of the same
   emoji is said once.
1. Unicode NFKC (folds fullwidth, mathematical bold/italic, circled letters, ligatures, "ſ" ...).
2. Remove every character of Unicode category Cf (format: zero-width space/joiners, soft hyphen,
   bidi controls, BOM ...). In JS: text.replace(/\\p{Cf}/gu, "").
3. Map confusable letters to ASCII with the table CONFUSABLES below (Cyrillic/Greek/other
   look-alikes and small capitals that NFKC leaves alone). The table is also written to
   models/ward-abuse/normalise.json so both sides read one list.
4. Replace @handles with "@user" and URLs with "http" (tweeteval, one of the training sets, was
   anonymised that way; doing it everywhere keeps user names out of the model's input).
5. Collapse runs of whitespace to one space and trim.

Deliberately NOT done: lower-casing, leetspeak decoding ("1d10t"), removing repeated letters or
inserted spaces; the model learns those spellings from train-time augmentation (augment.py).
"""
import json
import os
import re
import unicodedata

# Look-alike characters -> ASCII. Only characters that NFKC does not already fold.
CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "ү": "y", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Һ": "H", "Ԁ": "D", "Ү": "Y",
    "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin small capitals and other look-alikes
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u",
    "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ı": "i", "ȷ": "j", "ℓ": "l", "ɑ": "a", "ɩ": "i", "ɵ": "o", "ø": "o", "Ø": "O", "đ": "d", "ħ": "h",
    "ł": "l", "Ł": "L", "ŧ": "t",
}

_CONF_RE = re.compile("|".join(re.escape(k) for k in sorted(CONFUSABLES, key=len, reverse=True)))
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@[A-Za-z0-9_]+")  # ASCII on purpose: JS \w is ASCII-only
_WS = re.compile(r"\s+")


_EMOJI_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "classifier", "core",
                            "emoji-words.json")
with open(_EMOJI_TABLE, encoding="utf-8") as _f:
    EMOJI_NAMES = json.load(_f)["words"]
_EMOJI_LONGEST = max(len(k) for k in EMOJI_NAMES)
# Variation selectors and skin tones change how an emoji looks, not what it says (src/classifier/core/emoji.ts).
_PRESENTATION = re.compile("[\ufe0e\ufe0f\U0001F3FB-\U0001F3FF]")
_KEYCAP = "\u20e3"


# First characters of the table's emoji (keycaps such as "1\u20e3" aside): where a match can start.
# The same test as emoji.ts's.
_EMOJI_FIRST = {k[0] for k in EMOJI_NAMES if not k.endswith(_KEYCAP)}


def describe_emoji(text: str) -> str:
    """Each emoji -> " its words ", a run of the same emoji said once (the twin of describeEmoji)."""
    if not any(c in _EMOJI_FIRST for c in text) and _KEYCAP not in text:
        return text
    pts = _PRESENTATION.sub("", text)
    out, prev, i = [], "", 0
    while i < len(pts):
        matched = ""
        if pts[i] in _EMOJI_FIRST or pts[i + 1:i + 2] == _KEYCAP:
            for n in range(min(_EMOJI_LONGEST, len(pts) - i), 0, -1):
                if pts[i:i + n] in EMOJI_NAMES:
                    matched = pts[i:i + n]
                    break
        if matched:
            if matched != prev:
                out.append(f" {EMOJI_NAMES[matched]} ")
            prev = matched
            i += len(matched)
        else:
            if not pts[i].isspace():
                prev = ""
            out.append(pts[i])
            i += 1
    return "".join(out)


# One switch for every script of a run (train.py, wise_ft.py, export.py …): they all normalise alike.
EMOJI_WORDS = os.environ.get("WARD_EMOJI_WORDS") == "1"


def normalise(text: str) -> str:
    t = text or ""
    t = unicodedata.normalize("NFKC", describe_emoji(t) if EMOJI_WORDS else t)
    t = "".join(ch for ch in t if unicodedata.category(ch) != "Cf")
    t = _CONF_RE.sub(lambda m: CONFUSABLES[m.group(0)], t)
    t = _URL.sub("http", t)
    t = _HANDLE.sub("@user", t)
    return _WS.sub(" ", t).strip()


def table() -> dict:
    """What models/ward-abuse/normalise.json holds (for the TypeScript twin)."""
    return {
        "steps": ["NFKC", "remove \\p{Cf}", "confusables -> ASCII", "URL -> 'http'", "@handle -> '@user'",
                  "collapse whitespace, trim"],
        "url_regex": _URL.pattern, "url_flags": "gi", "handle_regex": _HANDLE.pattern, "handle_flags": "g",
        "confusables": CONFUSABLES,
        "emoji_words": EMOJI_WORDS,
    }


if __name__ == "__main__":
    import sys
    for line in sys.argv[1:] or ["Ｙоu аrе ᴀɴ i\u200bdiot @someone https://x.invalid/a"]:
        print(normalise(line))
