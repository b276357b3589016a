import { useCallback } from 'react';
import { mayCorrectCheckIn } from '../../../core/check-in';
import type { CheckIn, KeyResult, Objective } from '../../../core/model';
import { CheckInDialog } from '../../components/CheckInDialog/CheckInDialog';
import { HistoryDialog } from '../../components/HistoryDialog/HistoryDialog';
import { sayNotLoaded } from '../../components/States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../../components/States/lazyPart';
import { BottomToaster } from '../../components/Toasts/Toasts';
import { useAppServices } from '../../app/AppServices';
import type { BoardScreenState } from './BoardScreen.types';
import { renderBoardActions } from './renderBoardActions';
import { useBoardScreenStyles } from './useBoardScreenStyles';
import { useCheckInCorrections } from './useCheckInCorrections';
import { reloadable } from '../../../reloadable';

// The editors (and the coaching rules they run while typing) load when one is first opened; one
// that cannot be loaded says so where it would have opened, and opening it again loads it again.
const loadObjectiveEditor = reloadable(
  () => import('../../components/ObjectiveEditor/ObjectiveEditor'),
);
const loadCorrectCheckInDialog = reloadable(
  () => import('../../components/CorrectCheckInDialog/CorrectCheckInDialog'),
);
const loadKeyResultEditor = reloadable(
  () => import('../../components/KeyResultEditor/KeyResultEditor'),
);
const ObjectiveEditor = lazyPart(() =>
  loadObjectiveEditor().then((editor) => editor.ObjectiveEditor),
);
const CorrectCheckInDialog = lazyPart(() =>
  loadCorrectCheckInDialog().then((dialog) => dialog.CorrectCheckInDialog),
);
const KeyResultEditor = lazyPart(() =>
  loadKeyResultEditor().then((editor) => editor.KeyResultEditor),
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
 * The board screen's dialogs, editors and toasters: a chunk of their own, loaded when one of
 * them is first wanted (the board's first screen shows none of them).
 */
export default function BoardOverlays({ state }: { readonly state: BoardScreenState }) {
  // Only OKR admins and coaches may delete objectives and KRs (the site's rule, access.ts).
  const { roles, me } = useAppServices();
  const styles = useBoardScreenStyles();
  // The reader may correct a check-in they made; a coach, any.
  const mayCorrect = useCallback(
    (checkIn: CheckIn) => mayCorrectCheckIn(me, checkIn, roles.coach),
    [me, roles.coach],
  );
  const { cycle, board } = state;
  const { editor } = state.editing;
  // Here, not in the board's first screen: a toast of a save or a correction comes from an
  // overlay, which has loaded by then.
  const corrections = useCheckInCorrections(
    state.actions.toasterId,
    state.history.keyResult,
    state.applyCorrection,
    state.region,
  );
  const { keyResult: checkingIn, onSaved } = state.checkIn;
  const { showCheckInSaved } = corrections;
  const onCheckInSaved = useCallback<typeof onSaved>(
    (saved) => {
      onSaved(saved);
      showCheckInSaved(saved, checkingIn);
    },
    [onSaved, showCheckInSaved, checkingIn],
  );
  return (
    <>
      {cycle ? (
        <CheckInDialog
          keyResult={state.checkIn.keyResult}
          cycle={cycle}
          onDismiss={state.checkIn.close}
          onSaved={onCheckInSaved}
        />
      ) : null}
      <HistoryDialog
        keyResult={state.history.keyResult}
        checkIns={state.history.checkIns}
        confidenceMax={state.confidenceMax}
        {...(cycle ? { period: { start: cycle.start, end: cycle.end } } : {})}
        // A closed cycle's record is final: none of its check-ins is corrected.
        {...(cycle?.state === 'closed'
          ? {}
          : { onCorrect: corrections.openCorrection, mayCorrect })}
        onClose={state.history.close}
      >
        {/* Nested in the history dialog (Fluent's nested dialogs), so closing it gives the
            history back its focus and its place in the accessibility tree. */}
        <OnDemand
          parts={[CorrectCheckInDialog]}
          resetKeys={[corrections.correcting]}
          fallback={sayNotLoaded}
        >
          {corrections.correcting ? (
            <CorrectCheckInDialog
              target={corrections.correcting}
              {...(cycle ? { cycle } : {})}
              onDismiss={corrections.closeCorrection}
              onCorrected={corrections.onCorrected}
            />
          ) : null}
        </OnDemand>
      </HistoryDialog>
      <OnDemand
        parts={[ObjectiveEditor, KeyResultEditor]}
        resetKeys={[editor]}
        fallback={(error, retry) => (
          <div className={styles.notice}>{sayNotLoaded(error, retry)}</div>
        )}
      >
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
      </OnDemand>
      {renderBoardActions(state.actions, cycle)}
      {state.nudge ? <BottomToaster toasterId={state.nudge.toasterId} /> : null}
    </>
  );
}
