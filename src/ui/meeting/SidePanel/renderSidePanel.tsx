import { Button, Checkbox, Link, SearchBox, Text } from '@fluentui/react-components';
import { isRolledUp } from '../../../core/roll-up';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorStateOnDemand } from '../../components/States/ErrorStateOnDemand';
import { LoadingState } from '../../components/States/LoadingState';
import { PromptSource } from '../../components/PromptSource';
import { TabListStandIn } from '../../components/TabListStandIn';
import type { Board } from '../../../store/repository';
import type { Text as BoardSayText } from '../../board/say';
import type { MeetingText } from '../meeting-words';
import type { SidePanelMode, SidePanelState } from './SidePanel.types';
import type { useSidePanelStyles } from './useSidePanelStyles';

type Styles = ReturnType<typeof useSidePanelStyles>;

export function renderSidePanel(state: SidePanelState, styles: Styles) {
  return (
    <main className={styles.root} aria-labelledby="panel-title">
      <header className={styles.header}>
        <h1 id="panel-title" className={styles.title}>
          OKR Coach
        </h1>
        {renderModeTabs(state, styles)}
      </header>
      {renderBody(state, styles)}
    </main>
  );
}

const modes = [
  { value: 'checkIn', label: 'Check-in' },
  { value: 'planning', label: 'Planning' },
] as const satisfies readonly { value: SidePanelMode; label: MeetingText | BoardSayText }[];

function renderModeTabs(state: SidePanelState, styles: Styles) {
  const { module, mark } = state.modeTabs;
  const { say } = state;
  const tabList = {
    size: 'small' as const,
    className: styles.modeTabs,
    tabs: modes.map(({ value, label }) => ({ value, label: say(label), button: mark(value) })),
    selectedValue: state.mode,
    onSelect: (mode: string) => state.setMode(mode as SidePanelMode),
    'aria-label': say('Meeting mode'),
    moreLabel: (count: number) => say('{count} more {count|mode|modes}', { count }),
  };
  return module ? <module.ViewTabs {...tabList} /> : <TabListStandIn {...tabList} />;
}

function renderBody(state: SidePanelState, styles: Styles) {
  const { data, say } = state;
  if (data.status === 'loading') return <LoadingState label={say('Loading the team’s OKRs')} />;
  if (data.status === 'error')
    return <ErrorStateOnDemand error={data.error} onRetry={state.reload} />;
  if (data.status === 'noCycle') {
    return (
      <EmptyState
        title={say('No cycle')}
        message={say(
          'There is no OKR cycle for this meeting’s tab yet. Ask an admin to create one.',
        )}
      />
    );
  }
  const { roundOnStage } = state;
  return (
    <>
      {roundOnStage ? <roundOnStage.module.RoundOnStage {...roundOnStage.props} /> : null}
      {renderPrompts(state, styles)}
      {state.mode === 'checkIn' ? renderCheckIn(state, styles) : renderPlanning(state, styles)}
    </>
  );
}

