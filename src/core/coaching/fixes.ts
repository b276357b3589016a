import type { RuleId } from './messages';
import type { TextFeatures } from './text-features';

/**
 * A one-click fix a finding offers: typed, so each surface offers the kinds it can carry out.
 * `text` is the new wording of the title; placeholders (X, Y, <metric>) are left for the person
 * to fill in, and the coach reads them as a template rather than as vagueness.
 */
export type CoachingFix =
  /** Replace an output or a vague promise with the outcome template. */
  | { readonly kind: 'rewriteAsOutcome'; readonly text: string }
  /** Put the starting point into the same sentence. */
  | { readonly kind: 'addBaseline'; readonly text: string }
  /**
   * Keep the work as an initiative under this key result (the Initiatives list) and give the
   * key result the outcome template instead.
   */
  | { readonly kind: 'moveToInitiatives'; readonly initiativeTitle: string; readonly text: string };

export type CoachingFixKind = CoachingFix['kind'];

/** How a language turns a finding on a title into fixes; English's is `englishFixes`. */
export type FixesFor = (rule: RuleId, text: TextFeatures) => readonly CoachingFix[];

/** How one language words its fixes: the outcome template and two rewrites of a title. */
export interface FixWording {
  /** A key result's outcome form, with blanks: "Increase <metric> from X to Y". */
  readonly outcome: string;
  /** A direction given its range: "Reduce churn" → "Reduce churn from X to Y". */
  readonly withRange: (written: string) => string;
  /** A target given its starting point: "Increase conversion by 20%" → "… from X by 20%". */
  readonly withBaseline: (written: string) => string;
}

/** The fixes of a language, built from the sentence as written. */
export function fixesIn(wording: FixWording): FixesFor {
  return (rule, text) => {
    const written = text.text.replace(/[.!]+$/, '');
    switch (rule) {
      case 'key-result.activity':
        return [
          { kind: 'moveToInitiatives', initiativeTitle: written, text: wording.outcome },
          { kind: 'rewriteAsOutcome', text: wording.outcome },
        ];
      case 'key-result.vague':
        return [{ kind: 'rewriteAsOutcome', text: wording.withRange(written) }];
      case 'key-result.measurable':
      case 'key-result.binary':
        return [{ kind: 'rewriteAsOutcome', text: wording.outcome }];
      case 'key-result.baseline':
      case 'key-result.multiplier':
        return [{ kind: 'addBaseline', text: wording.withBaseline(written) }];
      default:
        return [];
    }
  };
}

export const englishFixes: FixesFor = fixesIn({
  outcome: 'Increase <metric> from X to Y',
  withRange: (written) => `${written} from X to Y`,
  withBaseline,
});

/**
 * "Churn reduced to 5%" → "Churn reduced from X to 5%"; "Increase conversion by 20%" →
 * "Increase conversion from X by 20%"; "Double sign-ups" → "Double sign-ups from X to Y".
 */
function withBaseline(written: string): string {
  const target = /\b(to|by)(\s+[$€£]?\d)/i.exec(written);
  if (target) {
    return `${written.slice(0, target.index)}from X ${written.slice(target.index)}`;
  }
  return `${written} from X to Y`;
}
