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
# second batch of pools (session 3): civil criticism, doxxing, implied threats, sextortion
POLICY = ["this policy", "the new law", "the council's budget", "this update", "the tax rise", "the new timetable",
          "the merger", "the proposal", "the club's transfer strategy", "the new curriculum", "the referee's decision"]
CRITIQUE = ["a disaster", "a mess", "a terrible idea", "badly thought out", "a step backwards", "a waste of money",
            "poorly written", "completely wrong", "unfair to renters", "going to backfire", "lazy and rushed"]
STREET = ["Maple Road", "Station Street", "Elm Avenue", "Harbour Lane", "Mill Close", "Oak Drive", "King's Parade",
          "Cedar Court", "Victoria Terrace", "Birch Way"]
NUM = [str(n) for n in (3, 7, 12, 19, 24, 31, 48, 56, 77, 102, 215)]
PHONE = ["555-01" + f"{n:02d}" for n in range(10, 60, 7)]
KIN = ["mum", "dad", "boss", "wife", "husband", "parents", "kids' school", "employer", "family", "followers"]
OWN = ["car", "house", "dog", "kids", "business", "windows", "family", "career"]
CLOTHES = ["top", "shirt", "dress", "bra", "jeans", "towel"]
# third batch of pools (session 4): harmless idioms, innocent contact details, insults without swear words
FOOD = ["pizza", "burger", "curry", "plate of chips", "kebab", "coffee", "cold beer", "bowl of ramen"]
PET = ["dog", "cat", "puppy", "ginger cat", "parrot", "tortoise"]
EMAIL = ["hello@example.com", "bookings@example.org", "info@example.net", "sam.lee@example.com"]
PLACE = ["bakery", "library", "garage", "pharmacy", "bike shop", "community hall", "cafe"]
THING_N = ["wet sock", "brick", "potato", "screensaver", "traffic cone", "damp sponge", "loading screen", "stale cracker"]
PRODUCT = ["update", "patch", "season", "sequel", "release", "redesign", "expansion"]
TIME = ["7:30", "noon", "3pm", "half six", "8 tomorrow", "quarter past nine"]
EVENT = ["gig", "lecture", "shift", "match", "meeting", "party", "study session"]
ACT = ["vote", "teach", "adopt", "run for office", "work with children", "drive", "serve in the army"]
# fifth batch of pools (session 7): emoji, which the model now reads as words (normalise.describe_emoji)
# Batch 6: adjectives for groups ("{ga} lives matter"), good and bad things a group "deserves", places it
# "belongs", and people for "{ga} {who}".
GROUP_ADJ = ["black", "white", "muslim", "jewish", "christian", "gay", "trans", "asian", "latino", "disabled", "lesbian",
             "mexican", "indian", "arab", "bisexual", "deaf", "immigrant", "refugee", "indigenous", "queer", "hindu", "sikh",
             "autistic", "polish", "nigerian", "roma"]
WHO = ["women", "men", "kids", "teenagers", "students", "families", "workers", "nurses", "people", "folks", "parents",
       "athletes", "neighbours", "teachers", "elders"]
DESERVE_GOOD = ["respect", "equal pay", "to feel safe", "love and support", "the same rights as anyone", "dignity",
                "a seat at the table", "to be heard", "fair treatment", "better healthcare", "to live in peace",
                "decent housing", "a fair hearing", "protection from abuse"]
DESERVE_BAD = ["nothing", "to suffer", "to be locked up", "what's coming to them", "no rights at all", "to be thrown out",
               "to be treated like dirt", "to be wiped out", "no respect", "every bit of hate they get"]
GOOD_STATE = ["valid", "normal", "okay", "nothing to be ashamed of", "beautiful", "just part of who someone is",
              "not a choice anyone needs to justify", "perfectly fine"]
