import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  ProgressBar,
  Select,
  Subtitle2,
  Switch,
  Text,
  Title3,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { MessageBarOnDemand } from '../../ui/components/MessageBarOnDemand';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { sendLabel, sheetStatus } from '../sync/sheet-status';
import { cellPlace } from '../workbook/types';
import type { SheetSummary } from '../sync/workbook-sync';
import type { TaskPaneState } from './TaskPane.types';
import type { useTaskPaneStyles } from './useTaskPaneStyles';
import { reloadable } from '../../reloadable';

type Styles = ReturnType<typeof useTaskPaneStyles>;

// Shown once their module is in: `useTaskPane` loads it with the prompts and with the findings.
const loadCoaching = reloadable(() => import('./TaskPaneCoaching'));
const PromptItems = lazy(() =>
  loadCoaching().then(({ PromptItems }) => ({ default: PromptItems })),
);
const SheetFindings = lazy(() =>
  loadCoaching().then(({ SheetFindings }) => ({ default: SheetFindings })),
);

function cellText(value: unknown): string {
  return value === '' || value === undefined ? '–' : String(value);
}

/**
 * Rows not sent, each with its row in the sheet, its title and why, under what they have in
 * common: the reason names the column, the row number where it is in a long sheet.
 */
function renderRowMessages(
  rows: SheetSummary['readOnly'],
  heading: string,
  testId: string,
  { styles, words }: { readonly styles: Styles; readonly words: TaskPaneState['words'] },
) {
  if (rows.length === 0) return null;
  return (
    <MessageBarOnDemand intent="warning" layout="multiline">
      {heading}
      <ul className={styles.list} data-testid={testId}>
        {rows.map((row) => (
          <li key={row.keyResultId}>
            {row.row === undefined ? null : (
              <>
                <strong>{words.say('sheet.row', { row: row.row })}</strong> ·{' '}
              </>
            )}
            {row.title}: {row.message}
          </li>
        ))}
      </ul>
    </MessageBarOnDemand>
  );
}

