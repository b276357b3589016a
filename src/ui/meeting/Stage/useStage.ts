import { useEffect, useMemo, useRef, useState } from 'react';
import {
  currentKeyResultId,
  ritualOfTheDay,
  keyResultAfterRound,
  notReviewedIfEnded,
  proposedConfidence,
  revealedVotesLostBy,
  roundKeyResults,
  validVotes,
  voteStatistics,
  type RoundAction,
} from '../../../core/rituals';
import { useAppServices } from '../../app/AppServices';
import { tabStorage } from '../../app/browserStorage';
import { today, useBoardData } from '../../board/useBoardData';
import { useDescribeError } from '../../errors/useDescribeError';
import { useDialogWords } from '../../board/dialog-words';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import { useMeetingWords } from '../meeting-words';
import type { StageProps, StageState } from './Stage.types';
import { useOutcomeForm } from './useOutcomeForm';
import { useRoundController } from './useRoundController';
import { useSealedVote } from './useSealedVote';
import { useEndRound } from '../round/EndRound';
import { reloadable } from '../../../reloadable';

// The coaching engine behind the discussion prompt loads after the stage's first paint, long
// before the first votes are revealed.
const loadDiscussionPrompt = reloadable(() => import('../../../core/rituals/discussion'));
// So does what the stage shows after the votes.
const loadRoundSteps = reloadable(() => import('./renderRoundSteps'));
// The question before moving away from unsaved revealed votes: once a facilitator's votes are in.
const loadUnsavedVotesDialog = reloadable(() => import('./UnsavedVotesDialog'));

