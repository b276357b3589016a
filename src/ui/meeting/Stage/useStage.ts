import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyRoundAction,
  canFacilitate,
  currentKeyResultId,
  currentRound,
  discussionPrompt,
  ritualOfTheDay,
  keyResultAfterRound,
  meetingSessionOf,
  proposedConfidence,
  roundSummary,
  summaryText,
  validVotes,
  voteStatistics,
  type RoundAction,
  type RoundControl,
  type SummaryNames,
} from '../../../core/rituals';
import { formatKeyResultMeasure } from '../../../core/format';
import type { KeyResult } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { today, useBoardData } from '../../board/useBoardData';
import { describeError } from '../../errors/describeError';
import { useLiveRound } from '../live/useLiveRound';
import type { StageProps, StageState } from './Stage.types';
import { useOutcomeForm } from './useOutcomeForm';
import { useSealedVote } from './useSealedVote';

/** The stage's state: the shared round, this participant's sealed vote, the facilitator's steps. */
export function useStage({ round }: StageProps): StageState {
  const { host, repository, operatingModel, me, firstScreenReady } = useAppServices();
  const boardApi = useBoardData({ cycleId: round.board.cycleId, teamIds: round.board.teamIds });
  const liveRound = useLiveRound(host);
  const snapshot = liveRound.status === 'ready' ? liveRound.snapshot : undefined;
  const live = liveRound.status === 'ready' ? liveRound.live : undefined;
  const [problem, setProblem] = useState<string>();
  const [skipReason, setSkipReason] = useState('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [recorded, setRecorded] = useState<StageState['recorded']>('idle');
  const [startedAt] = useState(() => new Date().toISOString());
  const showError = useCallback((error: unknown) => setProblem(describeError(error).title), []);

  const shared = snapshot?.control;
  const control = useMemo(() => currentRound(shared, round), [shared, round]);
  const keyResultId = currentKeyResultId(control);
  const board = boardApi.data.status === 'ready' ? boardApi.data.board : undefined;
  const boardKeyResult = board?.keyResults.find((kr) => kr.id === keyResultId);
  const contextRole = host.context.meeting?.role;
  const liveRoles = snapshot?.me.roles;
  // The host's roles on Live Share; before they are known, the role teams-js reported.
  const roles = useMemo(
    () => (liveRoles?.length ? liveRoles : contextRole ? [contextRole] : []),
    [liveRoles, contextRole],
  );
  const facilitator = canFacilitate(roles);
  const scale = operatingModel.confidenceScale;
  const participants = useMemo(() => snapshot?.participants ?? [], [snapshot]);
  const userId = snapshot?.me.userId ?? me.id;

  const sealed = useSealedVote(live, control, participants, userId, scale, showError);
  const values = useMemo(() => validVotes(sealed.votes), [sealed.votes]);
  const statistics = voteStatistics(values);
  const prompt = useMemo(
    () =>
      boardKeyResult && values.length
        ? discussionPrompt(
            boardKeyResult,
            values,
            operatingModel,
            board ? ritualOfTheDay(board.cycle, operatingModel.checkIn, today()) : undefined,
          )
        : undefined,
    [boardKeyResult, values, operatingModel, board],
  );

  useEffect(() => setSkipReason(''), [keyResultId]);

  useEffect(() => {
    if (live && board) firstScreenReady();
  }, [live, board, firstScreenReady]);

  /** The facilitator who finishes the round writes it to the Meeting Sessions list, once. */
  function record(finished: RoundControl) {
    if (!board) return;
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
          ...summaryNames(board.keyResults, host.context.locale),
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

  const form = useOutcomeForm({
    keyResult: boardKeyResult,
    control,
    cycle: board?.cycle,
    statistics,
    proposal: statistics ? String(proposedConfidence(statistics)) : '',
    prompt: prompt?.text,
    me,
    locale: host.context.locale,
    meetingId: host.context.meeting?.id ?? '',
    model: operatingModel,
    repository,
    onSaved: (report) => boardApi.applyCheckIns(report.saved),
    step,
    setProblem,
    describe: (error) => describeError(error).title,
  });

  const summary = control.phase === 'finished' ? roundSummary(control) : undefined;
  const names = summaryNames(board?.keyResults ?? [], host.context.locale);
  const chatText = summary ? summaryText(summary, names) : undefined;

  return {
    locale: host.context.locale,
    live:
      liveRound.status === 'failed'
        ? { status: 'failed', error: liveRound.error }
        : { status: liveRound.status },
    board: boardApi.data,
    retry: () => {
      liveRound.retry();
      boardApi.reload();
    },
    control,
    position: Math.min(control.position + 1, control.keyResultIds.length),
    total: control.keyResultIds.length,
    keyResult: boardKeyResult && keyResultAfterRound(boardKeyResult, control),
    facilitator,
    scale,
    participantCount: participants.length,
    voters: sealed.voters.map((voter) => voter.displayName),
    myVote: sealed.myVote,
    vote: sealed.vote,
    votes: sealed.votes,
    statistics,
    prompt,
    outcome: keyResultId ? control.outcomes[keyResultId] : undefined,
    ...form,
    problem,
    summary,
    summaryNames: names,
    summaryText: chatText,
    recorded,
    copied,
    copySummary: () => {
      if (!chatText) return;
      // Refused outside a user gesture or by the host's permissions: the text stays selectable.
      navigator.clipboard
        .writeText(chatText)
        .then(() => setCopied('copied'))
        .catch(() => setCopied('failed'));
    },
    skipReason,
    setSkipReason,
    reveal: () => run({ type: 'reveal', sealed: sealed.voters }),
    revote: () => run({ type: 'revote' }),
    skip: () => run({ type: 'skip', reason: skipReason, skippedBy: me.displayName }),
    next: () => run({ type: 'next' }),
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
