import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createCheckIn } from '../../../core/check-in';
import { formatNumber } from '../../../core/format';
import { useAppServices } from '../../app/AppServices';
import { useBoardData } from '../../board/useBoardData';
import { describeError } from '../../errors/describeError';
import { useLiveRound } from '../live/useLiveRound';
import {
  applyRoundAction,
  ballotFor,
  canFacilitate,
  currentKeyResultId,
  currentRound,
  roundCheckInClientId,
  votesCast,
} from '../round/round';
import { discussionPrompt } from '../round/discussion';
import { proposedConfidence, voteSpread } from '../round/spread';
import type { RoundAction } from '../round/types';
import type { StageProps, StageState } from './Stage.types';

export function useStage({ round }: StageProps): StageState {
  const { host, repository, operatingModel, me, firstScreenReady } = useAppServices();
  const boardApi = useBoardData({ cycleId: round.board.cycleId, teamIds: round.board.teamIds });
  const liveRound = useLiveRound(host);
  const snapshot = liveRound.status === 'ready' ? liveRound.snapshot : undefined;
  const live = liveRound.status === 'ready' ? liveRound.live : undefined;
  const meetingId = host.context.meeting?.id ?? '';
  const { locale } = host.context;

  const control = currentRound(snapshot?.control, round);
  const keyResultId = currentKeyResultId(control);
  const board = boardApi.data.status === 'ready' ? boardApi.data.board : undefined;
  const keyResult = board?.keyResults.find((kr) => kr.id === keyResultId);
  const contextRole = host.context.meeting?.role;
  const liveRoles = snapshot?.me.roles;
  // The host's roles on Live Share; before they are known, the organizer role teams-js reports.
  const roles = useMemo(
    () => (liveRoles?.length ? liveRoles : contextRole ? [contextRole] : []),
    [liveRoles, contextRole],
  );
  const facilitator = canFacilitate(roles);
  const scale = operatingModel.confidenceScale;
  const participants = snapshot?.participants ?? [];
  const cast = votesCast(control, participants);
  const myUserId = snapshot?.me.userId ?? me.id;
  const spread = voteSpread(control.revealed);
  const outcome = keyResultId ? control.outcomes[keyResultId] : undefined;
  const prompt = useMemo(
    () =>
      keyResult && control.revealed.length
        ? discussionPrompt(keyResult, control.revealed, operatingModel)
        : undefined,
    [keyResult, control.revealed, operatingModel],
  );

  const [agreedValue, setAgreedValue] = useState('');
  const [agreedConfidence, setAgreedConfidence] = useState('');
  const [note, setNote] = useState('');
  const [confirmedJump, setConfirmedJump] = useState(false);
  const [jumpToConfirm, setJumpToConfirm] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const savingRef = useRef(false);

  // A new KR or a new reveal proposes its own outcome: the current value and the median vote.
  const proposal = spread ? String(proposedConfidence(spread)) : '';
  useEffect(() => {
    setAgreedValue(keyResult ? formatNumber(keyResult.current, locale) : '');
    setAgreedConfidence(proposal);
    setNote('');
    setConfirmedJump(false);
    setJumpToConfirm(undefined);
    setProblem(undefined);
  }, [keyResult, proposal, control.phase, locale]);

  useEffect(() => {
    if (live && board) firstScreenReady();
  }, [live, board, firstScreenReady]);

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
    },
    [live, control, roles],
  );
  const run = useCallback(
    (action: RoundAction) =>
      void step(action).catch((error: unknown) => setProblem(describeError(error).title)),
    [step],
  );

  const vote = useCallback(
    (value: number) => {
      const ballot = ballotFor(control, value, scale);
      if (!live || !ballot) return;
      live.castBallot(ballot).catch((error: unknown) => setProblem(describeError(error).title));
    },
    [live, control, scale],
  );

  const save = useCallback(() => {
    if (!keyResult || !board || savingRef.current) return;
    const checkIn = createCheckIn(
      { value: agreedValue, confidence: agreedConfidence, note, confirmedJump },
      {
        keyResult,
        author: me,
        at: new Date().toISOString(),
        clientId: roundCheckInClientId(control.roundId, keyResult.id),
        source: 'meeting',
        meetingId,
        cycle: board.cycle,
      },
      { ...operatingModel, locale },
    );
    if (!checkIn.ok) {
      const jump = checkIn.issues.find((issue) => issue.code === 'bigJumpUnconfirmed');
      if (jump) setJumpToConfirm(jump.message);
      setProblem(checkIn.issues.map((issue) => issue.message).join(' '));
      return;
    }
    savingRef.current = true;
    setSaving(true);
    repository
      .saveCheckIns([checkIn.value])
      .then(async (report) => {
        const saved = report.saved[0];
        if (!saved) {
          const failure = report.failed[0]?.error ?? report.conflicts[0]?.error;
          throw failure ?? new Error('The check-in was not saved.');
        }
        boardApi.applyCheckIns(report.saved);
        await step({
          type: 'saved',
          outcome: {
            keyResultId: keyResult.id,
            value: saved.checkIn.value,
            confidence: saved.checkIn.confidence ?? Number(agreedConfidence),
            checkInClientId: saved.checkIn.clientId,
            savedBy: me.displayName,
          },
        });
      })
      .catch((error: unknown) => setProblem(describeError(error).title))
      .finally(() => {
        savingRef.current = false;
        setSaving(false);
      });
  }, [
    keyResult,
    board,
    agreedValue,
    agreedConfidence,
    note,
    confirmedJump,
    locale,
    me,
    control.roundId,
    meetingId,
    operatingModel,
    repository,
    boardApi,
    step,
  ]);

  const keyResultTitles = useMemo(
    () => Object.fromEntries((board?.keyResults ?? []).map((kr) => [kr.id, kr.title])),
    [board],
  );

  return {
    locale,
    jumpToConfirm,
    confirmedJump,
    setConfirmedJump,
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
    keyResult,
    keyResultTitles,
    facilitator,
    scale,
    participantCount: participants.length,
    voters: cast.map((vote) => vote.displayName),
    myVote: cast.find((vote) => vote.userId === myUserId)?.value,
    vote,
    revealed: control.revealed,
    spread,
    prompt,
    outcome,
    agreedValue,
    setAgreedValue,
    agreedConfidence,
    setAgreedConfidence,
    note,
    setNote,
    saving,
    problem,
    reveal: () => run({ type: 'reveal', votes: cast }),
    revote: () => run({ type: 'revote' }),
    save,
    next: () => run({ type: 'next' }),
  };
}