function renderPrompts(state: SidePanelState, styles: Styles) {
  const { say } = state;
  if (state.filterLeavesNone) {
    return (
      <EmptyState
        title={say('No key results in this filter')}
        message={say(
          'The team and owner chosen have no key results this cycle: there is nothing to prompt about or review. Clear the filters, or choose another team or owner.',
        )}
        action={<Button onClick={state.clearFilter}>{say('Clear filters')}</Button>}
      />
    );
  }
  return (
    <section className={styles.section} aria-labelledby="prompts-title">
      <h2 id="prompts-title" ref={state.promptsHeading} tabIndex={-1} className={styles.heading}>
        {say(state.mode === 'planning' ? 'Planning prompts' : 'Weekly check-in prompts')}
      </h2>
      <ul className={styles.list}>
        {state.prompts.map((prompt) => (
          <li key={`${prompt.id}:${prompt.target?.id ?? ''}`}>
            <Text size={200}>{prompt.text}</Text>
            <PromptSource
              short={prompt.shortCitation}
              citation={prompt.citation}
              label={say('Source: {source}', { source: prompt.shortCitation })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function renderCheckIn(state: SidePanelState, styles: Styles) {
  const { say } = state;
  if (state.groups.every((group) => group.keyResults.length === 0)) {
    return (
      <EmptyState
        title={say('No key results yet')}
        message={say('Draft objectives and key results in planning mode first.')}
      />
    );
  }
  if (state.shareRefusal) return renderKeyResultsToSee(state, state.shareRefusal, styles);
  // Share to stage follows the list, not in it: it stays at the panel's foot however far the
  // list runs.
  return (
    <>
      <section className={styles.section} aria-labelledby="pick-title">
        <h2 id="pick-title" className={styles.heading}>
          {say('Key results to review')}
        </h2>
        {renderKeyResultSearch(state, styles)}
        {state.pickerGroups.map(({ objective, keyResults }) => {
          // A KR rolled up from the OKRs aligned to it takes no check-in: shown, not offered.
          const checkable = keyResults.filter((kr) => !isRolledUp(kr));
          const picked = checkable.filter((kr) => state.selected.has(kr.id)).length;
          return keyResults.length ? (
            <fieldset key={objective.id} className={styles.group}>
              <legend className={styles.legend}>{objective.title}</legend>
              {/* One key result is picked by its own box: "All 1 of this objective" says nothing more. */}
              {checkable.length > 1 ? (
                <Checkbox
                  size="medium"
                  label={say('All {count} of this objective', { count: checkable.length })}
                  checked={picked === 0 ? false : picked === checkable.length ? true : 'mixed'}
                  onChange={() => state.toggleAll(checkable.map((kr) => kr.id))}
                />
              ) : null}
              {keyResults.map((kr) =>
                isRolledUp(kr) ? (
                  <Checkbox
                    key={kr.id}
                    className={styles.indented}
                    disabled
                    checked={false}
                    label={say('{title} (rolled up: check in on its sources)', { title: kr.title })}
                  />
                ) : (
                  <Checkbox
                    key={kr.id}
                    className={styles.indented}
                    label={kr.title}
                    checked={state.selected.has(kr.id)}
                    onChange={() => state.toggle(kr.id)}
                  />
                ),
              )}
            </fieldset>
          ) : null;
        })}
      </section>
      {renderShare(state, styles)}
    </>
  );
}

/**
 * An attendee's list: the key results to review, read, not picked. Teams denies an attendee the
 * share permission outright (getAppContentStageSharingCapabilities answers false: "Attendee won't
 * have the share to stage button enabled",
 * https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage),
 * so boxes to pick what they cannot share, and a button they cannot press, are not offered: why is
 * said first, and the list is plain text, out of the tab order, the search kept to find one.
 */
function renderKeyResultsToSee(
  state: SidePanelState,
  refusal: NonNullable<SidePanelState['shareRefusal']>,
  styles: Styles,
) {
  const { say } = state;
  return (
    <section className={styles.section} aria-labelledby="pick-title" aria-describedby="pick-why">
      <h2 id="pick-title" className={styles.heading}>
        {say('Key results to review')}
      </h2>
      <Text id="pick-why" size={200} className={styles.muted}>
        {say(refusal)}
      </Text>
      {renderKeyResultSearch(state, styles)}
      {state.pickerGroups.map(({ objective, keyResults }) =>
        keyResults.length ? (
          <div key={objective.id} className={styles.group}>
            <Text id={`see-${objective.id}`} className={styles.legend}>
              {objective.title}
            </Text>
            <ul className={styles.list} aria-labelledby={`see-${objective.id}`}>
              {keyResults.map((kr) => (
                <li key={kr.id}>
                  <Text size={300}>{kr.title}</Text>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
}

/**
 * The round narrowed to a team and an owner (`RoundFilters`), then the search over the key
 * results to review, and what it says when none is left.
 */
function renderKeyResultSearch(state: SidePanelState, styles: Styles) {
  const { say } = state;
  const { teams, owners } = state.filterChoices;
  return (
    <>
      {teams.length > 1 || owners.length > 1 ? (
        state.roundFilters ? (
          <state.roundFilters.RoundFilters
            state={state}
            className={styles.filters}
            fieldClassName={styles.filter}
            dropdownClassName={styles.filterDropdown}
          />
        ) : (
          // Their room, kept until they are in, so that the key results do not move down.
          <div className={styles.filtersPending} />
        )
      ) : null}
      <SearchBox
        size="small"
        aria-label={say('Search key results')}
        placeholder={say('Search key results')}
        dismiss={{ 'aria-label': say('Clear the search') }}
        value={state.search}
        onChange={(_event, data) => state.setSearch(data.value)}
      />
      {/* A team and owner that leave none are said once, by the empty state in the prompts' place. */}
      {state.pickerGroups.length === 0 && !state.filterLeavesNone ? (
        <Text size={200}>{say('No key result matches “{search}”.', { search: state.search })}</Text>
      ) : null}
    </>
  );
}

function renderShare(state: SidePanelState, styles: Styles) {
  const count = state.selected.size;
  const { share, say } = state;
  return (
    <div className={styles.shareBar}>
      {state.canShare ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            className={styles.shareButton}
            disabledFocusable={
              count === 0 || share.status === 'sharing' || share.status === 'checking'
            }
            onClick={state.shareToStage}
          >
            {say('Share to stage')}
          </Button>
        </div>
      ) : state.canShare === false ? (
        <Text size={200} className={styles.muted}>
          {say('Sharing to the meeting stage is not available here.')}
          {state.stageUrl ? (
            <>
              {' '}
              <Link href={state.stageUrl} target="_blank" rel="noopener">
                {say('Open the round in a new window')}
              </Link>
            </>
          ) : null}
        </Text>
      ) : null}
      <Text size={200} role="status" aria-live="polite">
        {count === 0
          ? say('Pick the key results to review.')
          : say('{count} {count|key result|key results} picked.', { count })}
        {share.status === 'checking'
          ? ` ${say('Checking whether a check-in round is still running…')}`
          : ''}
        {share.status === 'shared'
          ? ` ${say(state.offStage ? 'Not on the stage now.' : 'Shared to the stage.')}`
          : ''}
      </Text>
      {renderShareParts(state)}
    </div>
  );
}

function renderShareParts(state: SidePanelState) {
  const { shareParts, share } = state;
  const failure = share.status === 'failed' ? share.message : undefined;
  if (!shareParts) {
    // Without the message bar's chunk (the one that failed to load), the failure is said as text.
    return failure === undefined ? null : (
      <Text size={200} role="alert">
        {failure}
      </Text>
    );
  }
  return (
    <>
      <shareParts.ShareFailure message={failure} />
      <shareParts.ReplaceRoundDialog
        open={state.confirmingReplace}
        summary={state.replacingSummary}
        running={state.runningRound}
        unchecked={state.roundUnchecked}
        onReplace={state.confirmReplace}
        onKeep={state.cancelReplace}
      />
    </>
  );
}

function renderPlanning(state: SidePanelState, styles: Styles) {
  const { board, say } = state;
  return (
    <section className={styles.section} aria-labelledby="plan-title">
      <h2 id="plan-title" className={styles.heading}>
        {say('Objectives this cycle')}
      </h2>
      {state.groups.length ? (
        <ul className={styles.list}>
          {state.groups.map(({ objective, keyResults }) => (
            <li key={objective.id}>
              <Text weight="semibold">{objective.title}</Text>{' '}
              <Text className={styles.muted}>
                ({say('{count} {count|key result|key results}', { count: keyResults.length })})
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size={200}>{say('No objectives yet: draft the first one together.')}</Text>
      )}
      {board ? renderDrafts(state, board, styles) : null}
    </section>
  );
}

function renderDrafts(state: SidePanelState, board: Board, styles: Styles) {
  if (state.planning) {
    return <state.planning.Planning board={board} onSaved={state.onObjectiveSaved} />;
  }
  if (state.planningNotLoaded === undefined) {
    return <LoadingState label={state.say('Opening the shared drafts')} rows={2} />;
  }
  return (
    <div className={styles.actions}>
      <Text size={200} role="alert">
        {state.planningNotLoaded}
      </Text>
      <Button onClick={state.openPlanning}>{state.say('Try again')}</Button>
    </div>
  );
}
