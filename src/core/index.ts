/** The domain core in one import for the store, UI and Excel: `import { … } from '../core'`. */
export * from './model';
export * from './operating-model';
export * from './i18n';
export * from './messages';
export * from './format';
export * from './issues';
export * from './parse';
export * from './plausibility';
export * from './dates';
export * from './cycles';
export * from './progress';
export * from './pace';
export * from './scoring';
export * from './confidence';
export * from './alignment';
export * from './check-in';
export * from './validation';
