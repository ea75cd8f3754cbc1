"""Training mixture for the Ward classifier: the public sets (via datasets.py, written by the data
helper) plus a small synthetic set written here, with invented text only, for behaviours that no
public set here covers:

* profanity in a friendly or happy sentence: profanity=1, abusive=0;
* insults aimed at a person ("you are a ..."): abusive=1, insult=1;
* negated insults/hate, counter-speech, quoting or reporting abuse to condemn it: abusive=0;
* neutral or positive mentions of identity groups: abusive=0 (bias_madlibs and ToxiGen neutral
  also teach this);
* threats and sexual harassment, which the public sets barely supervise (weak keyword labels only).

Synthetic templates are split by template (not by sentence) into train and val, so the "synthetic"
validation figures measure generalisation to unseen sentence frames, not memorisation.
"""
import hashlib
import itertools
import random

from datasets import LABELS, Example  # noqa: F401  (re-exported for train.py)

PROFANE = ["fuck", "fucking", "fucked", "shit", "shitty", "bitch", "damn", "ass", "asshole", "bullshit", "cunt",
           "dick", "hell", "whore", "slut", "pussy", "bastard", "crap", "wtf"]

NAMES = ["Alex", "Sam", "Jordan", "Priya", "Mei", "Tomasz", "Amara", "Lukas", "Noor", "Diego", "Hana", "Kofi"]
INSULT_N = ["idiot", "moron", "loser", "clown", "bitch", "piece of shit", "waste of space", "pig", "dumbass",
            "asshole", "whore", "slut", "freak", "creep", "joke", "failure", "retard", "cunt", "imbecile", "parasite"]
INSULT_A = ["stupid", "pathetic", "worthless", "disgusting", "ugly", "useless", "dumb", "brainless", "fat",
            "braindead", "repulsive", "clueless", "spineless", "vile"]
GROUPS = ["women", "men", "black people", "white people", "muslims", "jews", "christians", "gay people",
          "trans people", "immigrants", "asians", "latinos", "disabled people", "refugees", "lesbians",
          "mexicans", "indians", "arabs", "old people", "atheists", "bisexual people", "deaf people"]
GROUP_1 = ["a woman", "a man", "black", "white", "muslim", "jewish", "christian", "gay", "trans", "an immigrant",
           "asian", "latina", "disabled", "a refugee", "a lesbian", "mexican", "indian", "arab", "old", "an atheist",
           "bisexual", "deaf"]
GROUP_BAD = ["animals", "vermin", "subhuman", "criminals", "parasites", "inferior", "a disease", "rapists",
             "terrorists", "filth", "not real people", "stupid"]
POSITIVE = ["amazing", "awesome", "incredible", "beautiful", "hilarious", "delicious", "brilliant", "perfect",
            "so good", "the best"]
THINGS = ["this song", "that goal", "this pizza", "the concert", "your new haircut", "this game", "the view",
          "this recipe", "your speech", "the finale", "this album", "our win"]
HARM = ["kill", "hurt", "stab", "shoot", "find", "beat", "strangle", "burn"]
BODY = ["tits", "boobs", "ass", "body", "pussy"]


def _fill(tpl, rng):
    out = tpl
    for key, pool in (("{name}", NAMES), ("{n}", INSULT_N), ("{a}", INSULT_A), ("{g}", GROUPS), ("{g1}", GROUP_1),
                      ("{gb}", GROUP_BAD), ("{pos}", POSITIVE), ("{thing}", THINGS), ("{harm}", HARM),
                      ("{body}", BODY)):
        while key in out:
            out = out.replace(key, rng.choice(pool), 1)
    return out


