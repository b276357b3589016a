/**
 * What the stage shows after the votes (the reveal, the outcome form, the saved outcome, the
 * round's summary), the facilitator's skip form and the problems it reports: loaded once the stage
 * is painted, not with it, since a round opens on its voting screen (its skip form a moment later).
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
  makeStyles,
  mergeClasses,
  Text,
  Textarea,
  tokens,
  Tooltip,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatConfidenceChange } from '../../../core/rituals/summary';
import { fieldMessage } from '../../components/FieldMessage/fieldMessage';
import type { MeetingText } from '../meeting-words';
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

/** What each KR's chip says of where it stands in the round. */
const roundStatusText: Record<StageState['roundKeyResults'][number]['status'], MeetingText> = {
  current: 'under review',
  saved: 'saved',
  corrected: 'corrected',
  skipped: 'skipped',
  notReviewed: 'not reviewed yet',
};

/**
 * The round's KRs in order, a chip each, sharing the stage's width in columns: a long title (a
 * German one runs to 120 characters) wraps to two lines. Styled here, with the round's other
 * steps, not in the stage's first screen.
 */
const useRoundNavStyles = makeStyles({
  roundList: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(15em, 100%), 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    fontSize: '0.8em',
  },
  roundListItem: { display: 'flex', minWidth: 0 },
  roundItem: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    height: 'auto',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: 'inherit',
    lineHeight: 1.3,
    textAlign: 'start',
  },
  roundItemCurrent: {
    fontWeight: tokens.fontWeightSemibold,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-1px',
  },
  /** At most two lines of the title; a word longer than the chip breaks rather than spills. */
  roundItemTitle: {
    alignSelf: 'stretch',
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    overflowWrap: 'break-word',
  },
  /** Where the KR stands, under its title: never wrapped, never squeezed by a long title. */
  roundItemStatus: {
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
});

/**
 * The round's KRs in order, where each stands, and which one is under review: a facilitator goes
 * back (or forward) to any of them, for everyone. A title longer than its chip's two lines is cut
 * on screen only: the chip's text, its accessible name, holds it whole, and so does its tooltip
 * on hover or focus. The tooltip adds nothing to the name (Fluent's `inaccessible` relationship,
 * https://react.fluentui.dev/?path=/docs/components-tooltip--docs), which stays the chip's
 * visible words, as WCAG 2.5.3 (label in name) asks.
 *
 * Fluent's Tooltip opens on its trigger's focus, so it reaches the keyboard only on a focusable
 * trigger: every chip is one, an attendee's too, as its tooltip is the only place a sighted
 * keyboard user reads a cut title whole. Microsoft's guidance keeps static content out of the tab
 * order and has Tab move between groups, the arrow keys within one
 * (https://learn.microsoft.com/windows/apps/design/input/keyboard-interactions, "Navigation";
 * https://learn.microsoft.com/windows/apps/design/input/focus-navigation), so the chips are one
 * tab stop, not one each: Fluent's arrow navigation group (`useArrowNavigationGroup`,
 * https://www.npmjs.com/package/@fluentui/react-tabster), which Tab re-enters at the chip last
 * focused.
 */
