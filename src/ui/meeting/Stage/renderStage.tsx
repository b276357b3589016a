import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  MessageBarTitle,
  Text,
  Textarea,
  ToggleButton,
} from '@fluentui/react-components';
import { formatKeyResultValue } from '../../../core/format';
import { keyResultProgress } from '../../../core/progress';
import { ProgressBar } from '../../components/ProgressBar/ProgressBar';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { StageState } from './Stage.types';
import type { useStageStyles } from './useStageStyles';
import { VoteChart } from './VoteChart';

type Styles = ReturnType<typeof useStageStyles>;

export function renderStage(state: StageState, styles: Styles) {
  if (state.live.status === 'failed' || state.board.status === 'error') {
    const error = state.live.status === 'failed' ? state.live.error : undefined;
    return (
      <main className={styles.root}>
        <ErrorState
          error={error ?? (state.board.status === 'error' ? state.board.error : undefined)}
          onRetry={state.retry}
        />
      </main>
    );
  }
  if (state.live.status === 'connecting' || state.board.status === 'loading') {
    return <LoadingState label="Joining the check-in round" />;
  }
  const { control } = state;
  return (
    <main className={styles.root} aria-labelledby="stage-title">
      <header className={styles.header}>
        <h1 id="stage-title" className={styles.eyebrow}>
          Check-in round
          {control.phase === 'finished' ? '' : ` · key result ${state.position} of ${state.total}`}
        </h1>
        <Text className={styles.muted}>
          {state.participantCount} participant{state.participantCount === 1 ? '' : 's'}
        </Text>
      </header>
      {control.phase === 'finished' ? renderSummary(state, styles) : renderKeyResult(state, styles)}
      {state.problem ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.problem}</MessageBarBody>
        </MessageBar>
      ) : null}
    </main>
  );
}

function renderKeyResult(state: StageState, styles: Styles) {
  const { keyResult, control } = state;
  if (!keyResult) {
    return (
      <EmptyState
        title="Key result not found"
        message="This key result is no longer on the board. The facilitator can skip it."
        action={state.facilitator ? renderSkip(state, styles) : null}
      />
    );
  }
  return (
    <>
      <section className={styles.card} aria-labelledby="kr-title">
        <h2 id="kr-title" className={styles.krTitle}>
          {keyResult.title}
        </h2>
        <ProgressBar progress={keyResultProgress(keyResult)} label={keyResult.title} />
        <dl className={styles.facts}>
          <div className={styles.fact}>
            <dt className={styles.factLabel}>Now</dt>
            <dd className={styles.factValue} data-testid="kr-value">
              {formatKeyResultValue(keyResult, state.locale)}
            </dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.factLabel}>Owner</dt>
            <dd className={styles.factValue}>{keyResult.owner?.displayName ?? 'No owner'}</dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.factLabel}>Owner’s confidence</dt>
            <dd className={styles.factValue} data-testid="kr-confidence">
              {keyResult.confidence ?? '—'}
            </dd>
          </div>
        </dl>
      </section>
      {control.phase === 'voting' ? renderVoting(state, styles) : null}
      {control.phase === 'revealed' || control.phase === 'saved'
        ? renderReveal(state, styles)
        : null}
      {control.phase === 'revealed' && state.facilitator ? renderOutcomeForm(state, styles) : null}
      {control.phase === 'revealed' && !state.facilitator ? (
        <Text role="status">The facilitator is recording the outcome.</Text>
      ) : null}
      {control.phase === 'saved' ? renderSaved(state, styles) : null}
    </>
  );
}

function renderVoters(state: StageState, styles: Styles) {
  return (
    <>
      <Text role="status" aria-live="polite">
        {state.voters.length} of {state.participantCount} voted. Votes are sealed until the
        facilitator reveals them.
      </Text>
      {state.voters.length ? (
        <ul className={styles.voters} aria-label="Who has voted">
          {state.voters.map((name, index) => (
            <li key={`${index}:${name}`} className={styles.voter}>
              <span aria-hidden>✓</span> {name}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function renderVoting(state: StageState, styles: Styles) {
  const values: number[] = [];
  for (let value = state.scale.min; value <= state.scale.max; value += 1) values.push(value);
  return (
    <section className={styles.card} aria-labelledby="vote-label">
      <h2 id="vote-label" className={styles.sectionTitle}>
        How confident are you that we will reach it? ({state.scale.min}–{state.scale.max})
      </h2>
      <div role="group" aria-labelledby="vote-label" className={styles.voteButtons}>
        {values.map((value) => (
          <ToggleButton
            key={value}
            className={styles.voteButton}
            checked={state.myVote === value}
            aria-label={`Vote ${value}`}
            onClick={() => state.vote(value)}
          >
            {value}
          </ToggleButton>
        ))}
      </div>
      {renderVoters(state, styles)}
      {state.facilitator ? (
        <div className={styles.row}>
          <Button
            appearance="primary"
            size="large"
            disabled={state.voters.length === 0}
            onClick={state.reveal}
          >
            Reveal votes
          </Button>
          {renderSkip(state, styles)}
        </div>
      ) : null}
    </section>
  );
}

function renderSkip(state: StageState, styles: Styles) {
  return (
    <form
      className={styles.row}
      aria-label="Skip this key result"
      onSubmit={(event) => {
        event.preventDefault();
        state.skip();
      }}
    >
      <Field label="Reason to skip">
        <Input
          value={state.skipReason}
          maxLength={200}
          onChange={(_event, data) => state.setSkipReason(data.value)}
        />
      </Field>
      <Button type="submit" disabled={state.skipReason.trim() === ''}>
        Skip
      </Button>
    </form>
  );
}

function renderReveal(state: StageState, styles: Styles) {
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

function renderOutcomeForm(state: StageState, styles: Styles) {
  return (
    <section className={styles.card} aria-labelledby="outcome-title">
      <h2 id="outcome-title" className={styles.sectionTitle}>
        Outcome
      </h2>
      <form
        className={styles.card}
        aria-labelledby="outcome-title"
        onSubmit={(event) => {
          event.preventDefault();
          state.save();
        }}
      >
        <div className={styles.row}>
          <Field label="Agreed value" required>
            <Input
              value={state.agreedValue}
              inputMode="decimal"
              onChange={(_event, data) => state.setAgreedValue(data.value)}
            />
          </Field>
          <Field label="Agreed confidence" required>
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
        <Field label="Note">
          <Textarea value={state.note} onChange={(_event, data) => state.setNote(data.value)} />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" size="large" type="submit" disabled={state.saving}>
            {state.saving ? 'Saving…' : 'Save check-in'}
          </Button>
          <Button onClick={state.revote} disabled={state.saving}>
            Vote again
          </Button>
        </div>
      </form>
      {renderSkip(state, styles)}
    </section>
  );
}

function renderSaved(state: StageState, styles: Styles) {
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

function renderSummary(state: StageState, styles: Styles) {
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
        <Text role="status">
          {state.recorded === 'saving'
            ? 'Recording the round in Meeting Sessions…'
            : state.recorded === 'saved'
              ? 'Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.'
              : 'The round could not be recorded in Meeting Sessions.'}
        </Text>
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