BAD_STATE = ["a sickness", "unnatural", "disgusting", "a mental illness", "a perversion", "a disgrace", "something to be cured"]
BELONG_GOOD = ["science", "politics", "every boardroom", "the team", "this country", "our schools", "parliament", "every field"]
BELONG_BAD = ["cages", "the kitchen", "prison", "camps", "the gutter", "their own country, not ours"]
GOOD_EFFECT = ["better", "stronger", "more interesting", "a kinder place", "richer in every way"]
BAD_EFFECT = ["worse", "more dangerous", "dirtier", "poorer", "a dump", "unsafe for our kids"]
E_VERMIN = ["🐀", "🐒", "🦍", "🐷", "🐍", "🪳", "🦠", "🐖", "🐀🐀", "🪳🪳"]
E_WEAPON = ["🔪", "🔫", "🪓", "💣", "⚰️", "🪦", "🔪🔪", "⚰️⚰️"]
E_DISGUST = ["🤮", "🤢", "🤮🤮", "🤢🤮", "🤮🤮🤮"]
E_INSULT = ["🤡", "💩", "🖕", "🐖", "🤡🤡", "🖕🖕"]
E_SEX = ["🍆", "💦", "🍑", "👅", "🍆💦", "🍑👅"]
E_LAUGH = ["😂", "🤣", "💀", "😭", "😂😂😂", "💀💀", "😭😭", "🤣🤣"]
E_PRAISE = ["🔥", "🙌", "👏", "💯", "🎯", "😍", "❤️", "🥰", "✨", "💪", "🔥🔥", "👏🏽👏🏽", "🙌🏿"]
E_ID = ["🏳️‍🌈", "🏳️‍⚧️", "✡️", "☪️", "🕌"]
E_PLANT = ["🍆", "🍑", "🌶️", "🥒", "🍅", "🥕"]
E_ANIMAL = ["🐒", "🐍", "🐀", "🐷", "🦍", "🐖"]
E_PRIDE = ["🏳️‍🌈", "🏳️‍⚧️", "🌈", "🏳️‍🌈🏳️‍⚧️"]
E_MEH = ["🖕", "💩", "🤬", "🙄", "🖕🖕", "💩💩", "🤮"]


