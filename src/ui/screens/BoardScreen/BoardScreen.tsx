import { renderBoardScreen } from './renderBoardScreen';
import { useBoardScreen } from './useBoardScreen';
import { useBoardScreenStyles } from './useBoardScreenStyles';
import type { BoardScreenProps } from './BoardScreen.types';

/** A board with its loading, empty and error states, check-in, history and editors. */
export function BoardScreen(props: BoardScreenProps) {
  const state = useBoardScreen(props);
  const styles = useBoardScreenStyles();
  return renderBoardScreen(state, styles);
}
