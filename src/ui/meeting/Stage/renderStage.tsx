import { Button, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatKeyResultValue } from '../../../core/format';
import { keyResultProgress } from '../../../core/progress';
import { ProgressBar } from '../../components/ProgressBar/ProgressBar';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorStateOnDemand } from '../../components/States/ErrorStateOnDemand';
import { LoadingState } from '../../components/States/LoadingState';
import { EndRoundButton, EndRoundDialogOnDemand } from '../round/EndRound';
import { ConfidenceVote } from './ConfidenceVote';
import type { StageState } from './Stage.types';
import type { useStageStyles } from './useStageStyles';

type Styles = ReturnType<typeof useStageStyles>;

export function renderStage(state: StageState, styles: Styles) {
  if (state.live.status === 'failed' || state.board.status === 'error') {
    const error = state.live.status === 'failed' ? state.live.error : undefined;
    return (
      <main className={styles.root}>
        <ErrorStateOnDemand
          error={error ?? (state.board.status === 'error' ? state.board.error : undefined)}
          onRetry={state.retry}
        />
      </main>
    );
  }
  if (state.live.status === 'connecting' || state.board.status === 'loading') {
    return <LoadingState label={state.say('Joining the check-in round')} />;
  }
  const { control, say } = state;
  return (
    <main className={styles.root} aria-labelledby="stage-title">
      <header className={styles.header}>
        <h1 id="stage-title" className={styles.eyebrow}>
          {control.phase === 'finished'
            ? say('Check-in round')
            : say('Check-in round · key result {position} of {total}', {
                position: state.position,
                total: state.total,
              })}
        </h1>
        <div className={styles.headerEnd}>
          <Text className={styles.mutedText}>
            <span>
              {say('{count} {count|participant|participants}', { count: state.participantCount })}
            </span>
            {state.startedAt ? (
              <span>
                {' · '}
                {say('started at {time}', {
                  time: new Date(state.startedAt).toLocaleTimeString(state.locale, {
                    timeStyle: 'short',
                  }),
                })}
              </span>
            ) : null}
          </Text>
          {state.ending ? (
            <EndRoundButton
              question={state.endRound}
              ending={state.ending}
              onEnd={state.endRoundNow}
              say={say}
              className={styles.button}
            />
          ) : null}
        </div>
      </header>
      {state.steps ? state.steps.renderRoundNav(state) : null}
      {control.phase === 'finished'
        ? afterVoting(state, (steps) => steps.renderSummary(state, styles))
        : renderKeyResult(state, styles)}
      {state.problem && state.steps ? state.steps.renderProblem(state.problem) : null}
      <EndRoundDialogOnDemand question={state.endRound} say={say} />
      {state.unsavedVotesDialog ? (
        <state.unsavedVotesDialog.UnsavedVotesDialog
          leaving={state.leaving}
          say={state.say}
          onSaveFirst={state.saveFirst}
          onMoveOn={state.moveOnWithoutSaving}
          onStay={state.stay}
        />
      ) : null}
    </main>
  );
}

