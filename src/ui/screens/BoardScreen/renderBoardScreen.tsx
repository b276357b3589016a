import { lazy, Suspense } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Toaster,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import type { KeyResult, Objective } from '../../../core/model';
import { Board } from '../../components/Board/Board';
import { CheckInDialog } from '../../components/CheckInDialog/CheckInDialog';
import { HistoryChart } from '../../components/HistoryChart/HistoryChart';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { BoardScreenState } from './BoardScreen.types';
import { renderBoardActions } from './renderBoardActions';
import { renderDeepLinkNotice } from './renderDeepLinkNotice';
import type { useBoardScreenStyles } from './useBoardScreenStyles';

// The editors (and the coaching rules they run while typing) load when one is first opened.
const ObjectiveEditor = lazy(() =>
  import('../../components/ObjectiveEditor/ObjectiveEditor').then(({ ObjectiveEditor }) => ({
    default: ObjectiveEditor,
  })),
);
const KeyResultEditor = lazy(() =>
  import('../../components/KeyResultEditor/KeyResultEditor').then(({ KeyResultEditor }) => ({
    default: KeyResultEditor,
  })),
);

const deleteObjective = (state: BoardScreenState, objective: Objective) => () => {
  state.closeEditor();
  state.actions.requestDelete({ kind: 'objective', objective });
};

const deleteKeyResult = (state: BoardScreenState, keyResult: KeyResult) => () => {
  state.closeEditor();
  state.actions.requestDelete({ kind: 'keyResult', keyResult });
};

function renderContent(state: BoardScreenState) {
  const { data } = state;
  if (data.status === 'loading') return <LoadingState label="Loading the OKR board" />;
  if (data.status === 'error') return <ErrorState error={data.error} onRetry={state.reload} />;
  if (data.status === 'noCycle') {
    return (
      <EmptyState
        title="No OKR cycle is running"
        message="When your organisation starts a cycle (a quarter, say), its OKRs show up here."
      />
    );
  }
  if (state.teams.length === 0) {
    return state.mine ? (
      <EmptyState
        title="You own no OKRs in this cycle"
        message="Objectives and key results you own, in any team, show up here so you can check in on them in seconds."
      />
    ) : (
      <EmptyState
        title="No objectives yet"
        message="Start with one objective: where do you want to be at the end of the cycle, and why does it matter?"
        action={
          state.editable ? (
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => state.openEditor({ kind: 'objective' })}
            >
              Create the first objective
            </Button>
          ) : undefined
        }
      />
    );
  }
  return (
    <Board
      teams={state.teams}
      label={state.label}
      confidenceMax={state.confidenceMax}
      onCheckIn={state.openCheckIn}
      onShowHistory={state.openHistory}
      onCopyLink={state.actions.copyKeyResultLink}
      {...(state.nudge ? { nudge: state.nudge } : {})}
      onCopyObjectiveLink={state.actions.copyObjectiveLink}
      {...(state.focusTarget ? { focusTarget: state.focusTarget } : {})}
      onFocusTargetShown={state.onFocusTargetShown}
      {...(state.canSetStatus
        ? {
            onSetStatus: state.actions.setKeyResultStatus,
            onSetObjectiveStatus: state.actions.setObjectiveStatus,
          }
        : {})}
      {...(state.editable
        ? {
            onEdit: state.editKeyResult,
            onEditObjective: state.editObjective,
            onAddKeyResult: state.addKeyResult,
          }
        : {})}
    />
  );
}

export function renderBoardScreen(
  state: BoardScreenState,
  styles: ReturnType<typeof useBoardScreenStyles>,
) {
  const { cycle, board, editor } = state;
  return (
    <section className={styles.root} aria-label={state.label}>
      {state.data.status === 'ready' && state.teams.length > 0 ? (
        <div className={styles.toolbar}>
          <span className={styles.spacer} />
          <Button icon={<ArrowDownloadRegular />} onClick={state.exportCsv}>
            Export CSV
          </Button>
          {state.editable ? (
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => state.openEditor({ kind: 'objective' })}
            >
              New objective
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.deepLinkNotice ? (
        <div className={styles.notice}>{renderDeepLinkNotice(state)}</div>
      ) : null}
      <div className={styles.board}>{renderContent(state)}</div>
      <div className={styles.liveRegion} role="status" aria-live="polite">
        {state.announcement}
      </div>
      {cycle ? (
        <CheckInDialog
          keyResult={state.checkInOn}
          cycle={cycle}
          onDismiss={state.closeCheckIn}
          onSaved={state.onCheckInSaved}
        />
      ) : null}
      <Dialog
        open={state.historyOf !== undefined}
        onOpenChange={(_, data) => {
          if (!data.open) state.closeHistory();
        }}
      >
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>
              {state.historyOf ? `History: ${state.historyOf.title}` : 'History'}
            </DialogTitle>
            <DialogContent>
              {state.historyOf ? (
                <HistoryChart
                  keyResult={state.historyOf}
                  checkIns={state.historyCheckIns}
                  confidenceMax={state.confidenceMax}
                  {...(cycle ? { period: { start: cycle.start, end: cycle.end } } : {})}
                />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button onClick={state.closeHistory}>Close</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Suspense fallback={null}>
        {board && editor?.kind === 'objective' ? (
          <ObjectiveEditor
            board={board}
            objective={editor.objective}
            {...(state.ownTeamId ? { defaultTeamId: state.ownTeamId } : {})}
            onDismiss={state.closeEditor}
            onSaved={state.onObjectiveSaved}
            {...(editor.objective ? { onDelete: deleteObjective(state, editor.objective) } : {})}
          />
        ) : null}
        {board && editor?.kind === 'keyResult' ? (
          <KeyResultEditor
            objective={editor.objective}
            keyResult={editor.keyResult}
            onDismiss={state.closeEditor}
            onSaved={state.onKeyResultSaved}
            siblings={state.board?.keyResults.filter(
              (kr) => kr.objectiveId === editor.objective.id,
            )}
            onMoved={state.onMovedToInitiatives}
            {...(editor.keyResult ? { onDelete: deleteKeyResult(state, editor.keyResult) } : {})}
          />
        ) : null}
      </Suspense>
      {renderBoardActions(state.actions, cycle)}
      {state.nudge ? <Toaster toasterId={state.nudge.toasterId} position="bottom-end" /> : null}
    </section>
  );
}
