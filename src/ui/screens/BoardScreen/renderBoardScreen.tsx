import { lazy, Suspense } from 'react';
import { Button } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import { Board } from '../../components/Board/Board';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { BoardScreenState } from './BoardScreen.types';
import type { useBoardScreenStyles } from './useBoardScreenStyles';

// What the board's first paint does not show loads after it: the dialogs, editors and toasters
// once the board is there (`state.overlays`), the deep link's notice when there is one.
const BoardOverlays = lazy(() => import('./BoardOverlays'));
const DeepLinkNotice = lazy(() =>
  import('./renderDeepLinkNotice').then(({ renderDeepLinkNotice }) => ({
    default: ({ state }: { readonly state: BoardScreenState }) => renderDeepLinkNotice(state),
  })),
);

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
        <div className={styles.notice}>
          <Suspense fallback={null}>
            <DeepLinkNotice state={state} />
          </Suspense>
        </div>
      ) : null}
      <div className={styles.board}>{renderContent(state)}</div>
      <div className={styles.liveRegion} role="status" aria-live="polite">
        {state.announcement}
      </div>
      {state.overlays ? (
        <Suspense fallback={null}>
          <BoardOverlays state={state} />
        </Suspense>
      ) : null}
    </section>
  );
}
