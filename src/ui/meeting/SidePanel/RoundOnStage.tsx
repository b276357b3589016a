/**
 * The check-in round on the meeting stage, as the side panel shows it: which KR of how many, where
 * its vote stands, who is facilitating, and what this participant can do. It follows the round's
 * shared state over Live Share (the stage's own), so it is loaded, and joins, once the panel is
 * painted; the panel's first screen holds none of it.
 */
import { Button, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  applyRoundAction,
  canFacilitate,
  initialRound,
  notReviewedIfEnded,
  revealedVotesLostBy,
  votesCast,
  type RoundControl,
  type RoundPhase,
  type RoundSetup,
} from '../../../core/rituals';
import type { KeyResult } from '../../../core/model';
import type { Board } from '../../../store/repository';
import { useAppServices, useLocale } from '../../app/AppServices';
import { ErrorState } from '../../components/States/ErrorState';
import { useDescribeError } from '../../errors/useDescribeError';
import { useLiveRound } from '../live/useLiveRound';
import { useMeetingWords, type MeetingSay } from '../meeting-words';
import {
  EndRoundButton,
  EndRoundDialogOnDemand,
  useEndRound,
  type EndRoundQuestion,
} from '../round/EndRound';
import type { StageRound } from '../round/stage-url';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface RoundOnStageProps {
  readonly keyResults: readonly KeyResult[];
  /** The round this panel just shared to the stage: announced to everyone's panel. */
  readonly shared: StageRound | undefined;
  /** Shares the round to the stage again (a facilitator, where the host can share). */
  readonly showOnStage: ((round: RoundSetup) => Promise<void>) | undefined;
  /**
   * Told what is known of the round running in the meeting (on the stage or not), as it moves:
   * nothing until the shared state is reached, then the round, or none once it ended.
   */
  readonly onMeetingRound: (round: MeetingRound) => void;
}

/** What the panel knows of the meeting's check-in round, from its shared state. */
export type MeetingRound =
  | { readonly status: 'connecting' }
  | { readonly status: 'unreachable'; readonly problem: string }
  | {
      readonly status: 'known';
      readonly running: RunningRound | undefined;
      /** The shared state's round has ended (a stage shows its summary), recorded or not yet. */
      readonly ended?: 'recorded' | 'notRecorded';
      /** Teams said the app is no longer on the stage (a presenter stopped sharing it). */
      readonly offStage?: true;
    };

/** Where a running round is, to name it: key result `position` of `count`, titled `title`. */
export interface RunningRound {
  readonly position: number;
  readonly count: number;
  readonly title: string | undefined;
  /**
   * Known only from the meeting's record of the round (no facilitator's client that knew it is
   * connected): anyone may have written it, so it is not confirmed.
   */
  readonly unconfirmed?: true;
}

/** The round's card, with the question to end it kept mounted as the card changes. */
export function RoundOnStage(props: RoundOnStageProps) {
  const { say } = useMeetingWords();
  const describeError = useDescribeError();
  const [unloaded, setUnloaded] = useState<string>();
  const question = useEndRound((error) => setUnloaded(describeError(error).title));
  return (
    <>
      <RoundCard {...props} question={question} unloaded={unloaded} />
      <EndRoundDialogOnDemand question={question} say={say} />
    </>
  );
}

