import { normaliseForModel } from './normalise';
import { INSULT_WORDS } from './phrases/harassment';
import { GROUP_WORDS } from './phrases/identity';
import { isHostileWord, repairSpelling } from './spelling';

/**
 * A plain plan to meet: "see you at the gym later", "meet you outside the cinema at 6". The model
 * learnt "see you" mostly from threats and stalking, and read 19 of 20 such plans of my own as
 * threats or abuse (0.66-1.0). A plan is plain only when nothing in it could make it menacing:
 * no hostile or insulting word, no group's name, nothing about what will happen to the reader
 * ("you'll", "you won't", "you're"), none of the reader's own places or belongings ("your house",
 * "your work"), and none of the stalker's words ("I know", "waiting", "outside", "alone", "home").
 * Those are exactly how a threat disguised as a plan reads ("I know where you live, see you
 * tonight"), and they stay with the model. A plan that is sexual keeps the model's sexual reading
 * (decide.ts). Weakness: "see you at the gym" from a stalker reads as the plan it says it is.
 */
const MEETING = /\b(?:see|meet|catch) (?:you|ya|u)\b|\bpick (?:you|u) up\b/;
const MENACE =
  /\b(?:your|yours|yourself|ur|you'll|youll|you will|you won't|you wont|you're|youre|you are|you'd|know|knew|waiting|(?<!can't |cant |cannot )wait|watching|watch|outside|alone|home|house|door|window|address|street|find|follow|coming|behind|soon enough|last|never|ever|regret|sorry|better|careful|remember)\b/;
const GROUP_NAMES = new Set(GROUP_WORDS.filter((w) => w !== 'people'));
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export function isPlainPlan(raw: string): boolean {
  if (raw.length > 240 || PICTOGRAPH.test(raw)) return false;
  const text = repairSpelling(normaliseForModel(raw)).toLowerCase().replace(/[’‘]/g, "'");
  if (!MEETING.test(text) || MENACE.test(text)) return false;
  const words = text.match(/[a-z][a-z'-]*/g) ?? [];
  if (words.length > 30) return false;
  return !words.some((w) => isHostileWord(w) || INSULT_WORDS.has(w) || INSULT_WORDS.has(w.replace(/s$/, '')) || GROUP_NAMES.has(w));
}