def _fill(tpl, rng):
    out = tpl
    for key, pool in (("{name}", NAMES), ("{n}", INSULT_N), ("{a}", INSULT_A), ("{g}", GROUPS), ("{g1}", GROUP_1),
                      ("{gb}", GROUP_BAD), ("{pos}", POSITIVE), ("{thing}", THINGS), ("{harm}", HARM),
                      ("{body}", BODY), ("{policy}", POLICY), ("{crit}", CRITIQUE),
                      ("{street}", STREET), ("{num}", NUM), ("{phone}", PHONE), ("{kin}", KIN), ("{own}", OWN),
                      ("{clothes}", CLOTHES), ("{food}", FOOD), ("{pet}", PET), ("{email}", EMAIL),
                      ("{place}", PLACE), ("{obj}", THING_N), ("{product}", PRODUCT), ("{time}", TIME),
                      ("{event}", EVENT), ("{act}", ACT), ("{ev}", E_VERMIN), ("{ew}", E_WEAPON),
                      ("{edis}", E_DISGUST), ("{ein}", E_INSULT), ("{esex}", E_SEX), ("{elol}", E_LAUGH),
                      ("{eyay}", E_PRAISE), ("{eid}", E_ID), ("{eplant}", E_PLANT), ("{eanimal}", E_ANIMAL),
                      ("{epride}", E_PRIDE), ("{emeh}", E_MEH), ("{ga}", GROUP_ADJ), ("{who}", WHO),
                      ("{dgood}", DESERVE_GOOD), ("{dbad}", DESERVE_BAD), ("{sgood}", GOOD_STATE),
                      ("{sbad}", BAD_STATE), ("{bgood}", BELONG_GOOD), ("{bbad}", BELONG_BAD),
                      ("{egood}", GOOD_EFFECT), ("{ebad}", BAD_EFFECT)):
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
    # ---- second batch (session 3; FIRST_BATCH marks where it starts). Written to widen the frames of each behaviour, not copied from
    # test/functional (which stays an evaluation set).
    # sharp but civil criticism of things, decisions and arguments: not abuse
    (Z, ["{policy} is {crit}", "honestly {policy} is {crit} and should be scrapped",
         "I think {policy} is {crit}, and here is why", "{name}, I disagree, your numbers don't add up",
         "the minister's answer was evasive and voters deserve better", "{thing} was boring and overrated",
         "that was a bad call by the referee, we were robbed", "this article is one-sided and poorly sourced",
         "the service was slow and the food was cold, two stars", "{policy}? what a waste of everyone's time",
         "the senator broke her promise on housing and should be held to account",
         "{name} is wrong on this one, the data says otherwise", "the devs should roll back {policy} asap",
         "strongly disagree with the mayor's vote tonight", "worst season finale in years, the writing fell apart"]),
    # more insult frames: questions, third person, comparisons, "imagine being ..."
    ([1, 1, 0, 0, 0, None], ["why are you so {a}?", "imagine being as {a} as {name}",
                             "{name} has the brain of a goldfish", "nobody asked, {n}",
                             "you have the IQ of a doorknob", "every post you make proves you're a {n}",
                             "is there anyone more {a} than you? genuinely asking",
                             "{name}'s parents must be so ashamed of their {a} kid",
                             "lmao {name} is such a {n}", "you type like a {a} {n}",
                             "honestly you're the most {a} {n} on this app", "crawl back under your rock, {n}"]),
    # negated / rejected hate, more frames
    (Z, ["I don't think {g} are {gb} at all", "{g} aren't {gb}, stop spreading that", "no, {g} are not {gb}",
         "there's nothing wrong with being {g1}", "claiming {g} are {gb} is bigotry, plain and simple",
         "the idea that {g} are {gb} is a myth", "I used to believe {g} were {gb}. I was wrong.",
         "my uncle says {g} are {gb}, and I told him he's wrong"]),
    # quoting abuse in order to condemn or report it
    (Z, ["the comment \"{g} are {gb}\" got hundreds of likes and it makes me sick",
         "people keep replying \"you {a} {n}\" to {name} and it has to stop",
         "for the record, this is what he sent me: \"I will {harm} you\". reported to the police.",
         "screenshot of someone calling {name} a {n}. this is the harassment we are dealing with",
         "we documented every post that said {g} are {gb} and sent it to the platform"]),
    # implied and conditional threats
    ([1, 0, 0, 1, 0, None], ["it would be a shame if something happened to your {own}",
                             "keep talking and see what happens to your {own}", "sleep with one eye open, {name}",
                             "expect some visitors at your door, {name}", "your {kin} will pay for this",
                             "one night you'll walk home alone and I'll be waiting",
                             "we know where your kids go to school", "I'd hate for your {own} to catch fire",
                             "say that again and you won't be able to walk", "you won't see it coming, {name}"]),
    # doxxing: contact details plus a push to act
    ([1, 0, 0, 0, 0, None], ["{name} lives at {num} {street}, go pay a visit", "her number is {phone}, everyone call her",
                             "his address is {num} {street}. you know what to do",
                             "found where {name} works, show up and let them know what you think",
                             "here's {name}'s home address: {num} {street}. spread it",
                             "call her at {phone} day and night until she deletes her account",
                             "{name}'s {kin} are at {num} {street}, send them her posts"]),
    # sextortion: intimate images plus a demand or a leak
    ([1, 0, 0, 1, 1, None], ["send more pics or I post these everywhere",
                             "pay me or your {kin} get the video", "I have your nudes, do what I say or everyone sees them",
                             "if you block me your {kin} will see the photos", "more videos by tonight or I share the old ones"]),
    # sexual harassment, wider frames: innuendo, requests, comments on bodies
    ([1, 0, 0, 0, 1, None], ["what are you wearing right now {name}?", "what's your price for one night, {name}?",
                             "take off that {clothes} for me", "send a pic without the {clothes}",
                             "bet you look even better with nothing on", "come sit on my lap babe",
                             "I get hard looking at your pics", "can't stop thinking about your {body}",
                             "private show? just you and me, no {clothes}", "your lips were made for sucking"]),
    # hate against women and migrants, the targets of HatEval, in frames beyond "{g} are {gb}"
    ([1, 0, 1, 0, 0, None], ["women are too dumb to vote", "women belong in the kitchen, not in parliament",
                             "send every last one of those {g} back", "{g} are invading our country",
                             "we need to get rid of {g} before it's too late", "{g} are ruining everything"]),
    # ---- third batch (session 4; SECOND_BATCH_END marks where it starts). Frames for weaknesses seen on
    # test/functional/holdout2.jsonl (a development set); no sentence of it is copied.
    # harmless idioms that borrow violent words
    (Z, ["I could murder a {food} right now", "this {food} is to die for", "that leg day absolutely killed me",
         "{name}, you killed it on stage tonight!", "shoot me a message if you need anything",
         "fire away, I'm happy to answer questions", "break a leg tomorrow {name}!", "go knock 'em dead at the interview",
         "my feet are killing me after that hike", "I'd kill for a {food} and a nap", "we destroyed them 4-0, what a game",
         "hit me up when you're back in town", "this heat is murder on my plants", "I'm dying laughing at this thread",
         "the final boss beat me up again lol", "you slayed that presentation {name}", "that drop hits so hard"]),
    # innocent contact details: shops, lost pets, events
    (Z, ["found a {pet} near {street}, call {phone} if it's yours", "we're at {num} {street}, open 9 till 5, ring {phone} to book",
         "email {email} for the full recipe", "our {place} has moved to {num} {street}, come and say hi!",
         "lost my keys on {street} today, text {phone} if you find them", "the meetup is at the {place} on {street} at 7, everyone welcome",
         "questions about the order? call us on {phone} or write to {email}", "{name}'s {place} on {street} does the best coffee in town"]),
    # "hate" and sharp words aimed at things, not people
    (Z, ["hate to be that person but the link is broken", "I hate how good {thing} is", "I hate Mondays so much",
         "worst {product} they've shipped in years, the servers are a disaster", "the ref had a shocker, {policy} was a joke",
         "two hours of my life I'm never getting back, the plot made no sense", "the {product} broke my save file, absolutely useless",
         "sick of this rain, when does summer start", "this {product} is a train wreck and the devs know it"]),
    # insults without a swear word: questions, comparisons, mock praise
    ([1, 1, 0, 0, 0, None], ["how are you this {a}? genuinely curious", "talking to you is like arguing with a {obj}",
                             "{name} has the personality of a {obj}", "is anyone actually home in there, {name}?",
                             "you manage to be wrong and boring at the same time", "congrats {name}, you've found a new way to embarrass yourself",
                             "you must be exhausting to live with", "the bar was on the floor and you still tripped over it",
                             "{name}'s brain is running on a {obj}", "your face could stop a clock", "every word you type lowers the average"]),
    # victims and bystanders reporting abuse without quotation marks: not abuse
    (Z, ["kids at school called my son a {n} and I'm furious", "got called a {n} three times today for posting my art",
         "anyone calling {name} a {n} in these replies gets blocked", "people commenting {n} under her photo should be ashamed",
         "a stranger told me to {harm} myself today. reported and blocked", "he keeps calling me {a} in my DMs, I've screenshotted everything",
         "to everyone telling {name} she's {a}: she is a person, stop it", "my sister was called a {n} at work and HR did nothing"]),
    # denials and refusals of hateful claims, more frames
    (Z, ["no {g1} person deserves to be harassed for existing", "nobody should tell {g} to go back where they came from",
         "I refuse to pretend {g} are {gb}", "being {g1} doesn't make anyone {gb}", "it's absurd to claim {g} are {gb}",
         "I won't accept anyone saying {g} are {gb} in this group", "no woman deserves to be hit, ever"]),
    # positive mentions of groups that hateful posts also name
    (Z, ["shoutout to the {g} who volunteer at the food bank every week", "the {g} in our town organised the whole festival",
         "thank you to the migrant workers who keep the farms going", "proud of my {g1} neighbour who just opened a {place}",
         "{g} have always been part of this city's story"]),
    # doxxing: whereabouts with a veiled call
    ([1, 0, 0, 0, 0, None], ["{name} parks on {street} every night, do with that what you will",
                             "{name} works the late shift at the {place} on {street}. someone should drop by",
                             "found {name}'s flat: {num} {street}. you didn't hear it from me",
                             "{name}'s kids get out of school at 3 on {street}. maybe have a chat with her there",
                             "{name} jogs past {street} at 6 every morning. easy to catch"]),
    # sextortion: deadlines and veiled leaks
    ([1, 0, 0, 1, 1, None], ["answer me by tonight or the photos go to your {kin}", "unblock me or the pics go up with your name on them",
                             "your {kin} would love the video you sent me. still time to change your mind",
                             "I kept every picture you sent. pay up by friday or they go public"]),
    # hate against migrants and women in the words mobs use, and the civil policy talk it is not
    ([1, 0, 1, 0, 0, None], ["illegals are pouring in and nobody stops them, deport the lot", "these invaders should be sent back on the next boat",
                             "every migrant is a freeloader living off our taxes", "women like her only get jobs by sleeping with the boss",
                             "females are too emotional to be in charge of anything", "she's a woman, what did you expect, competence?",
                             "#sendthemback they don't belong in our country", "refugees? more like rapists and thieves"]),
    (Z, ["we need a fairer asylum system that processes claims faster", "the border policy debate deserves better than slogans",
         "immigration levels should be set by parliament, not by tabloids", "more women in engineering is good news for everyone",
         "I disagree with the minister's migration plan, the numbers don't add up", "she was promoted because she's brilliant at her job"]),
    # friendly banter with swearing: profanity, not abuse
    (Z, ["you beautiful bastards, we hit our goal!", "happy birthday you absolute nutter, love you loads",
         "wtf, how are you this good already?? insane", "sick as hell, {name}, proud of you", "you lucky bastard, enjoy the holiday!"]),
    # ---- fourth batch (session 5; THIRD_BATCH_END marks where it starts). Frames for weaknesses seen on
    # test/functional/holdout3.jsonl and holdout4.jsonl (development sets); no sentence of them is copied.
    # everyday questions and neighbourly notes: the model read some of them as abusive
    (Z, ["does the {num} bus stop anywhere near {street}?", "is the {place} on {street} open on sundays?",
         "your parcel for number {num} is with me, knock whenever", "anyone know a decent plumber near {street}?",
         "the fun run goes past the {place} and back along {street}", "can someone give me a lift to the {place} at {time}?",
         "left my umbrella at the {place} yesterday, has anyone handed it in?", "what time does the {event} start on saturday?",
         "the bins on {street} get collected on thursdays now", "{name}, are you still coming to the {event} at {time}?",
         "road closed by the {place} until {time}, go round by {street}", "does anyone have a ladder I could borrow this weekend?"]),
    # unwanted sexual remarks and propositions without explicit words
    ([1, 0, 0, 0, 1, None], ["{name}, come back to mine after the {event}, I'll make it worth your while 😏",
                             "that {clothes} would look better on my bedroom floor", "you can sit on my lap any time, {name}",
                             "I'd give you a private lesson, just the two of us, door locked", "love your lips, bet they feel even better than they look",
                             "skip the {event}, come to my room and I'll keep you warm", "wear that {clothes} again and I'll peel it off you",
                             "I'd pay you in kisses, starting somewhere you'd blush about", "how about a massage, I'll start at your feet and work my way up",
                             "you looked so good bending over at the {place} today {name}", "send me a pic of what you sleep in tonight"]),
    # reporting abuse without quotation marks, and leaving groups that tolerate it: not abuse
    (Z, ["the guy calling her a {n} all night finally got banned", "when people say {g} are {gb} I just block them",
         "I'm so tired of hearing that {g} are {gb}", "reporting every account that calls {name} a {n}",
         "someone wrote slurs on the wall of the {place}, we cleaned it off this morning", "the admins let people call {g} {gb} here, so I'm leaving",
         "my friend got sent a threat to leak her pics, don't pay these people, go to the police"]),
    # group hate in other phrasings: questions, opinions, pronouns, exclusion
    ([1, 0, 1, 0, 0, None], ["why are {g} always so {a}?", "I honestly think {g} are {gb}", "{g}? they're all {gb}, every last one",
                             "you can't trust {g}, you never could", "I don't want {g} living on my street", "{g} shouldn't be allowed to {act}",
                             "we'd all be better off without {g}", "{g} are a drain on this country and everyone knows it"]),
    (Z, ["{g} should be allowed to {act} like everyone else", "why do people still think {g} can't {act}?", "I think {g} are treated unfairly by the press",
         "my {g1} colleague is the best manager I've had"]),
    # sharp words about products, services and plans, not people
    (Z, ["{policy} is lazy and overpriced, and it won't fix anything", "the {place}'s service is garbage, still waiting on my refund",
         "the battery life on this {product} is pathetic", "with respect, this is the weakest argument I've read all week",
         "this {product} is a disgrace to the series", "the council's plan is clueless about how people actually live here"]),
    # swearing in pride and joy
    (Z, ["proud as hell of my {kin}", "{thing} is fucking gorgeous", "holy shit, {thing} was good", "that was a damn fine {event}",
         "classic dumbass move from me, forgot the {event} was today", "{name} you legend, that was bloody brilliant"]),
    # ---- fifth batch (session 7; FOURTH_BATCH_END marks where it starts). Emoji used for abuse and the
    # same emoji used harmlessly. Written as frames before reading any emoji test case's result; the
    # model reads each emoji as its name (src/classifier/core/emoji-words.json).
    ([1, 0, 1, 0, 0, None], ["{g} are {ev}", "{g} {ev} every last one", "{g} = {ev}", "{g} in this country {edis}",
                             "{g} {edis} get them out", "another bunch of {g} moving in {edis}", "{eid} people are {gb}",
                             "keep {eid} away from our kids", "{eid} should be banned {edis}", "{g} breed like {ev}"]),
    ([1, 0, 0, 1, 0, None], ["I'm going to {ew} you {name}", "{name} {ew} soon", "you're next {ew}",
                             "see you after school {ew}", "{ew} that's what you get for reporting me",
                             "your house 🔥🔥 tonight {name}", "{ew} {ew} {ew} watch your back",
                             "I know your address {ew}"]),
    ([1, 1, 0, 0, 0, None], ["you're such a {ein}", "{name} is the biggest {ein} on here", "shut up {ein}",
                             "look at this {ein} trying to sing", "{ein} {name} {ein}", "nobody asked you {ein}",
                             "you {ein} go cry about it", "imagine being this {a} {ein}"]),
    ([1, 0, 0, 0, 1, None], ["send me {esex} pics {name}", "{esex} for you tonight {name}", "show me that {esex} babe",
                             "bet your {esex} tastes good", "sit on this {esex}", "{name} dm me {esex} now"]),
    (Z, ["{thing} {eyay}", "{eyay} {thing} is {pos}", "{elol} I can't breathe", "{elol} {name} this is so funny",
         "this is sending me {elol}", "{eyay}", "{eyay} {eyay}", "{elol}", "{name} {eyay} well done!",
         "grilled {eplant} with garlic tonight {eyay}", "my {eplant} plants finally came up {eyay}",
         "chopping onions with my new {ew} knife, so sharp", "the {eanimal} at the zoo stole a kid's hat {elol}",
         "my {pet} looks like a little {eanimal} {elol}", "happy pride everyone {epride}", "{eid} happy holidays to all celebrating",
         "me 🤡 forgetting my {event} again", "mondays {emeh}", "the wifi today {emeh}", "traffic this morning {emeh}",
         "{name} you absolute 🤡 {elol} love you", "{product} crashed again {emeh}", "that goal was {ew} {eyay}", "this beat is the 💣 {eyay}",
         "rematch tomorrow, loser buys coffee {elol}", "gg {name} {eyay} you got lucky lol"]),
    # ---- sixth batch (session 8; FIFTH_BATCH_END marks where it starts). The shipped model read supportive
    # statements about groups as hate ("trans rights are human rights", "women deserve equal pay", "gay people
    # are normal": 0.99), because it keys on the topic words that hateful posts in its data share. Each frame
    # comes with a hateful twin that differs only in what is said about the group, so only the predicate tells
    # them apart. Written before test/functional/identity-blind.jsonl was read.
    (Z, ["{g} deserve {dgood}", "{ga} {who} deserve {dgood}", "{ga} rights are human rights", "{ga} lives matter",
         "{ga} lives matter too", "protect {ga} {who}", "being {g1} is {sgood}", "{g} are wonderful", "{g} are normal people",
         "{g} are human beings like everyone else", "{g} have every right to live here in peace",
         "{g} have every right to be here", "{g} make this country {egood}", "{ga} {who} make our town {egood}",
         "{g} belong in {bgood}", "we need more {ga} {who} in {bgood}", "{ga} {who} should be allowed to {act}",
         "equal rights for {g} now", "I stand with {ga} {who}", "{ga} {who} are welcome here, always",
         "I am {g1}", "i'm a {ga} woman", "i'm a {ga} man", "she is a {ga} nurse and a brilliant one",
         "two {ga} {who} run the {place} on {street}", "we are a group of {ga} students", "my partner is {g1}",
         "lots of {ga} {who} live on my street", "{name} is a proud {ga} dad", "there is nothing wrong with being {g1}",
         "{ga} joy is beautiful", "{ga} {who} are so inspiring", "happy to see so many {ga} {who} at the {event}"]),
    ([1, 0, 1, 0, 0, None], ["{g} deserve {dbad}", "{ga} {who} deserve {dbad}", "{ga} rights are a joke",
                             "{ga} lives don't matter", "{ga} lives will never matter", "get rid of {ga} {who}",
                             "being {g1} is {sbad}", "{g} are not normal people", "{g} are not human beings",
                             "{g} have no right to live here", "{g} have no right to be here", "{g} make this country {ebad}",
                             "{ga} {who} make our town {ebad}", "{g} belong in {bbad}", "we need fewer {ga} {who} in {bgood}",
                             "{ga} {who} should never be allowed to {act}", "no rights for {g}, ever",
                             "{ga} {who} are not welcome here, ever", "there is something wrong with {g}",
                             "{g} are a plague on {bgood}"]),
]


