import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import { DraftCard } from './DraftCard';
import type { PlanningState, SaveOutcome } from './Planning.types';
import type { usePlanningStyles } from './usePlanningStyles';

type Styles = ReturnType<typeof usePlanningStyles>;

export function renderPlanning(state: PlanningState, styles: Styles) {
  return (
    <section className={styles.root} aria-labelledby="drafts-title">
      <h2 id="drafts-title" className={styles.heading}>
        Drafts together
      </h2>
      {renderDrafts(state, styles)}
    </section>
  );
}

function renderDrafts(state: PlanningState, styles: Styles) {
  const { live } = state;
  if (live.status === 'connecting') {
    return <LoadingState label="Joining the meeting’s drafts" rows={2} />;
  }
  if (live.status === 'failed') return <ErrorState error={live.error} onRetry={state.retry} />;
  const { saveOutcome } = state;
  return (
    <>
      {state.drafts.length ? (
        <ul className={styles.drafts} aria-label="Shared drafts">
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
          No drafts yet. Start one: everyone in the meeting sees it, and the coach’s notes on it, as
          it is typed.
        </Text>
      )}
      <div className={styles.actions}>
        <Button onClick={state.start}>Start a draft</Button>
        <Button
          appearance="primary"
          disabledFocusable={
            state.toSave === 0 || saveOutcome.status === 'saving' || !!state.saveRefusal
          }
          onClick={state.save}
        >
          {state.toSave > 1 ? `Save ${state.toSave} accepted drafts` : 'Save accepted drafts'}
        </Button>
      </div>
      <Text size={200} role="status" aria-live="polite">
        {state.saveRefusal ?? outcomeText(saveOutcome, state.toSave)}
      </Text>
      {saveOutcome.status === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{saveOutcome.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

function outcomeText(outcome: SaveOutcome, toSave: number): string {
  if (outcome.status === 'saving') return 'Saving the accepted drafts…';
  if (outcome.status === 'failed' && outcome.saved > 0) return savedText(outcome.saved, '');
  if (outcome.status === 'done') {
    const elsewhere = outcome.savedElsewhere
      ? ` ${outcome.savedElsewhere} already saved by someone else.`
      : '';
    if (outcome.saved === 0) return `Nothing saved twice:${elsewhere}`;
    return savedText(outcome.saved, elsewhere);
  }
  return toSave === 0 ? 'Accept a draft to save it to the board.' : '';
}

function savedText(saved: number, elsewhere: string): string {
  return `${saved} objective${saved === 1 ? '' : 's'} saved to the board.${elsewhere}`;
}
