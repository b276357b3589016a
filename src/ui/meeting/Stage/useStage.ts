import { useEffect, useMemo, useState } from 'react';
import {
  currentKeyResultId,
  ritualOfTheDay,
  keyResultAfterRound,
  proposedConfidence,
  roundKeyResults,
  validVotes,
  voteStatistics,
} from '../../../core/rituals';
import { useAppServices } from '../../app/AppServices';
import { today, useBoardData } from '../../board/useBoardData';
import { describeError } from '../../errors/describeError';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import type { StageProps, StageState } from './Stage.types';
import { useOutcomeForm } from './useOutcomeForm';
import { useRoundController } from './useRoundController';
import { useSealedVote } from './useSealedVote';

// The coaching engine behind the discussion prompt loads after the stage's first paint, long
// before the first votes are revealed.
const loadDiscussionPrompt = () => import('../../../core/rituals/discussion');
// So does what the stage shows after the votes.
const loadRoundSteps = () => import('./renderRoundSteps');

/** The stage's state: the shared round, this participant's sealed vote, the facilitator's steps. */
export function useStage({ round }: StageProps): StageState {
  const { host, repository, operatingModel, me, firstScreenReady } = useAppServices();
  const boardApi = useBoardData({ cycleId: round.board.cycleId, teamIds: round.board.teamIds });
  const board = boardApi.data.status === 'ready' ? boardApi.data.board : undefined;
  const controller = useRoundController(round, board);
  const { control, live, run, setProblem } = controller;
  const [skipReason, setSkipReason] = useState('');

  const keyResultId = currentKeyResultId(control);
  const boardKeyResult = board?.keyResults.find((kr) => kr.id === keyResultId);
  const scale = operatingModel.confidenceScale;
  const savedEarlier = keyResultId ? control.outcomes[keyResultId] : undefined;

  const sealed = useSealedVote(
    live,
    control,
    controller.participants,
    controller.userId,
    scale,
    controller.showError,
  );
  const values = useMemo(() => validVotes(sealed.votes), [sealed.votes]);
  const statistics = voteStatistics(values);
  const coaching = useModuleAfterPaint(loadDiscussionPrompt);
  const steps = useModuleAfterPaint(loadRoundSteps);
  const prompt = useMemo(
    () =>
      coaching && boardKeyResult && values.length
        ? coaching.discussionPrompt(
            boardKeyResult,
            values,
            operatingModel,
            board ? ritualOfTheDay(board.cycle, operatingModel.checkIn, today()) : undefined,
          )
        : undefined,
    [coaching, boardKeyResult, values, operatingModel, board],
  );

  useEffect(() => setSkipReason(''), [keyResultId]);

  useEffect(() => {
    if (live && board) firstScreenReady();
  }, [live, board, firstScreenReady]);

  const form = useOutcomeForm({
    keyResult: boardKeyResult,
    control,
    cycle: board?.cycle,
    statistics,
    // A correction without a new vote starts from the confidence saved earlier.
    proposal: statistics
      ? String(proposedConfidence(statistics))
      : savedEarlier
        ? String(savedEarlier.confidence)
        : '',
    prompt: prompt?.text,
    me,
    locale: host.context.locale,
    meetingId: host.context.meeting?.id ?? '',
    model: operatingModel,
    repository,
    onSaved: (report) => boardApi.applyCheckIns(report.saved),
    onNewer: boardApi.applyKeyResult,
    step: controller.step,
    setProblem,
    describe: (error) => describeError(error).title,
  });

  const { liveRound } = controller;
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
    facilitator: controller.facilitator,
    scale,
    participantCount: controller.participants.length,
    startedAt: controller.startedAt,
    voters: sealed.voters.map((voter) => voter.displayName),
    myVote: sealed.myVote,
    vote: sealed.vote,
    votes: sealed.votes,
    statistics,
    prompt,
    steps,
    outcome: savedEarlier,
    ...form,
    problem: controller.problem,
    summary: controller.summary,
    summaryNames: controller.summaryNames,
    summaryText: controller.summaryText,
    recorded: controller.recorded,
    recordAgain: controller.recordAgain,
    copied: controller.copied,
    copySummary: controller.copySummary,
    skipReason,
    setSkipReason,
    reveal: () => run({ type: 'reveal', sealed: sealed.voters }),
    revote: () => run({ type: 'revote' }),
    skip: () => run({ type: 'skip', reason: skipReason, skippedBy: me.displayName }),
    next: () => run({ type: 'next' }),
    roundKeyResults: roundKeyResults(control).map((item) => ({
      ...item,
      title: controller.summaryNames.titleOf(item.keyResultId),
    })),
    goTo: (position) => run({ type: 'goTo', position }),
    correct: () => run({ type: 'correct' }),
    skippedEarlier: keyResultId ? control.skipped[keyResultId] : undefined,
  };
}