/** The stage's state: the shared round, this participant's sealed vote, the facilitator's steps. */
export function useStage({ round }: StageProps): StageState {
  const { host, repository, operatingModel, me, firstScreenReady } = useAppServices();
  const words = useMeetingWords();
  const dialogWords = useDialogWords();
  const describeError = useDescribeError();
  const { measure } = dialogWords;
  const boardApi = useBoardData({ cycleId: round.board.cycleId, teamIds: round.board.teamIds });
  const board = boardApi.data.status === 'ready' ? boardApi.data.board : undefined;
  const controller = useRoundController(round, board);
  const { control, live, run, setProblem } = controller;
  const [skipReason, setSkipReason] = useState('');
  // Skip was pressed without a reason: the field says what it needs.
  const [skipUnexplained, setSkipUnexplained] = useState(false);

  const keyResultId = currentKeyResultId(control);
  const boardKeyResult = board?.keyResults.find((kr) => kr.id === keyResultId);
  const scale = operatingModel.confidenceScale;
  const savedEarlier = keyResultId ? control.outcomes[keyResultId] : undefined;

  const [ballotStorage] = useState(tabStorage);
  const sealed = useSealedVote(
    live,
    control,
    controller.participants,
    controller.userId,
    scale,
    controller.showError,
    ballotStorage,
  );
  const values = useMemo(() => validVotes(sealed.votes), [sealed.votes]);
  const statistics = voteStatistics(values);
  const coaching = useModuleAfterPaint(loadDiscussionPrompt);
  const steps = useModuleAfterPaint(loadRoundSteps);
  const prompt = useMemo(() => {
    const found =
      coaching && boardKeyResult && values.length
        ? coaching.discussionPrompt(
            boardKeyResult,
            values,
            operatingModel,
            board ? ritualOfTheDay(board.cycle, operatingModel.checkIn, today()) : undefined,
          )
        : undefined;
    // Said in the reader's language, and kept so in the round's summary.
    return found && { ...found, text: words.prompt(found) };
  }, [coaching, boardKeyResult, values, operatingModel, board, words]);

  useEffect(() => {
    setSkipReason('');
    setSkipUnexplained(false);
  }, [keyResultId]);

  // A step that would drop revealed votes (a move, Skip, Vote again) waits for the facilitator's
  // answer. The question is about the round as it stood: once the round moved on (another
  // facilitator, a save), it goes.
  const askedAt = `${control.roundId}:${control.position}:${control.attempt}:${control.phase}`;
  const [asked, setAsked] = useState<{ action: RoundAction; at: string; opener: Element | null }>();
  const pending = asked?.at === askedAt ? asked : undefined;
  const unsavedVotesDialog = useModuleAfterPaint(
    loadUnsavedVotesDialog,
    controller.facilitator && control.phase === 'revealed',
  );
  // Where the keyboard goes once the question is closed and gone from the page.
  const focusAfterAsking = useRef<Element | null>();
  useEffect(() => {
    const target = focusAfterAsking.current;
    if (pending || target === undefined) return;
    focusAfterAsking.current = undefined;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [pending]);
  const move = (action: RoundAction) => {
    if (controller.facilitator && revealedVotesLostBy(control, action) > 0) {
      setAsked({ action, at: askedAt, opener: document.activeElement });
    } else run(action);
  };
  const positionOf = (index: number) => ({
    position: index + 1,
    title: controller.summaryNames.titleOf(control.keyResultIds[index] ?? ''),
  });
  const target = pending?.action.type === 'goTo' ? pending.action.position : control.position + 1;
  const pendingStep = (action: RoundAction): NonNullable<StageState['leaving']>['step'] =>
    action.type === 'skip'
      ? { kind: 'skip', reason: action.reason.trim() }
      : action.type === 'revote'
        ? { kind: 'revote' }
        : { kind: 'move' };

  // Ended here: the keyboard goes to the round's summary once it shows (the button is gone).
  const focusSummary = useRef(false);
  const summaryShown = control.phase === 'finished' && !!steps && !!controller.summary;
  useEffect(() => {
    if (!summaryShown || !focusSummary.current) return;
    focusSummary.current = false;
    document.getElementById('summary-title')?.focus();
  }, [summaryShown]);

  const endRound = useEndRound(controller.showError);

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
    say: words.say,
    issue: dialogWords.issue,
    measure,
  });

  const { liveRound } = controller;
  return {
    locale: host.context.locale,
    say: words.say,
    measure,
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
    ending:
      controller.facilitator && control.phase !== 'finished'
        ? {
            notReviewed: notReviewedIfEnded(control),
            dropsVotes: revealedVotesLostBy(control, { type: 'end' }) > 0,
          }
        : undefined,
    endRound,
    endRoundNow: () => {
      focusSummary.current = true;
      run({ type: 'end' });
    },
    reopen: () => run({ type: 'reopen' }),
    copied: controller.copied,
    copySummary: controller.copySummary,
    skipReason,
    skipUnexplained,
    setSkipReason: (reason) => {
      setSkipReason(reason);
      setSkipUnexplained(false);
    },
    reveal: () => run({ type: 'reveal', sealed: sealed.voters }),
    revote: () => move({ type: 'revote' }),
    skip: () =>
      skipReason.trim() === ''
        ? setSkipUnexplained(true)
        : move({ type: 'skip', reason: skipReason, skippedBy: me.displayName }),
    next: () => move({ type: 'next' }),
    roundKeyResults: roundKeyResults(control).map((item) => ({
      ...item,
      title: controller.summaryNames.titleOf(item.keyResultId),
    })),
    goTo: (position) => move({ type: 'goTo', position }),
    correct: () => run({ type: 'correct' }),
    skippedEarlier: keyResultId ? control.skipped[keyResultId] : undefined,
    leaving: pending && {
      step: pendingStep(pending.action),
      from: positionOf(control.position),
      to:
        pending.action.type !== 'revote' && target < control.keyResultIds.length
          ? positionOf(target)
          : undefined,
      votes: revealedVotesLostBy(control, pending.action),
      median: statistics?.median,
      correcting: !!savedEarlier,
    },
    unsavedVotesDialog,
    saveFirst: () => {
      focusAfterAsking.current = document.getElementById('outcome-save');
      setAsked(undefined);
    },
    moveOnWithoutSaving: () => {
      // The keyboard goes to the KR's title, which shows the KR now under review once moved: the
      // dialog's buttons are still on the page while it closes, so the stage's own rule (focus
      // lost to the page) would not see it lost.
      focusAfterAsking.current = document.getElementById('kr-title');
      setAsked(undefined);
      if (pending) run(pending.action);
    },
    stay: () => {
      focusAfterAsking.current = pending?.opener ?? null;
      setAsked(undefined);
    },
  };
}
