import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardScreenStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  board: { flexGrow: 1, minHeight: 0 },
  liveRegion: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
