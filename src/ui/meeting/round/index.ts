export * from './types';
export * from './round';
export * from './spread';
export { discussionPrompt } from './discussion';
export * from './stage-url';
