import { Button } from '@fluentui/react-components';
import type { KeyboardEvent, PointerEvent } from 'react';
import { AddRegular } from '@fluentui/react-icons';
import { Board } from '../../components/Board/Board';
import { RowClassesProvider } from '../../components/RowClasses';
import { ClosedCyclePartsProvider } from '../../board/closedCycle';
import { BoardToolbar } from '../../components/BoardToolbar/BoardToolbar';
import { useNarrowLabels } from '../../components/BoardToolbar/useNarrowLabels';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorStateOnDemand, sayNotLoaded } from '../../components/States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../../components/States/lazyPart';
import { LoadingState } from '../../components/States/LoadingState';
import { boardSorts } from '../../../core/board-filter';
import type { BoardScreenState } from './BoardScreen.types';
import type { useBoardScreenStyles } from './useBoardScreenStyles';
import { reloadable } from '../../../reloadable';

// What the board's first paint does not show loads later: the dialogs, editors and toasters when
// one is first wanted (`state.overlays`), the deep link's notice when there is one.
const loadBoardOverlays = reloadable(() => import('./BoardOverlays'));
const loadDeepLinkNotice = reloadable(() => import('./DeepLinkNotice'));
const BoardOverlays = lazyPart(() => loadBoardOverlays().then((overlays) => overlays.default));
// The "Key results" list, when it is chosen.
const loadKeyResults = reloadable(() => import('./BoardKeyResults'));
const BoardKeyResults = lazyPart(() => loadKeyResults().then((list) => list.default));
const DeepLinkNotice = lazyPart(() => loadDeepLinkNotice().then((notice) => notice.DeepLinkNotice));
// A parent team's sub-teams, and where an empty board's OKRs are.
const loadSubTeams = reloadable(() => import('./SubTeams'));
const SubTeams = lazyPart(() => loadSubTeams().then((part) => part.default));

/**
 * A button or menu item pressed may open a dialog: the dialogs' chunk starts loading as it is
 * pressed (a click comes as the press ends), so the dialog shows with the click.
 */
function prepareOverlays(event: PointerEvent | KeyboardEvent) {
  if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
  if (event.target instanceof Element && event.target.closest('button, [role^="menuitem"]')) {
    BoardOverlays.prepare();
  }
}

/** At the toolbar's end; in a narrow frame, where the toolbar is one row, its icon only. */
function NewObjectiveButton({
  label,
  onClick,
}: {
  readonly label: string;
  readonly onClick: () => void;
}) {
  const { labelled } = useNarrowLabels();
  return labelled(label, (text) => (
    <Button
      appearance="primary"
      icon={<AddRegular />}
      {...(text ? {} : { 'aria-label': label })}
      onClick={onClick}
    >
      {text}
    </Button>
  ));
}

function objectiveIds(state: BoardScreenState): string[] {
  return state.view.teams.flatMap((team) => team.objectives.map((view) => view.objective.id));
}

function allCollapsed(state: BoardScreenState): boolean {
  const ids = objectiveIds(state);
  return ids.length > 0 && ids.every((id) => state.view.filter.collapsed.has(id));
}

