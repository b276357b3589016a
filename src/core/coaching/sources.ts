/**
 * The published sources the coaching rules and prompts come from. Each rule cites the one that
 * states it; the citation says where in the source to look, the short form names it where space
 * is tight (a meeting's side panel).
 */
export const sources = {
  googleRework: {
    short: 'Google re:Work',
    citation:
      'Google re:Work, "Guide: Set goals with OKRs" — key results are measurable and easy to grade; objectives are ambitious, not business as usual (rework.withgoogle.com/guides/set-goals-with-okrs)',
  },
  googlePlaybook: {
    short: 'Google’s OKR Playbook',
    citation:
      'Google\'s OKR Playbook, reprinted in John Doerr, "Measure What Matters" (2018), Resource 1 — "Key results should describe outcomes, not activities"; classic OKR-writing mistakes (whatmatters.com)',
  },
  doerrKeyResults: {
    short: 'Doerr, Measure What Matters',
    citation:
      'John Doerr, "Measure What Matters" (2018), "Google, Meet OKRs" — key results are specific, time-bound, measurable and verifiable: "It\'s not a key result unless it has a number" (Marissa Mayer)',
  },
  doerrObjectives: {
    short: 'Doerr, Measure What Matters',
    citation:
      'John Doerr, "Measure What Matters" (2018), "Google, Meet OKRs" — an objective is what is to be achieved: significant, concrete, action-oriented and ideally inspirational',
  },
  doerrLessIsMore: {
    short: 'Doerr, Measure What Matters',
    citation:
      'John Doerr, "Measure What Matters" (2018), "Superpower #1: Focus and Commit to Priorities" — less is more: three to five objectives, each with at most five key results',
  },
  doerrAlignment: {
    short: 'Doerr, Measure What Matters',
    citation:
      'John Doerr, "Measure What Matters" (2018), "Superpower #2: Align and Connect for Teamwork" — OKRs link team goals to the company\'s',
  },
  doerrCfrs: {
    short: 'Doerr, Measure What Matters',
    citation:
      'John Doerr, "Measure What Matters" (2018), "Continuous Performance Management: OKRs and CFRs" — conversations, feedback and recognition',
  },
  wodtkeObjectives: {
    short: 'Wodtke, Radical Focus',
    citation:
      'Christina Wodtke, "Radical Focus" (2nd ed., 2021), "The OKR" — the objective is qualitative and inspirational; the key results are quantitative',
  },
  wodtkeCheckIns: {
    short: 'Wodtke, Radical Focus',
    citation:
      'Christina Wodtke, "Radical Focus" (2nd ed., 2021), "Monday commitments, Friday wins" — weekly check-ins with a confidence rating for each key result',
  },
  castroActivityKeyResults: {
    short: 'Castro, The Beginner’s Guide to OKR',
    citation:
      'Felipe Castro, "The Beginner\'s Guide to OKR" — activity-based vs value-based key results: verbs such as launch, create, develop, implement, release describe activities; use "Increase/Reduce metric from X to Y" (felipecastro.com)',
  },
  castroSoWhat: {
    short: 'Castro, the “So What?” test',
    citation:
      'Felipe Castro, "Key Results Should Pass the \'So What?\' Test" (felipecastro.com/en/blog/so-what-test/)',
  },
  castroBaseline: {
    short: 'Castro, The Beginner’s Guide to OKR',
    citation:
      'Felipe Castro, "The Beginner\'s Guide to OKR" — value-based key results state the baseline: "Increase metric from X (baseline) to Y (target)"',
  },
  perdooObjectives: {
    short: 'Perdoo, How to write great OKRs',
    citation:
      'Perdoo, "How to write great OKRs" — objectives are qualitative and inspiring and carry no metric; key results quantify them (perdoo.com/resources/online-guides/how-to-write-great-okrs)',
  },
  perdooOutcomes: {
    short: 'Perdoo, Outcomes vs outputs',
    citation:
      'Perdoo, "Outcomes vs outputs: activity or results driven?" — key results track outcomes, initiatives track outputs (perdoo.com/resources/blog/outcomes-vs-outputs)',
  },
  weekdoneMistakes: {
    short: 'Weekdone, Common OKR Mistakes',
    citation:
      'Weekdone, "Top Five Common OKR Mistakes" — too many objectives, set and forget, key results that are not numeric (blog.weekdone.com/top-five-common-okr-mistakes/)',
  },
  koliberMistakes: {
    short: 'Koliber, Top OKR mistakes',
    citation:
      'Koliber, "Top OKR mistakes, and how to fix them" — compound objectives, key results without a number or baseline (koliber.com/articles/top-okr-mistakes)',
  },
  lamorteMilestones: {
    short: 'Lamorte, The OKRs Field Book',
    citation:
      'Ben Lamorte, "The OKRs Field Book" (2022) — milestone key results are acceptable when they carry a date and sit beside metric key results that show the impact (okrstraining.com, "Types of Key Results")',
  },
  lamorteOwners: {
    short: 'Lamorte, The OKRs Field Book',
    citation:
      'Ben Lamorte, "The OKRs Field Book" (2022) — every key result has one owner who checks in on it',
  },
  googleLitmusTest: {
    short: 'Google’s OKR Playbook',
    citation:
      'Google\'s OKR Playbook, in John Doerr, "Measure What Matters" (2018), Resource 1 — the litmus test: can all key results score 1.0 and the objective still not be achieved? Committed OKRs below 1.0 get a post-mortem',
  },
  castroWhy: {
    short: 'Castro, Agile Coaches’ Corner',
    citation:
      'Felipe Castro on Agile Coaches\' Corner ep. 78, "Exploring OKRs with Felipe Castro" (AgileThought, 2020) — the why comes from leadership; the team works out the what together',
  },
  weekdoneCriticalThinking: {
    short: 'Weekdone, OKR guide',
    citation:
      'Weekdone, "Objectives and Key Results" guide — OKR as a critical thinking framework (weekdone.com/resources/objectives-key-results)',
  },
  liberatingStructures: {
    short: 'Liberating Structures',
    citation:
      'Henri Lipmanowicz and Keith McCandless, "The Surprising Power of Liberating Structures" (2014) — 1-2-4-All: think alone, then in pairs, then in fours, then together',
  },
  planningPoker: {
    short: 'Cohn, Agile Estimating and Planning',
    citation:
      'Mike Cohn, "Agile Estimating and Planning" (2005) — planning poker: reveal estimates together, then the highest and lowest explain',
  },
} as const;

export type SourceId = keyof typeof sources;

export function citation(source: SourceId): string {
  return sources[source].citation;
}

export function shortCitation(source: SourceId): string {
  return sources[source].short;
}