function RoundCard({
  keyResults,
  shared,
  showOnStage,
  onMeetingRound,
  question,
  unloaded,
}: RoundOnStageProps & {
  readonly question: EndRoundQuestion;
  /** Why the question to end the round could not be loaded. */
  readonly unloaded: string | undefined;
}) {
  const { host, me, repository } = useAppServices();
  const styles = useStyles();
  const { say } = useMeetingWords();
  const describeError = useDescribeError();
  const liveRound = useLiveRound(host, true);
  const live = liveRound.status === 'ready' ? liveRound.live : undefined;
  const snapshot = liveRound.status === 'ready' ? liveRound.snapshot : undefined;
  const control = snapshot?.control;
  const mine = snapshot?.me;
  const [onStage, setOnStage] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  // The round this panel ended: it says so, with the keyboard on it, as its card goes.
  const [endedHere, setEndedHere] = useState<string>();
  const endedHeading = useRef<HTMLHeadingElement>(null);

  // The round this panel shared starts in the shared state, so every panel shows it from the
  // start; a round already under way there (its stage stepped first) is left as it is.
  const sharedId = shared?.roundId;
  const facilitator = mine ? canFacilitate(mine.roles) : false;
  useEffect(() => {
    if (!live || !shared || !facilitator || control?.roundId === shared.roundId) return;
    live
      .setControl({
        ...initialRound(shared),
        facilitatedBy: { id: me.id, displayName: me.displayName },
      })
      .catch((error: unknown) => setProblem(describeError(error).title));
    // Once per shared round: `control` moves on with every step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live, sharedId, facilitator, describeError]);
  // A round this panel just shared is on the stage, whatever Teams said of the one before.
  useEffect(() => {
    if (sharedId) setOnStage(true);
  }, [sharedId]);

  // Without the shared state, the meeting's record says where a round may be: shown for what it
  // is, never run on, and replacing it is asked about like any running round.
  const recorded = control ? undefined : snapshot?.recorded;
  const round = control ?? recorded;
  const running = round && round.phase !== 'finished' ? round : undefined;
  const unconfirmed = !!recorded;
  // Whether the stage shows the round, or the summary of the round that ended: Teams says so when
  // asked (`meeting.getAppContentStageSharingState`,
  // https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/meeting#@microsoft-teams-js-meeting-getappcontentstagesharingstate),
  // and tells no one when a presenter stops sharing, so it is asked when the round moves and when
  // the panel is back in use. Only a round that left the stage is offered again: sharing reloads
  // every stage, and with them the sealed votes not yet revealed.
  const step = running ? `${running.roundId}:${running.position}:${running.phase}` : undefined;
  const finished = control?.phase === 'finished' ? control : undefined;
  const shown = step ?? (finished ? `${finished.roundId}:finished` : undefined);
  const meeting = host.meeting;
  useEffect(() => {
    // Every panel says where an ended round's summary is; only a facilitator's offers a running
    // round back.
    if (!shown || !meeting || (step && !showOnStage)) return undefined;
    let current = true;
    const ask = () => {
      meeting
        .isSharingToStage()
        .then((sharing) => current && setOnStage(sharing))
        .catch(() => current && setOnStage(undefined));
    };
    ask();
    window.addEventListener('focus', ask);
    return () => {
      current = false;
      window.removeEventListener('focus', ask);
    };
  }, [shown, step, showOnStage, meeting]);

  // The round's KRs may not be on this panel's board (its tab moved to another cycle since, or
  // the round covers other teams): their titles are then read from the round's own board.
  const missing = running?.keyResultIds.some((id) => !keyResults.some((kr) => kr.id === id));
  const roundBoard = missing ? running?.board : undefined;
  const roundBoardKey = roundBoard
    ? `${running?.roundId}:${roundBoard.cycleId}:${roundBoard.teamIds.join(',')}`
    : undefined;
  const [read, setRead] = useState<{ key: string; board?: Board; problem?: string }>();
  useEffect(() => {
    if (!roundBoard || !roundBoardKey) return undefined;
    const controller = new AbortController();
    const found = (board: Board) => {
      if (!controller.signal.aborted) setRead({ key: roundBoardKey, board });
    };
    repository
      .loadBoard(
        {
          cycleId: roundBoard.cycleId,
          ...(roundBoard.teamIds.length ? { teamIds: roundBoard.teamIds } : {}),
        },
        { signal: controller.signal, onStored: found },
      )
      .then(found)
      .catch((error: unknown) => {
        // A board already found by its stored lists keeps its titles.
        if (controller.signal.aborted) return;
        const problem = describeError(error).title;
        setRead((earlier) => (earlier?.board ? earlier : { key: roundBoardKey, problem }));
      });
    return () => controller.abort();
    // Once per round and board: the object itself comes anew with every step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roundBoardKey, repository, describeError]);
  const roundRead = read?.key === roundBoardKey ? read : undefined;

  const keyResultId = running?.keyResultIds[running.position] ?? '';
  const title = (
    keyResults.find((kr) => kr.id === keyResultId) ??
    roundRead?.board?.keyResults.find((kr) => kr.id === keyResultId)
  )?.title;
  const count = running?.keyResultIds.length;
  const connection = liveRound.status;
  const unreachable = liveRound.status === 'failed' ? liveRound.error : undefined;
  const endedRound =
    control?.phase === 'finished' ? (control.recordedAt ? 'recorded' : 'notRecorded') : undefined;
  useEffect(() => {
    if (connection === 'connecting') onMeetingRound({ status: 'connecting' });
    else if (connection === 'failed') {
      onMeetingRound({ status: 'unreachable', problem: describeError(unreachable).title });
    } else {
      onMeetingRound({
        status: 'known',
        running:
          running && count !== undefined
            ? {
                position: running.position + 1,
                count,
                title,
                ...(unconfirmed ? { unconfirmed: true } : {}),
              }
            : undefined,
        ...(endedRound ? { ended: endedRound } : {}),
        ...(onStage === false ? { offStage: true } : {}),
      });
    }
    // Once per connection, step of the round and title read: `running` comes anew with every change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    onMeetingRound,
    connection,
    unreachable,
    step,
    count,
    title,
    unconfirmed,
    endedRound,
    onStage,
    describeError,
  ]);

  // A round ended, from here or elsewhere, stays said until the next one starts: an attendee's
  // panel dropped its card without a word.
  const ended = finished !== undefined && finished.roundId === endedHere;
  useEffect(() => {
    if (ended) endedHeading.current?.focus();
  }, [ended]);

  if (liveRound.status === 'failed') {
    // Not silence: without the meeting's shared state the panel cannot tell whether a round runs.
    return (
      <section className={styles.card} aria-labelledby="on-stage-title">
        <h2 id="on-stage-title" className={styles.heading}>
          {say('Check-in round on the stage')}
        </h2>
        <Text size={200}>{say('Whether a check-in round is running could not be checked.')}</Text>
        <ErrorState error={liveRound.error} onRetry={liveRound.retry} />
      </section>
    );
  }
  if (finished) {
    return (
      <RoundEnded
        round={finished}
        facilitator={facilitator}
        heading={ended ? endedHeading : undefined}
        onStage={onStage}
        showAgain={
          showOnStage
            ? () => {
                setProblem(undefined);
                showOnStage(finished)
                  .then(() => setOnStage(true))
                  .catch((error: unknown) => setProblem(describeError(error).title));
              }
            : undefined
        }
        problem={problem}
        say={say}
      />
    );
  }
  if (!running || !snapshot) return null;
  const voters = votesCast(running, snapshot.participants);
  const voted = voters.some((voter) => voter.userId === snapshot.me.userId);
  const people = snapshot.participants.length;
  const facilitators = unconfirmed
    ? undefined
    : (control?.facilitatedBy?.displayName ??
      snapshot.participants
        .filter((participant) => canFacilitate(participant.roles))
        .map((participant) => participant.displayName)
        .join(', '));
  return (
    <section className={styles.card} aria-labelledby="on-stage-title">
      <h2 id="on-stage-title" className={styles.heading}>
        {say('Check-in round on the stage')}
      </h2>
      <Text aria-live="polite">
        {say(
          title === undefined
            ? 'Key result {position} of {count}'
            : 'Key result {position} of {count}: {title}',
          {
            position: running.position + 1,
            count: running.keyResultIds.length,
            title: title ?? '',
          },
        )}
      </Text>
      {title === undefined && roundRead?.problem ? (
        <Text size={200} className={styles.muted}>
          {say('Its title could not be read: {problem}', { problem: roundRead.problem })}
        </Text>
      ) : null}
      <Text size={200}>
        {phaseText(running.phase, voters.length, people, voted, facilitator, say)}
      </Text>
      {unconfirmed ? (
        <Text size={200} className={styles.muted}>
          {say(
            'As the meeting last recorded it: not confirmed, as no stage or panel that ran it is open now.',
          )}
        </Text>
      ) : null}
      {facilitators ? (
        <Text size={200} className={styles.muted}>
          {say('Facilitated by {names}', { names: facilitators })}
        </Text>
      ) : null}
      {facilitator && control && control.phase !== 'finished' ? (
        <div className={styles.actions}>
          <EndRoundButton
            question={question}
            size="small"
            ending={{
              notReviewed: notReviewedIfEnded(control),
              dropsVotes: revealedVotesLostBy(control, { type: 'end' }) > 0,
            }}
            say={say}
            onEnd={() => {
              setProblem(undefined);
              const result = applyRoundAction(control, { type: 'end' }, snapshot.me.roles, {
                at: new Date().toISOString(),
                by: { id: snapshot.me.userId, displayName: me.displayName },
              });
              if (!result.ok) {
                setProblem(result.reason);
                return;
              }
              setEndedHere(control.roundId);
              live
                ?.setControl(result.control)
                .catch((error: unknown) => setProblem(describeError(error).title));
            }}
          />
        </div>
      ) : null}
      {showOnStage && onStage === false && control ? (
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={() => {
              setProblem(undefined);
              showOnStage(control)
                .then(() => setOnStage(true))
                .catch((error: unknown) => setProblem(describeError(error).title));
            }}
          >
            {say('Show it on the stage again')}
          </Button>
        </div>
      ) : null}
      {problem || unloaded ? (
        <Text size={200} role="alert">
          {problem ?? unloaded}
        </Text>
      ) : null}
    </section>
  );
}

/**
 * The round that ended, as every panel shows it until the next one starts: who ended it and when,
 * where its summary is, and what happens next for this participant. What it came to (how many KRs
 * were saved, skipped, not reviewed) is the stage's summary, beside the panel for everyone: said
 * here too, it was said twice. Once a presenter stopped sharing, the summary is on no stage: a
 * facilitator may show it there again (`showAgain`), anyone else is told who can. Its heading
 * takes the keyboard only on the panel that ended it (`heading`).
 */
function RoundEnded({
  round,
  facilitator,
  heading,
  onStage,
  showAgain,
  problem,
  say,
}: {
  readonly round: RoundControl;
  readonly facilitator: boolean;
  readonly heading: RefObject<HTMLHeadingElement> | undefined;
  /** Whether Teams says the app is on the stage; undefined until it has said. */
  readonly onStage: boolean | undefined;
  readonly showAgain: (() => void) | undefined;
  readonly problem: string | undefined;
  readonly say: MeetingSay;
}) {
  const styles = useStyles();
  const locale = useLocale();
  const by = round.finished?.by.displayName ?? round.facilitatedBy?.displayName;
  return (
    <section className={styles.card} aria-labelledby="on-stage-title" data-round-ended>
      <h2
        id="on-stage-title"
        className={styles.heading}
        tabIndex={heading ? -1 : undefined}
        ref={heading}
      >
        {say('Round ended')}
      </h2>
      <Text size={200} role="status">
        {say(
          onStage === false
            ? 'The round has ended. Its summary was on the stage, which is no longer shared.'
            : 'The round has ended: its summary is on the stage.',
        )}
      </Text>
      {onStage === false ? (
        showAgain ? (
          <div className={styles.actions}>
            <Button size="small" onClick={showAgain}>
              {say('Show the summary on the stage again')}
            </Button>
          </div>
        ) : (
          <Text size={200}>
            {say('The organizer or a presenter can show the summary on the stage again.')}
          </Text>
        )
      ) : null}
      {by ? (
        <Text size={200} className={styles.muted}>
          {round.finished
            ? say('Ended by {name} at {time}', {
                name: by,
                time: new Date(round.finished.at).toLocaleTimeString(locale, {
                  timeStyle: 'short',
                }),
              })
            : say('Facilitated by {names}', { names: by })}
        </Text>
      ) : null}
      <Text size={200}>
        {say(
          facilitator
            ? 'To run another round, pick key results below and share them to the stage.'
            : 'A new round starts when the organizer or a presenter shares key results to the stage.',
        )}
      </Text>
      {problem ? (
        <Text size={200} role="alert">
          {problem}
        </Text>
      ) : null}
    </section>
  );
}

function phaseText(
  phase: RoundPhase,
  votes: number,
  people: number,
  voted: boolean,
  facilitator: boolean,
  say: MeetingSay,
): string {
  switch (phase) {
    case 'voting':
      return `${say('Voting: {votes} of {people} voted.', { votes, people })} ${say(
        voted ? 'You have voted.' : 'Vote on the stage: votes stay sealed until revealed.',
      )}`;
    case 'revealed':
      return say(
        facilitator
          ? 'Votes revealed: save the outcome on the stage.'
          : 'Votes revealed: the facilitator is recording the outcome.',
      );
    default:
      return say('Check-in saved.');
  }
}
