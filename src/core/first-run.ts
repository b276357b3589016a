/**
 * The guided first run (familiarisation): a few questions about the organisation, and the
 * operating model proposed from the answers, each choice with its reason. Pure.
 */
import type { Cycle } from './model';
import { defaultOperatingModel, type OperatingModel } from './operating-model';

export const organisationSizes = ['small', 'medium', 'large'] as const;
export type OrganisationSize = (typeof organisationSizes)[number];
export const cadences = ['weekly', 'fortnightly'] as const;
export type Cadence = (typeof cadences)[number];
export const commitmentStyles = ['both', 'committedOnly'] as const;
export type CommitmentStyle = (typeof commitmentStyles)[number];

export interface FirstRunAnswers {
  /** small: up to 50 people; medium: up to 500; large: more. */
  readonly size: OrganisationSize;
  readonly teamCount: number;
  readonly cadence: Cadence;
  readonly newToOkrs: boolean;
  readonly commitment: CommitmentStyle;
  /** 0 = Sunday … 6 = Saturday. */
  readonly checkInDay: number;
}

/** Why the first run proposed a choice, in English: the key of its translations. */
export type ProposalReason =
  | 'Check in every week: a short weekly rhythm keeps OKRs alive (Wodtke, Radical Focus).'
  | 'Check in every two weeks, as you asked; KRs go stale after two missed check-ins.'
  | 'OKRs are new here: start small, with at most 3 objectives per team and 2–4 key results each (Doerr, Measure What Matters: fewer is better).'
  | 'Committed and aspirational OKRs both: committed ones are kept in full, aspirational ones succeed at 0.6–0.7 (Google re:Work).'
  | 'Committed OKRs only: every OKR is a promise to deliver in full, scored against 1.0.'
  | 'Many teams: align team objectives to the company’s, and name coaches so each team has someone to ask.';

export interface ProposedModel {
  readonly model: OperatingModel;
  /** Why each choice was made, in the order a coach would explain them. */
  readonly reasons: readonly ProposalReason[];
}

export function proposeOperatingModel(
  answers: FirstRunAnswers,
  base: OperatingModel = defaultOperatingModel,
): ProposedModel {
  const reasons: ProposalReason[] = [];
  const cadenceDays = answers.cadence === 'weekly' ? 7 : 14;
  reasons.push(
    answers.cadence === 'weekly'
      ? 'Check in every week: a short weekly rhythm keeps OKRs alive (Wodtke, Radical Focus).'
      : 'Check in every two weeks, as you asked; KRs go stale after two missed check-ins.',
  );
  const newcomer = answers.newToOkrs;
  const limits = newcomer
    ? {
        ...base.limits,
        objectivesPerTeam: { max: Math.min(base.limits.objectivesPerTeam.max, 3) },
        keyResultsPerObjective: {
          min: 2,
          max: Math.min(base.limits.keyResultsPerObjective.max, 4),
        },
      }
    : base.limits;
  if (newcomer) {
    reasons.push(
      'OKRs are new here: start small, with at most 3 objectives per team and 2–4 key results each (Doerr, Measure What Matters: fewer is better).',
    );
  }
  const allowAspirational = answers.commitment === 'both';
  reasons.push(
    allowAspirational
      ? 'Committed and aspirational OKRs both: committed ones are kept in full, aspirational ones succeed at 0.6–0.7 (Google re:Work).'
      : 'Committed OKRs only: every OKR is a promise to deliver in full, scored against 1.0.',
  );
  if (answers.size === 'large' || answers.teamCount > 10) {
    reasons.push(
      'Many teams: align team objectives to the company’s, and name coaches so each team has someone to ask.',
    );
  }
  return {
    model: {
      ...base,
      checkIn: { cadenceDays, day: answers.checkInDay, staleAfterDays: cadenceDays * 2 },
      limits,
      allowAspirational,
    },
    reasons,
  };
}

/**
 * Whether the programme still wants its guided first run: it has no team or no cycle yet, or its
 * cycles are all still in planning with no coaching plan (nothing has run, nothing was planned).
 * Decided from what the site holds, so a programme set up elsewhere (an import, another admin)
 * is not sent back to the start.
 */
export function programmeNeedsFirstRun(programme: {
  readonly teams: readonly unknown[];
  readonly cycles: readonly Pick<Cycle, 'state' | 'coachingPlan'>[];
}): boolean {
  if (programme.teams.length === 0 || programme.cycles.length === 0) return true;
  return programme.cycles.every((cycle) => cycle.state === 'planning' && !cycle.coachingPlan);
}