function renderSheet(state: TaskPaneState, styles: Styles) {
  const { summary, busy, progress, outcome, words } = state;
  if (state.readingSheet) {
    return <LoadingState label={words.say('sheet.reading')} rows={2} />;
  }
  if (!summary?.loaded) {
    return <Body1>{words.say('sheet.empty')}</Body1>;
  }
  const status = sheetStatus(summary, outcome, words);
  // What the last send saved, under what it says of it.
  const savedList = outcome && outcome.saved.length > 0 && (
    <ul className={styles.list} data-testid="saved">
      {outcome.saved.map((kr) => (
        <li key={kr.keyResultId}>
          {kr.title}: {kr.what}
        </li>
      ))}
    </ul>
  );
  // What this table is: the teams and cycle it was loaded for (a person may keep several).
  const teams = summary.teamIds
    .map((id) => state.teams.find((team) => team.id === id)?.name)
    .filter(Boolean)
    .join(', ');
  const rows =
    teams && summary.cycle
      ? words.count('sheet.rowsOf', summary.rows, { teams, cycle: summary.cycle.name })
      : words.count('sheet.rows', summary.rows);
  return (
    <section className={styles.section} aria-label={words.say('sheet.region')}>
      <Body1 data-testid="sheet-summary">
        {rows} · <strong data-testid="pending-count">{summary.pending + summary.toFix}</strong>{' '}
        {words.say('sheet.pending')}
      </Body1>
      {busy !== 'send' && status.done ? (
        <MessageBarOnDemand
          intent="success"
          layout="multiline"
          role="status"
          body={{ 'data-testid': 'sheet-sent' }}
        >
          {status.done}
          {savedList}
        </MessageBarOnDemand>
      ) : null}
      {busy !== 'send' && (
        <MessageBarOnDemand
          intent={status.intent}
          layout="multiline"
          role="status"
          body={{ 'data-testid': 'sheet-status' }}
        >
          {status.text}
          {status.done ? null : savedList}
        </MessageBarOnDemand>
      )}
      {renderRowMessages(
        summary.withMessages.filter((row) => !row.failed && !row.refused && !row.gone),
        words.say('sheet.notSentUntilFixed'),
        'row-messages',
        { styles, words },
      )}
      {renderRowMessages(
        summary.withMessages.filter((row) => row.failed),
        words.say('sheet.notSent'),
        'not-sent',
        { styles, words },
      )}
      {renderRowMessages(
        summary.withMessages.filter((row) => row.refused),
        words.say('sheet.refused'),
        'refused',
        { styles, words },
      )}
      {renderRowMessages(
        summary.withMessages.filter((row) => row.gone),
        words.say('sheet.gone'),
        'gone',
        { styles, words },
      )}
      {summary.missingColumns.length > 0 && (
        <MessageBarOnDemand
          intent="warning"
          layout="multiline"
          body={{ 'data-testid': 'missing-columns' }}
        >
          {words.say('sheet.missingColumns', {
            columns: summary.missingColumns
              .map((name) => words.say('sheet.quoted', { name }))
              .join(', '),
          })}
        </MessageBarOnDemand>
      )}
      {renderRowMessages(summary.readOnly, words.say('sheet.typedOver'), 'read-only-messages', {
        styles,
        words,
      })}
      <div className={styles.row}>
        <Button
          appearance="primary"
          // Sent by keyboard, it turns to "Nothing to send": disabled, the browser would drop
          // the focus to the pane's body (the focus fixup rule), so it is aria-disabled instead.
          // https://html.spec.whatwg.org/multipage/interaction.html#focus-fixup-rule
          disabledFocusable={busy !== undefined || summary.pending + summary.deleted === 0}
          onClick={state.send}
          {...state.confirmations?.opener}
          data-testid="send"
        >
          {sendLabel(summary, words)}
        </Button>
      </div>
      {outcome && outcome.notDeleted.length > 0 && (
        <MessageBarOnDemand intent="warning" layout="multiline">
          {words.say('sheet.notDeleted')}
          <ul className={styles.list} data-testid="not-deleted">
            {outcome.notDeleted.map((kr) => (
              <li key={kr.title}>
                {kr.title}: {kr.message}
              </li>
            ))}
          </ul>
        </MessageBarOnDemand>
      )}
      {state.confirmations && <state.confirmations.SendReview state={state} styles={styles} />}
      {busy === 'send' && (
        <Field
          validationMessage={
            progress
              ? words.say('sheet.progress', { done: progress.done, total: progress.total })
              : words.say('sheet.checking')
          }
          validationState="none"
        >
          <ProgressBar
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
        </Field>
      )}
      {summary.conflicts.map((conflict) => (
        <div key={conflict.keyResultId} className={styles.conflict} data-testid="conflict">
          <Text weight="semibold">{conflict.title}</Text>
          {conflict.fields.map((field) => (
            <Caption1 key={field.label}>
              {words.say('conflict.fields', {
                label: field.label,
                mine: cellText(field.mine),
                theirs: cellText(field.theirs),
              })}
            </Caption1>
          ))}
          {conflict.note && <Caption1>{conflict.note}</Caption1>}
          <div className={styles.row}>
            <Button size="small" onClick={() => state.resolve(conflict.keyResultId, 'mine')}>
              {words.say('conflict.useMine')}
            </Button>
            <Button size="small" onClick={() => state.resolve(conflict.keyResultId, 'theirs')}>
              {words.say('conflict.keepTheirs')}
            </Button>
          </div>
        </div>
      ))}
    </section>
  );
}

