import type { KeyResult } from './core-api';
import type { Hit } from './rule';

const countable =
  /\b(users?|customers?|clients?|revenue|sales|sign-?ups?|leads?|downloads?|conversion|churn|retention|nps|csat|traffic|visits?|visitors|subscribers?|orders?|deals?|adoption|active|accounts?|tickets?|incidents?|uptime|latency|response time)\b/i;

/**
 * A key result tracked as done / not done whose title names something countable ("New
 * onboarding raises activation"): tracking the number would show progress. A soft hint.
 */
export const binaryKindKeyResult = {
  id: 'key-result.binary-kind',
  source: 'googleRework',
  check(kr: KeyResult): Hit | undefined {
    if (kr.kind !== 'binary') return undefined;
    const match = countable.exec(kr.title);
    return match ? { severity: 'info', params: { noun: match[0].toLowerCase() } } : undefined;
  },
} as const;
