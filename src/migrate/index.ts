/**
 * Moving in and out: read a file (Viva Goals exports, our template), plan it (the dry run), run
 * it through the `OkrRepository` port, and export. Pure except for the repository it is given.
 */
export { readImportFile, defaultReadLimits, type ReadLimits, type ReadOptions } from './read';
export {
  planImport,
  importClientId,
  planCounts,
  importKinds,
  type ImportPlan,
  type ImportKind,
  type ImportCounts,
} from './plan';
export {
  matchPeople,
  matchSite,
  runImport,
  type ImportProgress,
  type ImportReport,
  type PeopleMatch,
} from './run';
export { ImportFileError, type ImportProblem, type SourceOrganisation } from './source';
export { templateColumns, templateExample } from './template';
export { splitCsv } from './csv';
