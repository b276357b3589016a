import { lazy, Suspense, useCallback } from 'react';
import { mayCorrectCheckIn } from '../../../core/check-in';
import type { CheckIn, KeyResult, Objective } from '../../../core/model';
import { CheckInDialog } from '../../components/CheckInDialog/CheckInDialog';
import { HistoryDialog } from '../../components/HistoryDialog/HistoryDialog';
import { BottomToaster } from '../../components/Toasts/Toasts';
import { useAppServices } from '../../app/AppServices';
import type { BoardScreenState } from './BoardScreen.types';
import { renderBoardActions } from './renderBoardActions';

// The editors (and the coaching rules they run while typing) load when one is first opened.
const ObjectiveEditor = lazy(() =>
  import('../../components/ObjectiveEditor/ObjectiveEditor').then(({ ObjectiveEditor }) => ({
    default: ObjectiveEditor,
  })),
);
const CorrectCheckInDialog = lazy(() =>
  import('../../components/CorrectCheckInDialog/CorrectCheckInDialog').then(
    ({ CorrectCheckInDialog }) => ({ default: CorrectCheckInDialog }),
  ),
);
const KeyResultEditor = lazy(() =>
  import('../../components/KeyResultEditor/KeyResultEditor').then(({ KeyResultEditor }) => ({
    default: KeyResultEditor,
  })),
);

const deleteObjective = (state: BoardScreenState, objective: Objective) => () => {
  state.editing.close();
  state.actions.requestDelete({ kind: 'objective', objective });
};

const deleteKeyResult = (state: BoardScreenState, keyResult: KeyResult) => () => {
  state.editing.close();
  state.actions.requestDelete({ kind: 'keyResult', keyResult });
};

/**
 * The board screen's dialogs, editors and toasters: a chunk of their own, loaded once the board
 * has painted (the board's first screen shows none of them).
 */
export default function BoardOverlays({ state }: { readonly state: BoardScreenState }) {
  // Only OKR admins and coaches may delete objectives and KRs (the site's rule, access.ts).
  const { roles, me } = useAppServices();
  // The reader may correct a check-in they made; a coach, any.
  const mayCorrect = useCallback(
    (checkIn: CheckIn) => mayCorrectCheckIn(me, checkIn, roles.coach),
    [me, roles.coach],
  );
  const { cycle, board } = state;
  const { editor } = state.editing;
  return (
    <>
      {cycle ? (
        <CheckInDialog
          keyResult={state.checkIn.keyResult}
          cycle={cycle}
          onDismiss={state.checkIn.close}
          onSaved={state.checkIn.onSaved}
        />
      ) : null}
      <HistoryDialog
        keyResult={state.history.keyResult}
        checkIns={state.history.checkIns}
        confidenceMax={state.confidenceMax}
        {...(cycle ? { period: { start: cycle.start, end: cycle.end } } : {})}
        onCorrect={state.corrections.openCorrection}
        mayCorrect={mayCorrect}
        onClose={state.history.close}
      >
        {/* Nested in the history dialog (Fluent's nested dialogs), so closing it gives the
            history back its focus and its place in the accessibility tree. */}
        <Suspense fallback={null}>
          {state.corrections.correcting ? (
            <CorrectCheckInDialog
              target={state.corrections.correcting}
              {...(cycle ? { cycle } : {})}
              onDismiss={state.corrections.closeCorrection}
              onCorrected={state.corrections.onCorrected}
            />
          ) : null}
        </Suspense>
      </HistoryDialog>
      <Suspense fallback={null}>
        {board && editor?.kind === 'objective' ? (
          <ObjectiveEditor
            board={board}
            objective={editor.objective}
            {...(state.ownTeamId ? { defaultTeamId: state.ownTeamId } : {})}
            onDismiss={state.editing.close}
            onSaved={state.editing.onObjectiveSaved}
            {...(editor.objective && roles.coach
              ? { onDelete: deleteObjective(state, editor.objective) }
              : {})}
          />
        ) : null}
        {board && editor?.kind === 'keyResult' ? (
          <KeyResultEditor
            objective={editor.objective}
            keyResult={editor.keyResult}
            onDismiss={state.editing.close}
            onSaved={state.editing.onKeyResultSaved}
            siblings={state.board?.keyResults.filter(
              (kr) => kr.objectiveId === editor.objective.id,
            )}
            onMoved={state.editing.onMovedToInitiatives}
            {...(editor.keyResult && roles.coach
              ? { onDelete: deleteKeyResult(state, editor.keyResult) }
              : {})}
          />
        ) : null}
      </Suspense>
      {renderBoardActions(state.actions, cycle)}
      {state.nudge ? <BottomToaster toasterId={state.nudge.toasterId} /> : null}
    </>
  );
}
