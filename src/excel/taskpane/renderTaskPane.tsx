import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Switch,
  Text,
  Title3,
} from '@fluentui/react-components';
import { formatExcelLink } from '../../core/format';
import { CoachingFindings } from '../../ui/components/CoachingFindings/CoachingFindings';
import { counted, sendLabel, sheetStatus } from '../sync/sheet-status';
import type { TaskPaneState } from './TaskPane.types';
import type { useTaskPaneStyles } from './useTaskPaneStyles';

type Styles = ReturnType<typeof useTaskPaneStyles>;

function cellText(value: unknown): string {
  return value === '' || value === undefined ? '–' : String(value);
}

function renderSheet(state: TaskPaneState, styles: Styles) {
  const { summary, busy, progress, outcome } = state;
  if (!summary?.loaded) {
    return <Body1>This workbook has no OKR table yet. Load your team’s KRs to start.</Body1>;
  }
  const status = sheetStatus(summary, outcome);
  return (
    <section className={styles.section} aria-label="Check-ins">
      <Body1 data-testid="sheet-summary">
        {summary.rows} KRs in the sheet ·{' '}
        <strong data-testid="pending-count">{summary.pending}</strong> pending
      </Body1>
      {busy !== 'send' && (
        <MessageBar intent={status.intent} role="status" layout="multiline">
          <MessageBarBody data-testid="sheet-status">{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {summary.withMessages.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Not sent until fixed:
            <ul className={styles.list} data-testid="row-messages">
              {summary.withMessages.map((row) => (
                <li key={row.keyResultId}>
                  {row.title}: {row.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {summary.readOnly.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Typed over, not sent:
            <ul className={styles.list} data-testid="read-only-messages">
              {summary.readOnly.map((row) => (
                <li key={row.keyResultId}>
                  {row.title}: {row.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy !== undefined || summary.pending + summary.deleted === 0}
          onClick={state.send}
          data-testid="send"
        >
          {sendLabel(summary)}
        </Button>
      </div>
      {outcome && outcome.notDeleted.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Not deleted (Load brings their rows back):
            <ul className={styles.list} data-testid="not-deleted">
              {outcome.notDeleted.map((kr) => (
                <li key={kr.title}>
                  {kr.title}: {kr.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {renderReview(state, styles)}
      {busy === 'send' && (
        <Field
          validationMessage={progress ? `${progress.done} of ${progress.total} sent` : 'Checking…'}
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
              {field.label}: yours {cellText(field.mine)} · theirs {cellText(field.theirs)}
            </Caption1>
          ))}
          <div className={styles.row}>
            <Button size="small" onClick={() => state.resolve(conflict.keyResultId, 'mine')}>
              Use mine
            </Button>
            <Button size="small" onClick={() => state.resolve(conflict.keyResultId, 'theirs')}>
              Keep theirs
            </Button>
          </div>
        </div>
      ))}
    </section>
  );
}

/** The confirmation before Load replaces what the user typed over read-only cells. */
function renderLoadReview(state: TaskPaneState, styles: Styles) {
  const rows = state.summary?.readOnly ?? [];
  return (
    <Dialog
      open={state.confirmingLoad}
      onOpenChange={(_, data) => !data.open && state.cancelLoad()}
    >
      <DialogSurface aria-describedby="load-review-content" data-testid="load-review">
        <DialogBody>
          <DialogTitle>Load over what you typed?</DialogTitle>
          <DialogContent id="load-review-content" className={styles.section}>
            <Body1>Load puts the store’s values back in the read-only cells you typed over:</Body1>
            <ul className={styles.list}>
              {rows.map((row) => (
                <li key={row.keyResultId}>
                  <Text weight="semibold">{row.title}</Text>
                </li>
              ))}
            </ul>
            <Caption1>Cancel keeps what you typed. Your pending edits stay either way.</Caption1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.confirmLoad} data-testid="load-confirm">
              Load
            </Button>
            <Button onClick={state.cancelLoad}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The confirmation before a send creates KRs from new rows or deletes those of deleted rows. */
function renderReview({ review, confirmReview, cancelReview }: TaskPaneState, styles: Styles) {
  const creates = review?.creates ?? [];
  const deletes = review?.deletes ?? [];
  const action = [
    creates.length > 0 ? `create ${counted(creates.length, 'KR', 'KRs')}` : '',
    deletes.length > 0 ? `delete ${counted(deletes.length, 'KR', 'KRs')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <Dialog open={review !== undefined} onOpenChange={(_, data) => !data.open && cancelReview()}>
      <DialogSurface aria-describedby="review-content" data-testid="review">
        <DialogBody>
          <DialogTitle>Before sending</DialogTitle>
          <DialogContent id="review-content" className={styles.section}>
            {creates.length > 0 && (
              <>
                <Body1>New rows in the sheet become key results:</Body1>
                <ul className={styles.list} data-testid="review-creates">
                  {creates.map((create) => (
                    <li key={create.clientId}>
                      <Text weight="semibold">{create.title}</Text> under {create.objective}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {deletes.length > 0 && (
              <>
                <Body1>Rows deleted from the sheet delete their key results:</Body1>
                <ul className={styles.list} data-testid="review-deletes">
                  {deletes.map((deletion) => (
                    <li key={deletion.id}>
                      <Text weight="semibold">{deletion.title}</Text>
                    </li>
                  ))}
                </ul>
                <Caption1>
                  Cancel keeps the key results: their rows come back the next time you load the KRs.
                </Caption1>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirmReview} data-testid="review-confirm">
              {action.charAt(0).toUpperCase() + action.slice(1)}, then send
            </Button>
            <Button onClick={cancelReview}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function renderLinkedCells({ links }: TaskPaneState, styles: Styles) {
  return (
    <section className={styles.section} aria-labelledby="linked-cells-heading">
      <Subtitle2 as="h2" id="linked-cells-heading">
        Linked cells
      </Subtitle2>
      <Caption1>
        Select a cell in any sheet, then link it: when its value changes, a check-in is proposed.
      </Caption1>
      {links.selected && (
        <Body1 data-testid="selected-cell">
          Selected cell: {links.selected.workbook}!{links.selected.sheet}!{links.selected.address}
        </Body1>
      )}
      <Field label="Key result for the selected cell">
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
          disabled={links.busy || links.keyResults.length === 0}
          onClick={links.link}
          data-testid="link-cell"
        >
          Link to a key result
        </Button>
      </div>
      {links.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="link-error">{links.error}</MessageBarBody>
        </MessageBar>
      )}
      {links.confirmation && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody data-testid="link-confirmation">{links.confirmation}</MessageBarBody>
        </MessageBar>
      )}
      {links.linked.length === 0 ? (
        <Body1>No cells are linked in this workbook yet.</Body1>
      ) : (
        <ul className={styles.list} data-testid="linked-cells">
          {links.linked.map((entry) => {
            const proposal = links.proposals.find((p) => p.keyResult.id === entry.keyResult.id);
            return (
              <li key={entry.keyResult.id} className={styles.conflict} data-kr={entry.keyResult.id}>
                <Text weight="semibold">{entry.keyResult.title}</Text>
                <Caption1>
                  {formatExcelLink('at' in entry ? entry.at : entry.keyResult.excelLink!)}
                </Caption1>
                {'broken' in entry ? (
                  <MessageBar intent="warning">
                    <MessageBarBody data-testid="broken-link">
                      Broken link: {entry.broken}
                    </MessageBarBody>
                  </MessageBar>
                ) : (
                  <Caption1>Cell value: {cellText(entry.value)}</Caption1>
                )}
                {proposal &&
                  ('checkIn' in proposal ? (
                    <Body1 data-testid="proposal">
                      The cell changed: check in {proposal.checkIn.value}?
                    </Body1>
                  ) : (
                    <Body1 data-testid="proposal">
                      The cell’s value {cellText(proposal.value)} cannot be sent:{' '}
                      {proposal.problems.join(' ')}
                    </Body1>
                  ))}
                <div className={styles.row}>
                  {proposal && 'checkIn' in proposal && (
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={links.busy}
                      onClick={() => links.send(proposal)}
                      data-testid="send-proposal"
                    >
                      Send
                    </Button>
                  )}
                  <Button
                    size="small"
                    disabled={links.busy}
                    aria-label={`Remove the link to ${entry.keyResult.title}`}
                    onClick={() => links.remove(entry.keyResult)}
                  >
                    Remove
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
  return (
    <section className={styles.section} aria-label="Coach">
      <Subtitle2 as="h2">Coach</Subtitle2>
      <div className={styles.row}>
        <Button
          disabled={state.busy !== undefined || !state.summary?.loaded}
          onClick={state.coach}
          data-testid="coach"
        >
          Coach this sheet
        </Button>
      </div>
      {state.findings && (
        <CoachingFindings
          label="Coaching on the sheet's OKRs"
          findings={state.findings.map((f) => f.finding)}
          emptyMessage="No weak wording found in this sheet."
        />
      )}
      <Text weight="semibold">For this week’s check-in</Text>
      <ul className={styles.list} data-testid="prompts">
        {state.prompts.map((prompt) => (
          <li key={`${prompt.id}-${prompt.target?.id ?? ''}`}>
            <Body1>{prompt.text}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderTaskPane(state: TaskPaneState, styles: Styles) {
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">OKR Coach</Title3>
        <Caption1 data-testid="signed-in">Signed in as {state.me}</Caption1>
      </header>
      <section className={styles.section} aria-label="Team and cycle">
        <Field label="Team">
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
        <Field label="Cycle">
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
            disabled={state.busy !== undefined || !state.teamId || !state.cycleId}
            onClick={state.load}
            data-testid="load"
          >
            Load KRs into this workbook
          </Button>
        </div>
        {renderLoadReview(state, styles)}
        {state.busy === 'load' && <ProgressBar aria-label="Loading" />}
        <Switch
          label="Send automatically"
          checked={state.autoSend}
          onChange={(_, data) => state.setAutoSend(data.checked)}
        />
        <Caption1>
          Edited rows and changed linked cells are then sent without asking, with or without the
          table loaded.
        </Caption1>
      </section>
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-testid="error">{state.error}</MessageBarBody>
        </MessageBar>
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
