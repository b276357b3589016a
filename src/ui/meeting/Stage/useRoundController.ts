import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyRoundAction,
  canFacilitate,
  currentRound,
  meetingSessionOf,
  recordDue,
  roundSummary,
  summaryText,
  type RoundAction,
  type RoundControl,
  type SummaryNames,
} from '../../../core/rituals';
import { formatKeyResultMeasure, type MeasureWords } from '../../../core/format';
import type { KeyResult } from '../../../core/model';
import type { Board } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
import { useDescribeError } from '../../errors/useDescribeError';
import { useBoardWords } from '../../board/board-words';
import { useLiveRound } from '../live/useLiveRound';
import { useMeetingWords, type MeetingSay } from '../meeting-words';
import type { StageRound } from '../round/stage-url';
import type { StageState } from './Stage.types';

/**
 * The shared round on the stage: its control (`core/rituals/round`) over Live Share, who may run
 * it, the facilitator's steps, and the finished round's summary, written once to the Meeting
 * Sessions list: by the facilitator who finished it, or by another facilitator's stage if they
 * left before it was recorded (`recordDue`). The round's start is claimed in the meeting's Live
 * Share container by the first facilitator's stage that opens it.
 */
export function useRoundController(round: StageRound, board: Board | undefined) {
  const { host, repository, me } = useAppServices();
  const { say } = useMeetingWords();
  const { measure } = useBoardWords();
  const liveRound = useLiveRound(host);
  const snapshot = liveRound.status === 'ready' ? liveRound.snapshot : undefined;
  const live = liveRound.status === 'ready' ? liveRound.live : undefined;
  const [problem, setProblem] = useState<string>();
  const [copied, setCopied] = useState<StageState['copied']>('idle');
  const [recorded, setRecorded] = useState<'idle' | 'saving' | 'failed'>('idle');
  // Stands in for the round's start only for a round whose shared state holds none.
  const [openedAt] = useState(() => new Date().toISOString());
  const describeError = useDescribeError();
  const showError = useCallback(
    (error: unknown) => setProblem(describeError(error).title),
    [describeError],
  );

  const shared = snapshot?.control;
  const control = useMemo(() => currentRound(shared, round), [shared, round]);
  const contextRole = host.context.meeting?.role;
  const liveRoles = snapshot?.me.roles;
  // The host's roles on Live Share; before they are known, the role teams-js reported.
  const roles = useMemo(
    () => (liveRoles?.length ? liveRoles : contextRole ? [contextRole] : []),
    [liveRoles, contextRole],
  );
  const participants = useMemo(() => snapshot?.participants ?? [], [snapshot]);
  const names = summaryNames(board?.keyResults ?? [], host.context.locale, measure, say);
  const facilitator = canFacilitate(roles);
  const userId = snapshot?.me.userId ?? me.id;
  const latestControl = useRef(control);
  latestControl.current = control;

  // The first facilitator's stage to open the round claims its start, for everyone.
  const [roundStart, setRoundStart] = useState<{ roundId: string; at: string }>();
  useEffect(() => {
    if (!live || !facilitator) return undefined;
    let current = true;
    live
      .claimStart(round.roundId, new Date().toISOString())
      .then((at) => current && setRoundStart({ roundId: round.roundId, at }))
      .catch(showError);
    return () => {
      current = false;
    };
  }, [live, facilitator, round.roundId, showError]);
  const startedAt = roundStart?.roundId === round.roundId ? roundStart.at : undefined;

  function record(finished: RoundControl) {
    if (!board || !live) return;
    setProblem(undefined);
    setRecorded('saving');
    const now = new Date().toISOString();
    repository
      .recordMeetingSession(
        meetingSessionOf(finished, {
          meetingId: host.context.meeting?.id ?? '',
          cycleId: board.cycle.id,
          teamIds: round.board.teamIds,
          facilitator: me,
          startedAt: startedAt ?? openedAt,
          endedAt: now,
          ...names,
        }),
      )
      .then(async () => {
        // Shared, so no other stage writes it again and everyone sees it recorded.
        const result = applyRoundAction(
          latestControl.current,
          { type: 'recorded', at: new Date().toISOString() },
          roles,
        );
        if (result.ok) await live.setControl(result.control);
        setRecorded('idle');
      })
      .catch((error: unknown) => {
        setRecorded('failed');
        showError(error);
      });
  }
  const recordRef = useRef(record);
  recordRef.current = record;

  // Written once per stage and finish: a failure is written again when the facilitator asks, and
  // a round reopened and finished again is written again (the record is kept by round id).
  const due =
    facilitator &&
    !!board &&
    recordDue(
      control,
      userId,
      participants.map((participant) => participant.userId),
    );
  const recordedFor = useRef<string>();
  useEffect(() => {
    const finish = `${control.roundId}:${control.finished?.at ?? ''}`;
    if (!due || recordedFor.current === finish) return;
    recordedFor.current = finish;
    recordRef.current(control);
  }, [due, control]);

  /** One facilitator step, checked by the round's rules before it is shared. */
  const step = useCallback(
    async (action: RoundAction) => {
      if (!live) return;
      // The round's claimed start travels with its shared state from the first step on.
      const from = control.startedAt || !startedAt ? control : { ...control, startedAt };
      const result = applyRoundAction(from, action, roles, {
        at: new Date().toISOString(),
        by: { id: userId, displayName: me.displayName },
      });
      if (!result.ok) {
        setProblem(result.reason);
        return;
      }
      setProblem(undefined);
      await live.setControl(result.control);
    },
    [live, control, roles, userId, me.displayName, startedAt],
  );
  const run = (action: RoundAction) => void step(action).catch(showError);

  const summary = control.phase === 'finished' ? roundSummary(control) : undefined;
  const chatText = summary ? summaryText(summary, names, say) : undefined;

  return {
    liveRound,
    live,
    control,
    roles,
    facilitator,
    participants,
    // An attendee's stage claims nothing: it learns the start from the shared state.
    startedAt: control.startedAt ?? startedAt,
    userId,
    problem,
    setProblem,
    showError,
    step,
    run,
    summary,
    summaryNames: names,
    summaryText: chatText,
    recorded: recordedStatus(control, recorded),
    recordAgain: () => {
      // The record is kept by round id: a second try after a failure never writes it twice.
      if (control.phase === 'finished' && recorded === 'failed') record(control);
    },
    copied,
    copySummary: () => {
      if (!chatText) return;
      // Refused outside a user gesture or by the host's permissions: the text stays selectable.
      navigator.clipboard
        .writeText(chatText)
        .then(() => setCopied('copied'))
        .catch(() => setCopied('failed'));
    },
  };
}

/** Where the finished round's record stands, as this stage shows it. */
function recordedStatus(
  control: RoundControl,
  mine: 'idle' | 'saving' | 'failed',
): StageState['recorded'] {
  if (control.phase !== 'finished') return { status: 'idle' };
  if (control.recordedAt) return { status: 'saved' };
  if (mine !== 'idle') return { status: mine };
  return { status: 'waiting', by: control.finished?.by.displayName };
}

/** KR titles and values in their kind's terms, for the round's summary. */
function summaryNames(
  keyResults: readonly KeyResult[],
  locale: string,
  measure: MeasureWords,
  say: MeetingSay,
): SummaryNames {
  const byId = new Map(keyResults.map((kr) => [kr.id, kr]));
  return {
    titleOf: (id) => byId.get(id)?.title ?? say('Key result {id}', { id }),
    valueOf: (id, value) => {
      const kr = byId.get(id);
      return kr ? formatKeyResultMeasure(kr, value, locale, measure) : String(value);
    },
  };
}