# Templates before FIRST_BATCH are batch 1 (session 2), before SECOND_BATCH_END batches 1-2 (session 3).
FIRST_BATCH = 8
assert TEMPLATES[FIRST_BATCH - 1][1][-1] == "I'd bang you so hard", "FIRST_BATCH no longer marks the first batch"
SECOND_BATCH_END = 17
assert TEMPLATES[SECOND_BATCH_END - 1][1][-1] == "{g} are ruining everything", "SECOND_BATCH_END no longer marks batch 2's end"
THIRD_BATCH_END = 29
assert TEMPLATES[THIRD_BATCH_END - 1][1][-1] == "you lucky bastard, enjoy the holiday!", "THIRD_BATCH_END no longer marks batch 3's end"
FOURTH_BATCH_END = 36
assert TEMPLATES[FOURTH_BATCH_END - 1][1][-1] == "{name} you legend, that was bloody brilliant", "FOURTH_BATCH_END no longer marks batch 4's end"
FIFTH_BATCH_END = 41
assert TEMPLATES[FIFTH_BATCH_END - 1][1][-1] == "gg {name} {eyay} you got lucky lol", "FIFTH_BATCH_END no longer marks batch 5's end"
# Which templates each --templates choice trains on: a prefix of the batches, batches 1-3 or 1-4 with
# the emoji batch 5 (session 7's experiment), or batches 1-3 or 1-4 with the identity batch 6 (session 8).
_B5 = range(FOURTH_BATCH_END, FIFTH_BATCH_END)
_B6 = range(FIFTH_BATCH_END, len(TEMPLATES))
BATCHES = {"first": range(FIRST_BATCH), "second": range(SECOND_BATCH_END), "third": range(THIRD_BATCH_END),
           "fourth": range(FOURTH_BATCH_END), "third-emoji": [*range(THIRD_BATCH_END), *_B5], "fourth-emoji": range(FIFTH_BATCH_END),
           "third-identity": [*range(THIRD_BATCH_END), *_B6], "fourth-identity": [*range(FOURTH_BATCH_END), *_B6],
           "all": range(len(TEMPLATES))}
