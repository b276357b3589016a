import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  Title2,
  Title3,
  ToggleButton,
} from '@fluentui/react-components';
import { formatNowAndTarget } from '../../../core/format';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { StageState } from './Stage.types';
import type { useStageStyles } from './useStageStyles';

type Styles = ReturnType<typeof useStageStyles>;

export function renderStage(state: StageState, styles: Styles) {
  if (state.live.status === 'failed') {
    return (
      <main className={styles.root}>
        <ErrorState error={state.live.error} onRetry={state.retry} />
      </main>
    );
  }
  if (state.board.status === 'error') {
    return (
      <main className={styles.root}>
        <ErrorState error={state.board.error} onRetry={state.retry} />
      </main>
    );
  }
  if (state.live.status === 'connecting' || state.board.status === 'loading') {
    return <LoadingState label="Joining the check-in round" />;
  }
  const { control } = state;
  return (
    <main className={styles.root} aria-labelledby="stage-title">
      <Title2 as="h1" id="stage-title">
        Check-in round
      </Title2>
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
        message="This key result is no longer on the board. The facilitator can move on to the next one."
        action={state.facilitator ? <Button onClick={state.next}>Next key result</Button> : null}
      />
    );
  }
  return (
    <Card className={styles.card} aria-labelledby="kr-title">
      <Text className={styles.muted}>
        Key result {state.position} of {state.total}
      </Text>
      <Title3 as="h2" id="kr-title">
        {keyResult.title}
      </Title3>
      <Text>
        {formatNowAndTarget(keyResult, state.locale)}
        {keyResult.confidence !== undefined ? ` · owner’s confidence ${keyResult.confidence}` : ''}
        {keyResult.owner ? ` · owner ${keyResult.owner.displayName}` : ''}
      </Text>
      {control.phase === 'voting' ? renderVoting(state, styles) : null}
      {control.phase === 'revealed' || control.phase === 'saved'
        ? renderReveal(state, styles)
        : null}
      {control.phase === 'revealed' && state.facilitator ? renderOutcomeForm(state, styles) : null}
      {control.phase === 'revealed' && !state.facilitator ? (
        <Text role="status">The facilitator is recording the outcome.</Text>
      ) : null}
      {control.phase === 'saved' ? renderSaved(state, styles) : null}
    </Card>
  );
}

function renderVoting(state: StageState, styles: Styles) {
  const values: number[] = [];
  for (let value = state.scale.min; value <= state.scale.max; value += 1) values.push(value);
  return (
    <>
      <div role="group" aria-labelledby="vote-label" className={styles.votes}>
        <Text id="vote-label" weight="semibold">
          Your confidence ({state.scale.min}–{state.scale.max})
        </Text>
        {values.map((value) => (
          <ToggleButton
            key={value}
            checked={state.myVote === value}
            aria-label={`Vote ${value}`}
            onClick={() => state.vote(value)}
          >
            {value}
          </ToggleButton>
        ))}
      </div>
      <Text role="status" aria-live="polite">
        {state.voters.length} of {state.participantCount} voted
        {state.voters.length ? `: ${state.voters.join(', ')}` : ''}. Votes stay hidden until the
        facilitator reveals them.
      </Text>
      {state.facilitator ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={state.voters.length === 0} onClick={state.reveal}>
            Reveal votes
          </Button>
          <Button onClick={state.next}>Skip</Button>
        </div>
      ) : null}
    </>
  );
}

function renderReveal(state: StageState, styles: Styles) {
  const { spread, prompt } = state;
  return (
    <section aria-labelledby="spread-title" className={styles.card}>
      <Title3 as="h3" id="spread-title">
        Votes
      </Title3>
      <ul className={styles.list} aria-label="Revealed votes">
        {state.revealed.map((vote) => (
          <li key={vote.userId}>
            {vote.displayName}: {vote.value}
          </li>
        ))}
      </ul>
      {spread ? (
        <Text data-spread={`${spread.min}-${spread.max}`}>
          Spread {spread.min}–{spread.max} · median {spread.median} · mean {spread.mean}
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
    <form
      className={styles.card}
      aria-label="Outcome"
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
      <Field label="Note">
        <Textarea value={state.note} onChange={(_event, data) => state.setNote(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={state.saving}>
          {state.saving ? 'Saving…' : 'Save check-in'}
        </Button>
        <Button onClick={state.revote} disabled={state.saving}>
          Vote again
        </Button>
      </div>
    </form>
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
          <Button appearance="primary" onClick={state.next}>
            {state.position < state.total ? 'Next key result' : 'Finish the round'}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function renderSummary(state: StageState, styles: Styles) {
  const outcomes = Object.values(state.control.outcomes);
  return (
    <Card className={styles.card}>
      <Title3 as="h2">Round complete</Title3>
      {outcomes.length ? (
        <ul className={styles.list} aria-label="Saved check-ins">
          {outcomes.map((outcome) => (
            <li key={outcome.keyResultId}>
              {state.keyResultTitles[outcome.keyResultId] ?? outcome.keyResultId}: value{' '}
              {outcome.value}, confidence {outcome.confidence}
            </li>
          ))}
        </ul>
      ) : (
        <Text>No check-ins were saved in this round.</Text>
      )}
    </Card>
  );
}