# (label vector, templates). Order: abusive, insult, identity_hate, threat, sexual, profanity.
# profanity None = decided from the words actually used (surface property).
Z = [0, 0, 0, 0, 0, None]
TEMPLATES = [
    # profanity, not abuse
    (Z, ["{thing} is fucking {pos}", "holy shit, {thing} is {pos}", "damn, {thing} is {pos}!",
         "hell yeah, {thing} was {pos}", "I'm so fucking proud of you {name}!", "shit, I forgot my keys again lol",
         "this is the best damn day of my life", "fuck yes, we did it!!", "{thing} is badass, no bullshit",
         "wtf that was {pos} haha", "I love you guys so fucking much", "{name} you absolute legend, fuck yeah",
         "that's some good shit right there", "oh shit {name}, congrats on the new job!",
         "fucking finally, the weekend", "we won, holy fucking shit"]),
    # neutral / positive identity mentions
    (Z, ["I am {g1} and proud of it", "my best friend is {g1}", "as {g1} person I really liked {thing}",
         "{g} deserve the same rights as everyone", "happy holidays to all {g} out there",
         "{g} have made huge contributions to science", "my neighbours are {g1} and they are lovely",
         "I'm {g1}, ask me anything", "{name} is {g1} and a great engineer", "support {g} in your community",
         "there are many {g} in my city", "{g} are welcome here", "I learned so much from the {g} in my class"]),
    # negation, counter-speech, quoting to condemn
    (Z, ["you are not a {n}, don't listen to them", "{name}, you're not {a} at all", "nobody thinks you're {a}",
         "I never said you were a {n}", "{g} are not {gb}", "it's wrong to call {g} {gb}",
         "saying {g} are {gb} is hateful and wrong", "someone wrote \"{g} are {gb}\" under my post. disgusting.",
         "I'm so tired of people calling {g} {gb}", "he called me a {n} and I'm still upset about it",
         "why would anyone call her a {n}? she did nothing wrong", "reported a comment that said \"you're a {a} {n}\"",
         "calling people \"{n}\" online is never okay", "I would never hurt you", "nobody is going to {harm} you, relax",
         "no one should ever tell {g} they are {gb}", "\"{g} are {gb}\" is a lie and we should call it out",
         "stop calling {name} a {n}, it's bullying", "I don't hate {g}, I never did",
         "being {g1} is not a crime", "we stand with {g} against those who call them {gb}"]),
    # insults aimed at a person
    ([1, 1, 0, 0, 0, None], ["you are a {n}", "you're so {a}", "{name} is a {a} {n}", "shut up you {n}",
                             "nobody likes you, you {a} {n}", "you're not even human, you {n}",
                             "you are not welcome here, {n}", "look at this {a} {n} lmao", "{name} you {a} {n}",
                             "go away, {n}", "what a {a} {n} you are", "you {a} little {n}",
                             "everyone knows {name} is a {n}", "you're the most {a} person I've ever seen"]),
    # identity hate
    ([1, 0, 1, 0, 0, None], ["{g} are {gb}", "all {g} are {gb}", "{g} should go back where they came from",
                             "I hate {g}", "{g} are a plague on this country", "never trust {g}, they are {gb}",
                             "{g} don't deserve rights", "get these {g} out of our country"]),
    # threats
    ([1, 0, 0, 1, 0, None], ["I will {harm} you", "I'm going to {harm} you {name}", "I know where you live",
                             "you'd better watch your back", "someone should {harm} you", "I hope you die",
                             "go kill yourself", "kys", "you deserve to be shot", "I will find you and {harm} you",
                             "we're coming for you and your family", "you're dead, {name}",
                             "I'll make you regret this, see you tonight", "hope someone burns your house down"]),
    ([1, 0, 1, 1, 0, None], ["all {g} should be killed", "shoot every one of those {g}", "{g} deserve to die"]),
    # sexual harassment
    ([1, 0, 0, 0, 1, None], ["send me nudes", "show me your {body}", "I want to fuck you {name}", "suck my dick",
                             "nice {body}, let me see more", "you'd look better naked", "sit on my face",
                             "I bet you're a freak in bed, {name}", "dm me your {body} pics",
                             "I'd bang you so hard"]),
]


def _surface_profanity(text):
    low = text.lower()
    return 1.0 if any(w in low.replace("\"", " ").split() or (" " + w + " ") in (" " + low + " ") for w in PROFANE) else 0.0


def _is_val_template(tpl):
    return int(hashlib.md5(tpl.encode()).hexdigest(), 16) % 5 == 0


def synthetic(per_template=40, seed=13):
    """-> {"train": [Example], "val": [Example]}"""
    rng = random.Random(seed)
    out = {"train": [], "val": []}
    seen = set()
    for labels, templates in TEMPLATES:
        for tpl in templates:
            split = "val" if _is_val_template(tpl) else "train"
            n = per_template if "{" in tpl else 1
            for _ in range(n):
                text = _fill(tpl, rng)
                if rng.random() < 0.3:
                    text = text[0].upper() + text[1:]
                if text in seen:
                    continue
                seen.add(text)
                lab = [float(x) if x is not None else _surface_profanity(text) for x in labels]
                out[split].append(Example(text=text, labels=lab, source="synthetic"))
    return out


if __name__ == "__main__":
    s = synthetic()
    print({k: len(v) for k, v in s.items()})
    for ex in itertools.islice(random.Random(0).sample(s["train"], 15), 15):
        print(ex.labels, ex.text)
