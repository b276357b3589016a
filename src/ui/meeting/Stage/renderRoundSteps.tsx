/**
 * What the stage shows after the votes (the reveal, the outcome form, the saved outcome, the
 * round's summary) and the problems it reports: loaded once the stage is painted, not with it,
 * since a round opens on its voting screen.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { StageState } from './Stage.types';
import type { useStageStyles } from './useStageStyles';
import { VoteChart } from './VoteChart';

type Styles = ReturnType<typeof useStageStyles>;

export function renderProblem(problem: string) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  );
}

export function renderReveal(state: StageState, styles: Styles) {
  const { statistics, prompt } = state;
  const pending = state.votes.filter((vote) => vote.status === 'pending').length;
  return (
    <section aria-labelledby="spread-title" className={styles.card}>
      <h2 id="spread-title" className={styles.sectionTitle}>
        Votes
      </h2>
      <div className={styles.reveal}>
        {statistics ? (
          <VoteChart
            statistics={statistics}
            scale={state.scale}
            ownerConfidence={state.keyResult?.confidence}
          />
        ) : (
          <Text>Waiting for the votes to be revealed…</Text>
        )}
        <ul className={styles.list} aria-label="Revealed votes">
          {state.votes.map((vote) => (
            <li
              key={vote.userId}
              className={vote.status === 'invalid' ? styles.invalid : undefined}
              data-vote-status={vote.status}
            >
              {vote.displayName}:{' '}
              {vote.status === 'valid'
                ? vote.value
                : vote.status === 'pending'
                  ? 'not revealed yet'
                  : `invalid (${vote.reason})`}
            </li>
          ))}
        </ul>
      </div>
      {statistics ? (
        <Text data-spread={`${statistics.min}-${statistics.max}`} weight="semibold">
          Spread {statistics.min}–{statistics.max} · median {statistics.median} · mean{' '}
          {statistics.mean}
          {pending ? ` · ${pending} still to reveal` : ''}
        </Text>
      ) : null}
      {prompt ? (
        <MessageBar intent="info" layout="multiline" aria-label="Discussion prompt">
          <MessageBarBody>
            <MessageBarTitle>Discuss</MessageBarTitle>
            <span data-prompt={prompt.trigger}>{prompt.text}</span>{' '}
            <Text size={200} className={styles.muted}>
              ({prompt.citation})
            </Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

export function renderOutcomeForm(state: StageState, styles: Styles, skip: ReactNode) {
  return (
    <section className={styles.card} aria-labelledby="outcome-title">
      <h2 id="outcome-title" className={styles.sectionTitle}>
        Outcome
      </h2>
      {/* noValidate: the check-in's own rules say what is accepted, not the browser's bubble. */}
      <form
        className={styles.form}
        aria-labelledby="outcome-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          state.save();
        }}
      >
        <div className={styles.fields}>
          <Field label="Agreed value" required validationMessage={state.fieldIssues.value}>
            <Input
              value={state.agreedValue}
              inputMode="decimal"
              onChange={(_event, data) => state.setAgreedValue(data.value)}
            />
          </Field>
          <Field
            label={`Agreed confidence (${state.scale.min} to ${state.scale.max})`}
            required
            validationMessage={state.fieldIssues.confidence}
          >
            <Input
              value={state.agreedConfidence}
              inputMode="numeric"
              onChange={(_event, data) => state.setAgreedConfidence(data.value)}
            />
          </Field>
        </div>
        {state.jumpToConfirm ? (
          <Field validationState="warning" validationMessage={state.jumpToConfirm}>
            <Checkbox
              checked={state.confirmedJump}
              onChange={(_event, data) => state.setConfirmedJump(data.checked === true)}
              label="Yes, this value is right"
            />
          </Field>
        ) : null}
        {state.newerCheckIn ? (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>{state.newerCheckIn}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={state.loadNewer}>Load the newer check-in</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <Field label="Note" validationMessage={state.fieldIssues.note}>
          <Textarea value={state.note} onChange={(_event, data) => state.setNote(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" size="large" type="submit" disabledFocusable={state.saving}>
            {state.saving ? 'Saving…' : 'Save check-in'}
          </Button>
          <Button size="large" onClick={state.revote} disabledFocusable={state.saving}>
            Vote again
          </Button>
        </div>
      </form>
      {skip}
    </section>
  );
}

export function renderSaved(state: StageState, styles: Styles) {
  const { outcome } = state;
  return (
    <>
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          <MessageBarTitle>Saved</MessageBarTitle>
          {outcome
            ? `Check-in saved by ${outcome.savedBy}: value ${outcome.value}, confidence ${outcome.confidence}.`
            : 'Check-in saved.'}
        </MessageBarBody>
      </MessageBar>
      {state.facilitator ? (
        <div className={styles.row}>
          <Button appearance="primary" size="large" onClick={state.next}>
            {state.position < state.total ? 'Next key result' : 'Finish the round'}
          </Button>
        </div>
      ) : null}
    </>
  );
}

export function renderSummary(state: StageState, styles: Styles) {
  const { summary } = state;
  if (!summary) return null;
  const { titleOf, valueOf } = state.summaryNames;
  const change = summary.averageConfidenceChange;
  return (
    <section className={styles.card} aria-labelledby="summary-title">
      <h2 id="summary-title" className={styles.krTitle}>
        Round complete
      </h2>
      <Text>
        {summary.saved.length} saved · {summary.skipped.length} skipped
        {summary.notReviewed.length ? ` · ${summary.notReviewed.length} not reviewed` : ''}
        {change === undefined
          ? ''
          : ` · average confidence change ${change > 0 ? '+' : ''}${change}`}
      </Text>
      <ul className={styles.list} aria-label="Round outcome">
        {summary.saved.map((outcome) => (
          <li key={outcome.keyResultId}>
            Saved: {titleOf(outcome.keyResultId)}: {valueOf(outcome.keyResultId, outcome.value)},
            confidence {outcome.confidence}
          </li>
        ))}
        {summary.skipped.map((skipped) => (
          <li key={skipped.keyResultId}>
            Skipped: {titleOf(skipped.keyResultId)}: {skipped.reason}
          </li>
        ))}
        {summary.notReviewed.map((id) => (
          <li key={id}>Not reviewed: {titleOf(id)}</li>
        ))}
      </ul>
      {summary.prompts.length ? (
        <>
          <h3 className={styles.sectionTitle}>Discussed</h3>
          <ul className={styles.list}>
            {summary.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </>
      ) : null}
      {state.recorded !== 'idle' ? (
        <div className={styles.row}>
          <Text role="status">
            {state.recorded === 'saving'
              ? 'Recording the round in Meeting Sessions…'
              : state.recorded === 'saved'
                ? 'Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.'
                : 'The round could not be recorded in Meeting Sessions.'}
          </Text>
          {state.recorded === 'failed' ? (
            <Button onClick={state.recordAgain}>Record the round again</Button>
          ) : null}
        </div>
      ) : null}
      {state.facilitator ? (
        <>
          <div className={styles.row}>
            <Button appearance="primary" onClick={state.copySummary}>
              Copy summary for the meeting chat
            </Button>
            <Text role="status">
              {state.copied === 'copied'
                ? 'Copied: paste it into the meeting chat.'
                : state.copied === 'failed'
                  ? 'Could not copy: select the text below and copy it.'
                  : ''}
            </Text>
          </div>
          <Field label="Summary for the chat">
            <Textarea
              className={styles.summaryText}
              readOnly
              resize="vertical"
              value={state.summaryText ?? ''}
            />
          </Field>
        </>
      ) : null}
    </section>
  );
}
