/**
 * The OKR method's meeting rituals: the check-in round, its sealed votes and its summary.
 * `discussionPrompt` (./discussion) is imported on its own: it brings the coaching engine, which
 * the meeting pages load after their first paint.
 */
export * from './roles';
export * from './round';
export * from './round-record';
export * from './sealed-votes';
export * from './vote-statistics';
export { ritualOfTheDay } from './ritual-of-the-day';
export * from './summary';
export * from './session';
export * from './planning';