function renderLinkedCells({ links, words }: TaskPaneState, styles: Styles) {
  return (
    <section className={styles.section} aria-labelledby="linked-cells-heading">
      <Subtitle2 as="h2" id="linked-cells-heading">
        {words.say('links.heading')}
      </Subtitle2>
      <Caption1>{words.say('links.hint')}</Caption1>
      {links.selected && (
        <Body1 data-testid="selected-cell">
          {words.say('links.selected', { cell: cellPlace(links.selected) })}
        </Body1>
      )}
      <Field label={words.say('links.picker')}>
        <Select
          ref={links.keyResultPicker}
          value={links.chosenId}
          onChange={(_, data) => links.choose(data.value)}
          disabled={links.keyResults.length === 0}
          data-testid="link-key-result"
        >
          {links.keyResults.map((kr) => (
            <option key={kr.id} value={kr.id}>
              {kr.title}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          disabled={links.keyResults.length === 0}
          disabledFocusable={links.busy}
          onClick={links.link}
          data-testid="link-cell"
        >
          {words.say('links.link')}
        </Button>
      </div>
      {links.error && (
        <MessageBarOnDemand
          intent="error"
          layout="multiline"
          body={{ 'data-testid': 'link-error' }}
        >
          {links.error}
        </MessageBarOnDemand>
      )}
      {links.confirmation && (
        <MessageBarOnDemand
          intent="success"
          layout="multiline"
          role="status"
          body={{ 'data-testid': 'link-confirmation' }}
        >
          {links.confirmation}
        </MessageBarOnDemand>
      )}
      {links.linked.length === 0 ? (
        <Body1>{words.say('links.none')}</Body1>
      ) : (
        <ul className={styles.list} data-testid="linked-cells">
          {links.linked.map((entry) => {
            const proposal = links.proposals.find((p) => p.keyResult.id === entry.keyResult.id);
            return (
              <li key={entry.keyResult.id} className={styles.conflict} data-kr={entry.keyResult.id}>
                <Text weight="semibold">{entry.keyResult.title}</Text>
                <Caption1>
                  {words.say('links.source', {
                    place: cellPlace('at' in entry ? entry.at : entry.keyResult.excelLink!),
                  })}
                </Caption1>
                {'broken' in entry ? (
                  <MessageBarOnDemand
                    intent="warning"
                    layout="multiline"
                    body={{ 'data-testid': 'broken-link' }}
                  >
                    {words.say('links.broken', {
                      reason: words.broken(entry.broken, entry.keyResult.excelLink!),
                    })}
                  </MessageBarOnDemand>
                ) : (
                  <Caption1>{words.say('links.value', { value: cellText(entry.value) })}</Caption1>
                )}
                {proposal &&
                  ('checkIn' in proposal ? (
                    <Body1 data-testid="proposal">
                      {words.say('links.proposal', { value: String(proposal.checkIn.value) })}
                    </Body1>
                  ) : (
                    <Body1 data-testid="proposal">
                      {words.say('links.cannot', {
                        value: cellText(proposal.value),
                        problems: proposal.problems.join(' '),
                      })}
                    </Body1>
                  ))}
                <div className={styles.row}>
                  {proposal && 'checkIn' in proposal && (
                    <Button
                      size="small"
                      appearance="primary"
                      disabledFocusable={links.busy}
                      onClick={() => links.send(proposal)}
                      data-testid="send-proposal"
                    >
                      {words.say('links.send')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    disabledFocusable={links.busy}
                    aria-label={words.say('links.removeLabel', { title: entry.keyResult.title })}
                    onClick={() => links.remove(entry.keyResult)}
                  >
                    {words.say('links.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function renderCoach(state: TaskPaneState, styles: Styles) {
  const { words } = state;
  return (
    <section className={styles.section} aria-label={words.say('coach.heading')}>
      <Subtitle2 as="h2">{words.say('coach.heading')}</Subtitle2>
      <div className={styles.row}>
        <Button
          disabled={!state.summary?.loaded}
          disabledFocusable={state.busy !== undefined}
          onClick={state.coach}
          data-testid="coach"
        >
          {words.say('coach.run')}
        </Button>
      </div>
      {state.findings && (
        <Suspense fallback={null}>
          <SheetFindings findings={state.findings} words={words} />
        </Suspense>
      )}
      <Text weight="semibold">{words.say('coach.week')}</Text>
      <ul className={styles.list} data-testid="prompts">
        {state.prompts.length > 0 && (
          <Suspense fallback={null}>
            <PromptItems prompts={state.prompts} words={words} />
          </Suspense>
        )}
      </ul>
    </section>
  );
}

export function renderTaskPane(state: TaskPaneState, styles: Styles) {
  const { words } = state;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">OKR Coach</Title3>
        <Caption1 data-testid="signed-in">
          {words.say('pane.signedIn', { name: state.me })}
        </Caption1>
      </header>
      <section className={styles.section} aria-label={words.say('pane.teamAndCycle')}>
        <Field label={words.say('pane.team')}>
          <Select
            value={state.teamId}
            onChange={(_, data) => state.setTeamId(data.value)}
            data-testid="team"
          >
            {state.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={words.say('pane.cycle')}>
          <Select
            value={state.cycleId}
            onChange={(_, data) => state.setCycleId(data.value)}
            data-testid="cycle"
          >
            {state.cycles.map((cycle) => (
              <option key={cycle.id} value={cycle.id}>
                {cycle.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.row}>
          <Button
            appearance={state.summary?.loaded ? 'secondary' : 'primary'}
            disabled={!state.teamId || !state.cycleId}
            disabledFocusable={state.busy !== undefined}
            onClick={state.load}
            {...state.confirmations?.opener}
            data-testid="load"
          >
            {words.say('pane.load')}
          </Button>
        </div>
        {state.confirmations && <state.confirmations.LoadReview state={state} styles={styles} />}
        {state.busy === 'load' && <ProgressBar aria-label={words.say('pane.loading')} />}
        <Switch
          label={words.say('pane.autoSend')}
          checked={state.autoSend}
          onChange={(_, data) => state.setAutoSend(data.checked)}
        />
        <Caption1>{words.say('pane.autoSendHint')}</Caption1>
      </section>
      {state.error && (
        <MessageBarOnDemand intent="error" layout="multiline" body={{ 'data-testid': 'error' }}>
          {state.error}
        </MessageBarOnDemand>
      )}
      <Divider />
      {renderSheet(state, styles)}
      <Divider />
      {renderLinkedCells(state, styles)}
      <Divider />
      {renderCoach(state, styles)}
    </main>
  );
}