function renderKeyResult(state: StageState, styles: Styles) {
  const { keyResult, control, say } = state;
  if (!keyResult) {
    return (
      <EmptyState
        title={say('Key result not found')}
        message={say('This key result is no longer on the board. The facilitator can skip it.')}
        action={state.facilitator ? state.steps?.renderSkip(state, styles) : null}
      />
    );
  }
  return (
    <>
      <section className={styles.card} aria-labelledby="kr-title">
        {/* Focusable from script only: where focus goes when the step's button is gone. */}
        <h2 id="kr-title" className={styles.krTitle} tabIndex={-1}>
          {keyResult.title}
        </h2>
        <ProgressBar
          progress={keyResultProgress(keyResult)}
          label={keyResult.title}
          percentClassName={styles.text}
        />
        <dl className={styles.facts}>
          <div className={styles.fact}>
            <dt className={styles.factLabel}>{say('Now')}</dt>
            <dd className={styles.factValue} data-testid="kr-value">
              {formatKeyResultValue(keyResult, state.locale, state.measure)}
            </dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.factLabel}>{say('Owner')}</dt>
            <dd className={styles.factValue}>{keyResult.owner?.displayName ?? say('No owner')}</dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.factLabel}>{say('Owner’s confidence')}</dt>
            <dd className={styles.factValue} data-testid="kr-confidence">
              {keyResult.confidence ?? '—'}
            </dd>
          </div>
        </dl>
      </section>
      {control.phase === 'voting'
        ? renderVoting(state, styles)
        : afterVoting(state, (steps) => (
            <>
              {steps.renderReveal(state, styles)}
              {control.phase === 'revealed' && state.facilitator
                ? steps.renderOutcomeForm(state, styles, steps.renderSkip(state, styles))
                : null}
              {control.phase === 'revealed' && !state.facilitator ? (
                <Text role="status" className={styles.text}>
                  {say('The facilitator is recording the outcome.')}
                </Text>
              ) : null}
              {control.phase === 'saved' ? steps.renderSaved(state, styles) : null}
            </>
          ))}
    </>
  );
}

function renderVoters(state: StageState, styles: Styles) {
  const { say } = state;
  return (
    <>
      <Text role="status" aria-live="polite" className={styles.text}>
        {say('{votes} of {people} voted. Votes are sealed until the facilitator reveals them.', {
          votes: state.voters.length,
          people: state.participantCount,
        })}
      </Text>
      {state.voters.length ? (
        <ul className={styles.voters} aria-label={say('Who has voted')}>
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
  const { say } = state;
  return (
    <section className={styles.card} aria-labelledby="vote-label">
      <h2 id="vote-label" className={styles.sectionTitle}>
        {say('How confident are you that we will reach it? ({min}–{max})', state.scale)}
      </h2>
      <ConfidenceVote
        scale={state.scale}
        myVote={state.myVote}
        onVote={state.vote}
        labelledBy="vote-label"
        say={say}
        className={styles.voteButtons}
        buttonClassName={styles.voteButton}
      />
      {state.myVote !== undefined ? (
        <Text className={styles.text}>
          {say('Your vote: {vote}. You can change it until the votes are revealed.', {
            vote: state.myVote,
          })}
        </Text>
      ) : null}
      {renderVoters(state, styles)}
      {state.outcome ? (
        <Text className={styles.text}>
          {say(
            'Saved earlier in this round by {name}: {value}, confidence {confidence}. Saving after this vote adds a correction.',
            {
              name: state.outcome.savedBy,
              value: state.summaryNames.valueOf(state.outcome.keyResultId, state.outcome.value),
              confidence: state.outcome.confidence,
            },
          )}
        </Text>
      ) : state.skippedEarlier ? (
        <Text className={styles.text}>
          {say(
            'Skipped earlier in this round by {name}: {reason}. Vote to check it in now, or move on.',
            { name: state.skippedEarlier.skippedBy, reason: state.skippedEarlier.reason },
          )}
        </Text>
      ) : null}
      {state.facilitator ? (
        <div className={styles.row}>
          <Button
            appearance="primary"
            size="large"
            className={styles.button}
            // Focusable while no one has voted: the keyboard finds the step that comes next.
            disabledFocusable={state.voters.length === 0}
            onClick={state.reveal}
          >
            {say('Reveal votes')}
          </Button>
          {state.skippedEarlier || state.outcome ? (
            <Button size="large" className={styles.button} onClick={state.next}>
              {say(state.position < state.total ? 'Next key result' : 'Finish the round')}
            </Button>
          ) : (
            state.steps?.renderSkip(state, styles)
          )}
        </div>
      ) : null}
    </section>
  );
}

/** What comes after the votes, once its code is there (it loads as the stage is painted). */
function afterVoting(
  state: StageState,
  render: (steps: NonNullable<StageState['steps']>) => ReactNode,
): ReactNode {
  return state.steps ? (
    render(state.steps)
  ) : (
    <LoadingState label={state.say('Loading the round')} rows={2} />
  );
}