# Two batch-1 frames in the identity-hate group are insults at a person, not identity hate. Runs with
# the third and later batches label them as insults; "first" and "second" keep the old labels so that the
# earlier stages stay reproducible.
INSULT_FIX = {"honestly you're the most {a} {n} on this app", "crawl back under your rock, {n}"}


def _surface_profanity(text):
    low = text.lower()
    return 1.0 if any(w in low.replace("\"", " ").split() or (" " + w + " ") in (" " + low + " ") for w in PROFANE) else 0.0


def _is_val_template(tpl):
    return int(hashlib.md5(tpl.encode()).hexdigest(), 16) % 5 == 0


def synthetic(per_template=40, seed=13, batches="all"):
    """-> {"train": [Example], "val": [Example]}; batches="first" keeps batch 1, "second" batches 1-2,
    "third" batches 1-3 (the session-4 model), "fourth" batches 1-4 (session 6's soup), "third-emoji" and
    "fourth-emoji" add batch 5 (session 7), "third-identity" and "fourth-identity" batch 6 (session 8), "all" every batch."""
    rng = random.Random(seed)
    out = {"train": [], "val": []}
    seen = set()
    for labels, templates in (TEMPLATES[i] for i in BATCHES[batches]):
        for tpl in templates:
            tpl_labels = [1, 1, 0, 0, 0, None] if batches not in ("first", "second") and tpl in INSULT_FIX else labels
            split = "val" if _is_val_template(tpl) else "train"
            n = per_template if "{" in tpl else 1
            for _ in range(n):
                text = _fill(tpl, rng)
                if rng.random() < 0.3:
                    text = text[0].upper() + text[1:]
                if text in seen:
                    continue
                seen.add(text)
                lab = [float(x) if x is not None else _surface_profanity(text) for x in tpl_labels]
                out[split].append(Example(text=text, labels=lab, source="synthetic"))
    return out


if __name__ == "__main__":
    s = synthetic()
    print({k: len(v) for k, v in s.items()})
    for ex in itertools.islice(random.Random(0).sample(s["train"], 15), 15):
        print(ex.labels, ex.text)
