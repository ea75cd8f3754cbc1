"""Train-time spelling obfuscation, so the model (not a rule) learns that "1d10t", "i d i o t",
"stuupid", "f*ck" or "іdіоt" (Cyrillic) mean the same as the plain word.

Applied to raw text BEFORE normalise(); Unicode look-alikes and zero-width characters are then
partly undone by normalise(), exactly as in the extension. Non-abusive texts are obfuscated too
(at the same rate), so an odd spelling alone does not become a sign of abuse.
"""
import random
import re

from normalise import CONFUSABLES

# Words that abusers disguise. Used only to pick which word to obfuscate.
TARGETS = set("""
idiot idiots moron morons stupid dumb dumbass loser losers ugly fat pathetic worthless useless disgusting
bitch bitches fuck fucking fucked fucker motherfucker shit shitty bullshit cunt cunts whore whores slut sluts
hoe hoes ass asshole assholes dick dicks pussy cock retard retarded retards fag fags faggot faggots dyke
nigger niggers nigga niggas tranny kike spic chink paki wetback raghead kill die dead rape raped rapist
stab shoot hang murder bastard bastards skank twat wanker prick scum trash garbage freak creep pig pigs
animal animals vermin subhuman parasite parasites terrorist terrorists kys nudes tits boobs suck
""".split())

LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "9", "b": "8"}
TO_CONFUSABLE = {}
for k, v in CONFUSABLES.items():
    if len(k) == 1 and v.isascii():
        TO_CONFUSABLE.setdefault(v, k)
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]
VOWELS = "aeiou"


def _leet(w, rng):
    out = []
    for ch in w:
        subs = LEET.get(ch.lower())
        out.append(rng.choice(subs) if subs and rng.random() < 0.6 else ch)
    return "".join(out)


def _spaced(w, rng):
    return rng.choice([" ", ".", "-", "_", "*"]).join(w)


def _mask(w, rng):
    idx = [i for i, c in enumerate(w) if c.lower() in VOWELS and 0 < i < len(w)]
    if not idx:
        idx = list(range(1, max(2, len(w) - 1)))
    i = rng.choice(idx)
    return w[:i] + rng.choice(["*", "#", "@", "!", "%"]) + w[i + 1:]


def _swap(w, rng):
    if len(w) < 4:
        return w[::-1] if len(w) == 2 else w
    i = rng.randrange(1, len(w) - 2)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def _drop(w, rng):
    idx = [i for i, c in enumerate(w) if c.lower() in VOWELS and i > 0] or list(range(1, len(w)))
    if not idx or len(w) < 4:
        return w
    i = rng.choice(idx)
    return w[:i] + w[i + 1:]


def _repeat(w, rng):
    i = rng.randrange(len(w))
    return w[:i] + w[i] * rng.randint(2, 5) + w[i + 1:]


def _confusable(w, rng):
    return "".join(TO_CONFUSABLE.get(c, c) if rng.random() < 0.7 else c for c in w)


def _zero_width(w, rng):
    i = rng.randrange(1, len(w)) if len(w) > 1 else 1
    return w[:i] + rng.choice(ZW) + w[i:]


def _case(w, rng):
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in w)


OPS = [_leet, _leet, _spaced, _mask, _mask, _swap, _drop, _repeat, _repeat, _confusable, _zero_width, _case]
WORD = re.compile(r"[A-Za-z]{3,}")


def obfuscate_word(w, rng):
    op = rng.choice(OPS)
    out = op(w, rng)
    if rng.random() < 0.25:  # sometimes stack two tricks
        out = rng.choice([_leet, _repeat, _case, _zero_width])(out, rng) if op is not _spaced else out
    return out


def obfuscate(text, rng: random.Random, max_words=2):
    """Obfuscate 1..max_words words, preferring words of the TARGETS lexicon; max_words=None
    disguises every word of three or more letters."""
    words = list(WORD.finditer(text))
    if not words:
        return text
    if max_words is None:
        chosen = words
    else:
        targets = [m for m in words if m.group(0).lower() in TARGETS]
        pool = targets if targets and rng.random() < 0.85 else words
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(1, max_words)))
    chosen.sort(key=lambda m: m.start(), reverse=True)
    for m in chosen:
        text = text[:m.start()] + obfuscate_word(m.group(0), rng) + text[m.end():]
    return text


GAP = re.compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")


def join_words(text, rng: random.Random):
    """Drop the spaces between a few neighbouring words, as in hashtags and filter dodges
    ("youareaclown", "#sendthemallback"): a run of 2-4 words, or 1-2 single gaps."""
    gaps = list(GAP.finditer(text))
    if not gaps:
        return text
    if rng.random() < 0.5:
        start = rng.randrange(len(gaps))
        chosen = gaps[start: start + rng.randint(1, 3)]
    else:
        chosen = rng.sample(gaps, k=min(len(gaps), rng.randint(1, 2)))
    for m in sorted(chosen, key=lambda m: m.start(), reverse=True):
        text = text[:m.start()] + text[m.end():]
    return text


if __name__ == "__main__":
    r = random.Random(1)
    for s in ["you are a stupid idiot", "what a fucking great day", "go kill yourself you worthless bitch"]:
        for _ in range(4):
            print(repr(obfuscate(s, r)), repr(join_words(s, r)))
