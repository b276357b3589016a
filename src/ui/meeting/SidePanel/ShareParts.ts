// What Share to stage may show, in one chunk loaded once the panel is painted.
export { ReplaceRoundDialog } from './ReplaceRoundDialog';
export { ShareFailure } from './ShareFailure';
