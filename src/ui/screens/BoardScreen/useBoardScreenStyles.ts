import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardScreenStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  board: { flexGrow: 1, minHeight: 0 },
  /** The history's chart and table need more room than a form dialog. */
  history: { maxWidth: 'min(800px, calc(100vw - 32px))' },
  liveRegion: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
