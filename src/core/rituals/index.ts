/** The OKR method's meeting rituals: the check-in round, its sealed votes and its summary. */
export * from './roles';
export * from './round';
export * from './sealed-votes';
export * from './vote-statistics';
export { discussionPrompt } from './discussion';
export { ritualOfTheDay } from './ritual-of-the-day';
export * from './summary';
export * from './session';
export * from './planning';
