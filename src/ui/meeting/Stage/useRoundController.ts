import { useCallback, useMemo, useRef, useState } from 'react';
import {
  applyRoundAction,
  canFacilitate,
  currentRound,
  meetingSessionOf,
  roundSummary,
  summaryText,
  type RoundAction,
  type RoundControl,
  type SummaryNames,
} from '../../../core/rituals';
import { formatKeyResultMeasure } from '../../../core/format';
import type { KeyResult } from '../../../core/model';
import type { Board } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
import { describeError } from '../../errors/describeError';
import { useLiveRound } from '../live/useLiveRound';
import type { StageRound } from '../round/stage-url';
import type { StageState } from './Stage.types';

/**
 * The shared round on the stage: its control (`core/rituals/round`) over Live Share, who may run
 * it, the facilitator's steps, and the finished round's summary, written once to the Meeting
 * Sessions list by the facilitator who finished it.
 */
export function useRoundController(round: StageRound, board: Board | undefined) {
  const { host, repository, me } = useAppServices();
  const liveRound = useLiveRound(host);
  const snapshot = liveRound.status === 'ready' ? liveRound.snapshot : undefined;
  const live = liveRound.status === 'ready' ? liveRound.live : undefined;
  const [problem, setProblem] = useState<string>();
  const [copied, setCopied] = useState<StageState['copied']>('idle');
  const [recorded, setRecorded] = useState<StageState['recorded']>('idle');
  const [startedAt] = useState(() => new Date().toISOString());
  const showError = useCallback((error: unknown) => setProblem(describeError(error).title), []);

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
  const names = summaryNames(board?.keyResults ?? [], host.context.locale);

  function record(finished: RoundControl) {
    if (!board) return;
    setProblem(undefined);
    setRecorded('saving');
    repository
      .recordMeetingSession(
        meetingSessionOf(finished, {
          meetingId: host.context.meeting?.id ?? '',
          cycleId: board.cycle.id,
          teamIds: round.board.teamIds,
          facilitator: me,
          startedAt,
          endedAt: new Date().toISOString(),
          ...names,
        }),
      )
      .then(() => setRecorded('saved'))
      .catch((error: unknown) => {
        setRecorded('failed');
        showError(error);
      });
  }
  const recordRef = useRef(record);
  recordRef.current = record;

  /** One facilitator step, checked by the round's rules before it is shared. */
  const step = useCallback(
    async (action: RoundAction) => {
      if (!live) return;
      const result = applyRoundAction(control, action, roles);
      if (!result.ok) {
        setProblem(result.reason);
        return;
      }
      setProblem(undefined);
      await live.setControl(result.control);
      if (result.control.phase === 'finished') recordRef.current(result.control);
    },
    [live, control, roles],
  );
  const run = (action: RoundAction) => void step(action).catch(showError);

  const summary = control.phase === 'finished' ? roundSummary(control) : undefined;
  const chatText = summary ? summaryText(summary, names) : undefined;

  return {
    liveRound,
    live,
    control,
    roles,
    facilitator: canFacilitate(roles),
    participants,
    userId: snapshot?.me.userId ?? me.id,
    problem,
    setProblem,
    showError,
    step,
    run,
    summary,
    summaryNames: names,
    summaryText: chatText,
    recorded,
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

/** KR titles and values in their kind's terms, for the round's summary. */
function summaryNames(keyResults: readonly KeyResult[], locale: string): SummaryNames {
  const byId = new Map(keyResults.map((kr) => [kr.id, kr]));
  return {
    titleOf: (id) => byId.get(id)?.title ?? `Key result ${id}`,
    valueOf: (id, value) => {
      const kr = byId.get(id);
      return kr ? formatKeyResultMeasure(kr, value, locale) : String(value);
    },
  };
}
