import { genericAmbitionWords, genericObjectiveNouns, genericObjectiveVerbs } from './text-lexicon';
import { quote, type TextRule } from './rule';

const ambitionVerbs: ReadonlySet<string> = new Set(['be', 'become', 'stay', 'remain']);
const noDestination =
  /^(make progress|be (more|better)|do (more|better)|work on|focus on|get better)\b/;

/**
 * "Improve communication", "Be more innovative", "Make progress on international expansion":
 * a direction with no destination, true of every quarter. An objective that names something
 * particular ("Increase Q2 recurring revenues", "Turn trials into paying customers") passes.
 * "Be the best" or "Become a leader" could belong to any organisation: a superlative with no
 * market, customer or place named (Google re:Work: objectives are specific to what this team
 * will make different).
 */
export const vagueObjective: TextRule = {
  id: 'objective.vague',
  source: 'googleRework',
  check(text) {
    const params = { text: quote(text.text) };
    if (noDestination.test(text.body)) return { severity: 'warning', params };
    if (ambitionVerbs.has(text.leadingVerb)) {
      const onlyGeneric = text.words
        .slice(1)
        .every((word) => genericObjectiveNouns.has(word) || genericAmbitionWords.has(word));
      return onlyGeneric ? { severity: 'warning', params } : undefined;
    }
    if (!genericObjectiveVerbs.has(text.leadingVerb)) return undefined;
    const objectWords = text.words.slice(1);
    if (objectWords.length === 0 || objectWords.length > 7) return undefined;
    const onlyGeneric = objectWords.every((word) => genericObjectiveNouns.has(word));
    return onlyGeneric ? { severity: 'warning', params } : undefined;
  },
};
