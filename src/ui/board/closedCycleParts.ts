/*
 * A closed cycle's board: its final scores and what shows them, and the banner to the learnings of
 * its retrospective. Loaded for a closed cycle's board only (`useClosedCycleParts`).
 */
export { withFinalScores } from './finalScores';
export { FinalScoreExplained } from '../components/FinalScore/FinalScore';
export { default as ClosedCycleNotice } from '../components/ClosedCycleNotice/ClosedCycleNotice';
