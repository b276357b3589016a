import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../components/visuallyHidden';

export const useBoardScreenStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  board: { flexGrow: 1, minHeight: 0 },
  liveRegion: visuallyHidden,
});
