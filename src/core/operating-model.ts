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
}