function RoundNav({ state }: { readonly state: StageState }) {
  const styles = useRoundNavStyles();
  const arrows = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  const { say } = state;
  return (
    <nav aria-label={say('Key results in this round')}>
      <ol className={styles.roundList} {...arrows}>
        {state.roundKeyResults.map((item, index) => {
          const label = `${index + 1}. ${item.title}`;
          const status = say(roundStatusText[item.status]);
          const content = (
            <>
              <span className={styles.roundItemTitle}>{label}</span>{' '}
              <span className={styles.roundItemStatus}>{status}</span>
            </>
          );
          const className = mergeClasses(styles.roundItem, item.current && styles.roundItemCurrent);
          return (
            <li key={item.keyResultId} className={styles.roundListItem}>
              {state.facilitator && !item.current ? (
                <Tooltip
                  content={say('Go to {label} ({status}) for everyone', { label, status })}
                  relationship="inaccessible"
                >
                  <Button
                    size="small"
                    appearance="subtle"
                    className={className}
                    onClick={() => state.goTo(index)}
                  >
                    {content}
                  </Button>
                </Tooltip>
              ) : (
                <Tooltip content={`${label} (${status})`} relationship="inaccessible">
                  <span
                    className={className}
                    tabIndex={0}
                    aria-current={item.current ? 'step' : undefined}
                  >
                    {content}
                  </span>
                </Tooltip>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function renderRoundNav(state: StageState) {
  if (state.total < 2 || state.control.phase === 'finished') return null;
  return <RoundNav state={state} />;
}

export function renderReveal(state: StageState, styles: Styles) {
  const { statistics, prompt, outcome, say } = state;
  const pending = state.votes.filter((vote) => vote.status === 'pending').length;
  if (state.control.sealed.length === 0 && outcome) {
    // A KR gone back to: its votes were cast on an earlier visit, and are not shown again.
    const earlier = outcome.votes
      ? say('{count} {count|vote|votes}, median {median}', outcome.votes)
      : say('no votes kept');
    return (
      <section aria-labelledby="spread-title" className={styles.card}>
        <h2 id="spread-title" className={styles.sectionTitle}>
          {say('Votes')}
        </h2>
        <Text className={styles.text}>
          {say(
            state.control.phase === 'saved'
              ? 'Voted earlier in this round: {earlier}.'
              : 'No new vote: the correction starts from the check-in saved earlier ({earlier}).',
            { earlier },
          )}
        </Text>
      </section>
    );
  }
  return (
    <section aria-labelledby="spread-title" className={styles.card}>
      <h2 id="spread-title" className={styles.sectionTitle}>
        {say('Votes')}
      </h2>
      <div className={styles.reveal}>
        {statistics ? (
          <VoteChart
            statistics={statistics}
            scale={state.scale}
            ownerConfidence={state.keyResult?.confidence}
            say={say}
          />
        ) : (
          <Text className={styles.text}>{say('Waiting for the votes to be revealed…')}</Text>
        )}
        <ul className={styles.list} aria-label={say('Revealed votes')}>
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
                  ? say('not revealed yet')
                  : say('invalid ({reason})', { reason: vote.reason })}
            </li>
          ))}
        </ul>
      </div>
      {statistics ? (
        <Text
          data-spread={`${statistics.min}-${statistics.max}`}
          weight="semibold"
          className={styles.text}
        >
          {say('Spread {min}–{max} · median {median} · mean {mean}', {
            min: statistics.min,
            max: statistics.max,
            median: statistics.median,
            mean: statistics.mean,
          })}
          {pending ? ` · ${say('{count} still to reveal', { count: pending })}` : ''}
        </Text>
      ) : null}
      {prompt ? (
        <MessageBar intent="info" layout="multiline" aria-label={say('Discussion prompt')}>
          <MessageBarBody>
            <MessageBarTitle>{say('Discuss')}</MessageBarTitle>
            <span data-prompt={prompt.trigger}>{prompt.text}</span>{' '}
            {/* The published source, as it was published: English on any page. */}
            <Text size={200} className={styles.muted} lang="en">
              ({prompt.citation})
            </Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

export function renderOutcomeForm(state: StageState, styles: Styles, skip: ReactNode) {
  const { say } = state;
  return (
    <section className={styles.card} aria-labelledby="outcome-title">
      <h2 id="outcome-title" className={styles.sectionTitle}>
        {say('Outcome')}
      </h2>
      {/* noValidate: the check-in's own rules say what is accepted, not the browser's bubble. */}
      {state.outcome ? (
        <MessageBar
          intent="warning"
          layout="multiline"
          aria-label={say('Correcting a saved check-in')}
        >
          <MessageBarBody>
            <MessageBarTitle>{say('Already saved in this round')}</MessageBarTitle>
            {savedText(state, state.outcome)}{' '}
            {say(
              'Saving adds a correction: both check-ins stay in the key result’s history, and the round keeps the correction.',
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        ref={state.formRef}
        className={styles.form}
        aria-labelledby="outcome-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          state.save();
        }}
      >
        <div className={styles.fields}>
          <Field
            label={
              state.keyResult?.unit
                ? say('Agreed value ({unit})', { unit: state.keyResult.unit })
                : say('Agreed value')
            }
            required
            {...fieldMessage(state.fieldIssues.value, state.agreedValueReading)}
          >
            <Input
              value={state.agreedValue}
              inputMode="decimal"
              onChange={(_event, data) => state.setAgreedValue(data.value)}
            />
          </Field>
          <Field
            label={say('Agreed confidence ({min} to {max})', state.scale)}
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
              label={say('Yes, this value is right')}
            />
          </Field>
        ) : null}
        {state.newerCheckIn ? (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>{state.newerCheckIn}</MessageBarBody>
            <MessageBarActions>
              <Button className={styles.button} onClick={state.loadNewer}>
                {say('Load the newer check-in')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <Field label={say('Note')} validationMessage={state.fieldIssues.note}>
          <Textarea value={state.note} onChange={(_event, data) => state.setNote(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button
            id="outcome-save"
            appearance="primary"
            size="large"
            className={styles.button}
            type="submit"
            disabledFocusable={state.saving}
          >
            {say(state.saving ? 'Saving…' : state.outcome ? 'Save correction' : 'Save check-in')}
          </Button>
          <Button
            size="large"
            className={styles.button}
            onClick={state.revote}
            disabledFocusable={state.saving}
          >
            {say('Vote again')}
          </Button>
        </div>
      </form>
      {skip}
    </section>
  );
}

/** An outcome as saved, in words: who saved it, and what it replaced if it is a correction. */
function savedText(state: StageState, outcome: NonNullable<StageState['outcome']>): string {
  const { say } = state;
  const valueOf = (value: number) => state.summaryNames.valueOf(outcome.keyResultId, value);
  const saved = {
    name: outcome.savedBy,
    value: valueOf(outcome.value),
    confidence: outcome.confidence,
  };
  if (!outcome.corrects) {
    return say('Check-in saved by {name}: {value}, confidence {confidence}.', saved);
  }
  const { corrects } = outcome;
  return say(
    'Correction saved by {name}: {value}, confidence {confidence}. It replaces {earlier}, confidence {earlierConfidence} (saved by {earlierName}) as the round’s outcome; both check-ins stay in the key result’s history.',
    {
      ...saved,
      earlier: valueOf(corrects.value),
      earlierConfidence: corrects.confidence,
      earlierName: corrects.savedBy,
    },
  );
}

export function renderSaved(state: StageState, styles: Styles) {
  const { outcome, say } = state;
  return (
    <>
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{say(outcome?.corrects ? 'Corrected' : 'Saved')}</MessageBarTitle>
          {outcome ? savedText(state, outcome) : say('Check-in saved.')}
        </MessageBarBody>
      </MessageBar>
      {state.facilitator ? (
        <div className={styles.actions}>
          <Button appearance="primary" size="large" className={styles.button} onClick={state.next}>
            {say(state.position < state.total ? 'Next key result' : 'Finish the round')}
          </Button>
          <Button size="large" className={styles.button} onClick={state.correct}>
            {say('Correct this check-in')}
          </Button>
          <Button size="large" className={styles.button} onClick={state.revote}>
            {say('Vote on it again')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

/** A round ended by mistake goes on: what reopening does, and the button that does it. */
function renderReopen(state: StageState, styles: Styles) {
  const last = state.roundKeyResults[state.position - 1];
  const { say } = state;
  return (
    <div className={styles.row}>
      <Text id="reopen-text" className={styles.text}>
        {say(
          last
            ? 'Ended too soon? Reopening takes everyone back to key result {position}, “{title}”. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.'
            : 'Ended too soon? Reopening takes everyone back to key result {position}. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.',
          { position: state.position, title: last?.title ?? '' },
        )}
      </Text>
      <Button className={styles.button} aria-describedby="reopen-text" onClick={state.reopen}>
        {say('Reopen the round')}
      </Button>
    </div>
  );
}

function recordedText({ recorded, say }: StageState): string {
  switch (recorded.status) {
    case 'saving':
      return say('Recording the round in Meeting Sessions…');
    case 'saved':
      return say('Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.');
    case 'failed':
      return say('The round could not be recorded in Meeting Sessions.');
    case 'waiting':
      return recorded.by
        ? say('Not recorded in Meeting Sessions yet: {name}’s stage records it.', {
            name: recorded.by,
          })
        : say('Not recorded in Meeting Sessions yet: the facilitator’s stage records it.');
    default:
      return '';
  }
}

export function renderSummary(state: StageState, styles: Styles) {
  const { summary, say } = state;
  if (!summary) return null;
  const { titleOf, valueOf } = state.summaryNames;
  const change = summary.averageConfidenceChange;
  return (
    <section className={styles.card} aria-labelledby="summary-title">
      <h2 id="summary-title" className={styles.krTitle} tabIndex={-1}>
        {say(summary.notReviewed.length ? 'Round ended' : 'Round complete')}
      </h2>
      <Text className={styles.text}>
        {say('{saved} saved · {skipped} skipped', {
          saved: summary.saved.length,
          skipped: summary.skipped.length,
        })}
        {summary.notReviewed.length
          ? ` · ${say('{count} not reviewed', { count: summary.notReviewed.length })}`
          : ''}
        {change === undefined
          ? ''
          : ` · ${say('average confidence change {change}', { change: formatConfidenceChange(change) })}`}
      </Text>
      <ul className={styles.list} aria-label={say('Round outcome')}>
        {summary.saved.map((outcome) => (
          <li key={outcome.keyResultId}>
            {say('Saved: {title}: {value}, confidence {confidence}', {
              title: titleOf(outcome.keyResultId),
              value: valueOf(outcome.keyResultId, outcome.value),
              confidence: outcome.confidence,
            })}
            {outcome.corrects
              ? say(' (corrected from {value}, confidence {confidence})', {
                  value: valueOf(outcome.keyResultId, outcome.corrects.value),
                  confidence: outcome.corrects.confidence,
                })
              : ''}
          </li>
        ))}
        {summary.skipped.map((skipped) => (
          <li key={skipped.keyResultId}>
            {say('Skipped: {title}: {reason}', {
              title: titleOf(skipped.keyResultId),
              reason: skipped.reason,
            })}
          </li>
        ))}
        {summary.notReviewed.map((id) => (
          <li key={id}>{say('Not reviewed: {title}', { title: titleOf(id) })}</li>
        ))}
      </ul>
      {summary.prompts.length ? (
        <>
          <h3 className={styles.sectionTitle}>{say('Discussed')}</h3>
          <ul className={styles.list}>
            {summary.prompts.map((prompt) => (
              <li key={prompt.text}>
                {prompt.keyResultIds.map(titleOf).join('; ')}: {prompt.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {state.recorded.status !== 'idle' ? (
        <div className={styles.row}>
          <Text role="status" className={styles.text}>
            {recordedText(state)}
          </Text>
          {state.recorded.status === 'failed' ? (
            <Button className={styles.button} onClick={state.recordAgain}>
              {say('Record the round again')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.facilitator ? (
        <>
          <div className={styles.row}>
            <Button appearance="primary" className={styles.button} onClick={state.copySummary}>
              {say('Copy summary for the meeting chat')}
            </Button>
            <Text role="status" className={styles.text}>
              {state.copied === 'copied'
                ? say('Copied: paste it into the meeting chat.')
                : state.copied === 'failed'
                  ? say('Could not copy: select the text below and copy it.')
                  : ''}
            </Text>
          </div>
          <Field label={say('Summary for the chat')}>
            <Textarea
              className={styles.summaryText}
              readOnly
              resize="vertical"
              value={state.summaryText ?? ''}
            />
          </Field>
          {renderReopen(state, styles)}
        </>
      ) : null}
    </section>
  );
}

/** The facilitator's way past a key result, with the reason the round's summary keeps. */
export function renderSkip(state: StageState, styles: Styles) {
  const { say } = state;
  return (
    <form
      className={styles.row}
      aria-label={say('Skip this key result')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (state.skipReason.trim() === '') event.currentTarget.querySelector('input')?.focus();
        state.skip();
      }}
    >
      <Field
        label={say('Reason to skip')}
        required
        validationMessage={
          state.skipUnexplained
            ? say('Say why it is skipped: the round’s summary keeps it.')
            : undefined
        }
      >
        <Input
          value={state.skipReason}
          maxLength={200}
          onChange={(_event, data) => state.setSkipReason(data.value)}
        />
      </Field>
      <Button type="submit" className={styles.button}>
        {say('Skip')}
      </Button>
    </form>
  );
}
