import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { MeetingSay } from '../meeting-words';
import { DraftCard } from './DraftCard';
import type { PlanningState, SaveOutcome } from './Planning.types';
import type { usePlanningStyles } from './usePlanningStyles';

type Styles = ReturnType<typeof usePlanningStyles>;

export function renderPlanning(state: PlanningState, styles: Styles) {
  return (
    <section className={styles.root} aria-labelledby="drafts-title">
      <h2 id="drafts-title" className={styles.heading}>
        {state.say('Drafts together')}
      </h2>
      {renderDrafts(state, styles)}
    </section>
  );
}

function renderDrafts(state: PlanningState, styles: Styles) {
  const { live, say } = state;
  if (live.status === 'connecting') {
    return <LoadingState label={say('Joining the meeting’s drafts')} rows={2} />;
  }
  if (live.status === 'failed') return <ErrorState error={live.error} onRetry={state.retry} />;
  const { saveOutcome } = state;
  return (
    <>
      {state.drafts.length ? (
        <ul className={styles.drafts} aria-label={say('Shared drafts')}>
          {state.drafts.map((view, index) => (
            <DraftCard
              key={view.draft.id}
              view={view}
              position={index + 1}
              state={state}
              styles={styles}
            />
          ))}
        </ul>
      ) : (
        <Text size={200}>
          {say(
            'No drafts yet. Start one: everyone in the meeting sees it, and the coach’s notes on it, as it is typed.',
          )}
        </Text>
      )}
      <div className={styles.actions}>
        <Button onClick={state.start}>{say('Start a draft')}</Button>
        <Button
          appearance="primary"
          disabledFocusable={
            state.toSave === 0 || saveOutcome.status === 'saving' || !!state.saveRefusal
          }
          onClick={state.save}
        >
          {state.toSave > 1
            ? say('Save {count} accepted drafts', { count: state.toSave })
            : say('Save accepted drafts')}
        </Button>
      </div>
      <Text size={200} role="status" aria-live="polite">
        {state.saveRefusal ?? outcomeText(saveOutcome, state.toSave, say)}
      </Text>
      {saveOutcome.status === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{saveOutcome.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

function outcomeText(outcome: SaveOutcome, toSave: number, say: MeetingSay): string {
  if (outcome.status === 'saving') return say('Saving the accepted drafts…');
  if (outcome.status === 'failed' && outcome.saved > 0) return savedText(outcome.saved, '', say);
  if (outcome.status === 'done') {
    const elsewhere = outcome.savedElsewhere
      ? ` ${say('{count} already saved by someone else.', { count: outcome.savedElsewhere })}`
      : '';
    if (outcome.saved === 0) return `${say('Nothing saved twice:')}${elsewhere}`;
    return savedText(outcome.saved, elsewhere, say);
  }
  return toSave === 0 ? say('Accept a draft to save it to the board.') : '';
}

function savedText(saved: number, elsewhere: string, say: MeetingSay): string {
  return `${say('{count} {count|objective|objectives} saved to the board.', { count: saved })}${elsewhere}`;
}
