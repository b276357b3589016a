/**
 * The organisation's own way of running OKRs. Every rule and computation reads these
 * choices instead of hard-coding them; a coach tailors them during familiarisation and the
 * store keeps them in the customer's SharePoint.
 */
export interface OperatingModel {
  readonly checkIn: {
    /** Days between check-ins (7 for weekly). */
    readonly cadenceDays: number;
    /** 0 = Sunday … 6 = Saturday. */
    readonly day: number;
    /** A KR with no check-in for this many days is stale. */
    readonly staleAfterDays: number;
  };
  readonly confidenceScale: { readonly min: number; readonly max: number };
  readonly scoring: {
    /** Scores run 0..max (1.0 by default). */
    readonly max: number;
    /** Aspirational sweet spot, inclusive, as fractions of max. */
    readonly aspirationalSweetSpot: readonly [number, number];
  };
  readonly pace: {
    /** Behind expected progress by more than this fraction of the expected progress: at risk. */
    readonly atRiskBehind: number;
    /** Behind by more than this: off track. */
    readonly offTrackBehind: number;
  };
  readonly limits: {
    readonly keyResultsPerObjective: { readonly min: number; readonly max: number };
    readonly objectivesPerTeam: { readonly max: number };
    readonly titleMaxLength: number;
    readonly descriptionMaxLength: number;
    readonly noteMaxLength: number;
  };
  readonly allowAspirational: boolean;
  /** The organisation's fiscal year, on which the Programme lays its quarter and year templates. */
  readonly fiscalYear: FiscalYear;
  /**
   * Who may do what, by person id (Entra object id): admins edit the story and the operating
   * model; coaches see the coach view of health across teams. Optional: with no roles listed,
   * nobody is an admin and the coach view is open to everyone.
   */
  readonly roles?: {
    readonly admins: readonly string[];
    readonly coaches: readonly string[];
  };
  /** The organisation's "why we use OKRs" story, plain text / light Markdown. */
  readonly story: string;
  /** Message locale for coaching findings and prompts. */
  readonly locale: string;
  /** The stored version this model was read at (its eTag); a save is refused if it moved on. */
  readonly version?: string;
}

/**
 * A fiscal year: the month it starts in and which calendar year names it, as Microsoft Project
 * sets one ("Fiscal year starts in", and whether the year of its first or of its last month names
 * it: https://learn.microsoft.com/en-us/office/vba/api/project.project.usefystartyear). A year
 * starting in January is the calendar year.
 */
export interface FiscalYear {
  /** 1 = January … 12 = December. */
  readonly firstMonth: number;
  /** FY2027 starting in July 2026 is named by the year it ends in (`end`), FY2026 by its `start`. */
  readonly namedBy: 'start' | 'end';
}

export const defaultOperatingModel: OperatingModel = {
  checkIn: { cadenceDays: 7, day: 1, staleAfterDays: 14 },
  confidenceScale: { min: 1, max: 10 },
  scoring: { max: 1, aspirationalSweetSpot: [0.6, 0.7] },
  pace: { atRiskBehind: 0.25, offTrackBehind: 0.5 },
  limits: {
    keyResultsPerObjective: { min: 3, max: 5 },
    objectivesPerTeam: { max: 5 },
    titleMaxLength: 150,
    descriptionMaxLength: 4000,
    noteMaxLength: 2000,
  },
  allowAspirational: true,
  // Project's default too: a fiscal year is named by the year its last month falls in.
  fiscalYear: { firstMonth: 1, namedBy: 'end' },
  story: [
    'We use OKRs to focus on the few things that matter most this quarter and to see, every week, whether we are getting there.',
    'An objective says where we want to go and why it matters; its key results say how we will know we arrived, as outcomes we can measure, not tasks we finish.',
    'Aspirational OKRs stretch us: reaching 60–70% of one is a success, and missing the rest is a lesson, never a verdict on anyone. Committed OKRs are promises we keep in full.',
    'Every week we check in with a number and our confidence, talk about what changed, and help each other. OKRs are not a to-do list and not a performance review.',
  ].join('\n\n'),
  locale: 'en',
};