function renderContent(state: BoardScreenState, styles: ReturnType<typeof useBoardScreenStyles>) {
  const { data } = state;
  const { say } = state.words;
  if (data.status === 'loading') return <LoadingState label={say('Loading the OKR board')} />;
  if (data.status === 'error')
    return <ErrorStateOnDemand error={data.error} onRetry={state.retry} />;
  if (data.status === 'noCycle') {
    return (
      state.noCycle ?? (
        <EmptyState
          title={say('No OKR cycle is running')}
          message={say(
            'When your organisation starts a cycle (a quarter, say), its OKRs show up here.',
          )}
        />
      )
    );
  }
  // The list says itself when the search and filters keep no KR.
  if (state.layout === 'list' && state.view.shown.objectivesOnBoard > 0) {
    return (
      <OnDemand
        parts={[BoardKeyResults]}
        fallback={(error, retry) => (
          <div className={styles.notice}>{sayNotLoaded(error, retry)}</div>
        )}
        loading={<LoadingState label={say('Loading the key results')} />}
      >
        <BoardKeyResults state={state} />
      </OnDemand>
    );
  }
  if (state.view.teams.length === 0 && state.view.shown.objectivesOnBoard > 0) {
    return (
      <EmptyState
        title={say('Nothing matches')}
        message={say('No objective or key result on this board matches the search and filters.')}
        action={<Button onClick={state.view.filter.clear}>{say('Clear filters')}</Button>}
      />
    );
  }
  if (state.view.teams.length === 0) {
    const plain = state.mine ? (
      state.noneOwned
    ) : state.cycle?.state === 'closed' ? (
      <EmptyState title={say('No objectives')} message={say('This cycle is closed.')} />
    ) : (
      <EmptyState
        title={say('No objectives yet')}
        message={say(
          'Start with one objective: where do you want to be at the end of the cycle, and why does it matter?',
        )}
        action={
          state.editable ? (
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => state.editing.open({ kind: 'objective' })}
            >
              {say('Create the first objective')}
            </Button>
          ) : undefined
        }
      />
    );
    // What an empty board offers besides (the teams under the tab's, the cycles holding its
    // teams' OKRs) loads on demand.
    return state.mine ? (
      plain
    ) : (
      <OnDemand parts={[SubTeams]} fallback={() => plain} loading={plain}>
        <SubTeams state={state} plain={plain} />
      </OnDemand>
    );
  }
  // The rows' Fluent classes are taken here, once: the board renders again at every scrolled frame.
  return (
    <RowClassesProvider>
      <ClosedCyclePartsProvider value={state.closedCycle}>
        <Board
          teams={state.view.teams}
          trends={state.view.trends}
          confidenceMax={state.confidenceMax}
          onCheckIn={state.cycle?.state === 'closed' ? undefined : state.checkIn.open}
          onShowHistory={state.history.open}
          onCopyLink={state.actions.copyKeyResultLink}
          nudge={state.nudge}
          onCopyObjectiveLink={state.actions.copyObjectiveLink}
          focusTarget={state.landing.focusTarget}
          onFocusTargetShown={state.landing.onFocusTargetShown}
          collapsedIds={state.view.filter.collapsed}
          onToggleCollapsed={state.view.filter.toggleCollapsed}
          {...(state.canSetStatus
            ? {
                onSetStatus: state.actions.setKeyResultStatus,
                onSetObjectiveStatus: state.actions.setObjectiveStatus,
              }
            : {})}
          {...(state.editable
            ? {
                onEdit: state.editing.editKeyResult,
                onEditObjective: state.editing.editObjective,
                onAddKeyResult: state.editing.addKeyResult,
              }
            : {})}
        />
      </ClosedCyclePartsProvider>
    </RowClassesProvider>
  );
}

/**
 * The overlays, or, when their chunk could not be loaded, nothing until one is asked for: that
 * loads them again, and if they still cannot be loaded, a message bar over the board says so.
 */
function renderOverlays(state: BoardScreenState, styles: ReturnType<typeof useBoardScreenStyles>) {
  const asked = state.askedOfOverlays;
  return (
    <OnDemand
      parts={[BoardOverlays]}
      resetKeys={asked}
      fallback={(error, retry) =>
        asked.some(Boolean) ? (
          <div className={styles.notice}>{sayNotLoaded(error, retry)}</div>
        ) : null
      }
    >
      <BoardOverlays state={state} />
    </OnDemand>
  );
}

export function renderBoardScreen(
  state: BoardScreenState,
  styles: ReturnType<typeof useBoardScreenStyles>,
) {
  return (
    <section
      ref={state.region}
      className={styles.root}
      aria-label={state.label}
      onPointerDown={prepareOverlays}
      onKeyDown={prepareOverlays}
    >
      {state.closedCycle && state.board ? (
        <state.closedCycle.ClosedCycleNotice cycle={state.board.cycle} board={state.board} />
      ) : null}
      {state.data.status === 'ready' && state.view.shown.objectivesOnBoard > 0 ? (
        <BoardToolbar
          filter={state.view.filter}
          board={state.view.wholeBoard}
          shown={state.view.shown}
          loadingHistory={!state.data.history}
          {...(state.layout === 'list'
            ? { sorts: boardSorts }
            : {
                // The board groups by team: ordering by team would leave it as it is.
                sorts: boardSorts.filter((sort) => sort !== 'team'),
                collapse: {
                  all: allCollapsed(state),
                  onCollapseAll: () => state.view.filter.setCollapsed(objectiveIds(state)),
                  onExpandAll: () => state.view.filter.setCollapsed([]),
                },
              })}
          onExportCsv={state.view.exportCsv}
          onExportXlsx={state.view.exportXlsx}
          onCopyViewLink={state.view.copyViewLink}
        >
          {state.editable && state.layout === 'board' ? (
            <NewObjectiveButton
              label={state.words.say('New objective')}
              onClick={() => state.editing.open({ kind: 'objective' })}
            />
          ) : null}
        </BoardToolbar>
      ) : null}
      {state.landing.notice ? (
        <div className={styles.notice}>
          <OnDemand
            parts={[DeepLinkNotice]}
            resetKeys={[state.landing.notice]}
            fallback={sayNotLoaded}
          >
            <DeepLinkNotice landing={state.landing} />
          </OnDemand>
        </div>
      ) : null}
      {state.subTeams && state.view.shown.objectivesOnBoard > 0 ? (
        <OnDemand parts={[SubTeams]} fallback={() => null}>
          <SubTeams state={state} />
        </OnDemand>
      ) : null}
      {state.overlays ? renderOverlays(state, styles) : null}
      <div className={styles.board}>{renderContent(state, styles)}</div>
      <div className={styles.liveRegion} role="status" aria-live="polite">
        {state.announcement}
      </div>
    </section>
  );
}
