import { useBoardWords } from '../../board/board-words';
import { renderBoard } from './renderBoard';
import { useBoard } from './useBoard';
import { useBoardStyles } from './useBoardStyles';
import type { BoardProps } from './Board.types';

/** Objectives grouped by team, virtualised. */
export function Board(props: BoardProps) {
  const state = useBoard(props);
  const styles = useBoardStyles();
  return renderBoard(props, state, styles, useBoardWords());
}
