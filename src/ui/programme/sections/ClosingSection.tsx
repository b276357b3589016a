import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import {
  answersFrom,
  closeObjective,
  learningsFrom,
  proposedScore,
  readKeyResultScore,
  retrospectivePrompts,
  SCORE_REASON_MAX_LENGTH,
  teamSandbagging,
  validateRetrospectiveAnswer,
} from '../../../core/closing';
import { cycleEndingNearest } from '../../../core/cycle-picks';
import { cyclePhase, type CyclePhase } from '../../../core/cycles';
import { daysBetween } from '../../../core/dates';
import { formatProgress } from '../../../core/format';
import { formatMessage, type MessageParams } from '../../../core/i18n';
import { coreMessages } from '../../../core/messages';
import { formatForTyping } from '../../../core/format-for-typing';
import { keyResultProgress } from '../../../core/progress';
import type { ScoreMessageKey } from '../../../core/scoring';
import type { Cycle, KeyResult, Objective, Team } from '../../../core/model';
import { groupByTeam } from '../../../core/teams';
import type { Board, ClosingReport } from '../../../store/repository';
import { useAppServices, useLocale, useLocaleWords } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { today } from '../../board/useBoardData';
import { dayAhead } from '../../components/CycleSwitcher/cycleTiming';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { fieldMessage } from '../../components/FieldMessage/fieldMessage';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import { ChoiceField } from '../parts/ChoiceField';
import { ConfirmDialog } from '../parts/ConfirmDialog';
import { DeleteCycleButton } from '../parts/DeleteCycleButton';
import { DeleteCycleDialog } from '../parts/DeleteCycleDialog';
import { SaveConfirmation } from '../parts/SaveConfirmation';
import { SectionHeading } from '../parts/SectionHeading';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useProgrammeSay, type ProgrammeSay } from '../programme-words';
import { shortName } from '../shortName';
import { useCycleHoldings } from '../useCycleHoldings';
import { useSectionStyles } from '../useSectionStyles';
import { useUnsavedSection } from '../useUnsavedSection';

interface ScoreEdit {
  readonly text: string;
  readonly reason: string;
}

/** The cycle's board, the scores of the cycles before it, and the scores and answers being edited. */
interface ClosingDraft {
  readonly board: Board;
  readonly history: readonly (readonly Objective[])[];
  readonly edits: Readonly<Record<string, ScoreEdit>>;
  readonly answers: Readonly<Record<string, string[]>>;
  /** The scores and answers as read: what differs from them is unsaved. */
  readonly read: Pick<ClosingDraft, 'edits' | 'answers'>;
}

const allTeams = '';
const closablePhases: ReadonlySet<CyclePhase> = new Set(['running', 'ended']);
/** A text's length is counted from this share of the longest kept. */
const nearTheLimit = 0.9;

/** Objectives by team, teams in the tree's order (parents first), so each says whose it is. */
function byTeam<T extends { readonly objective: Objective }>(
  closings: readonly T[],
  teams: readonly Team[],
  say: ProgrammeSay,
  locale: string,
): { readonly key: string; readonly name: string; readonly closings: readonly T[] }[] {
  return groupByTeam(closings, teams, (closing) => closing.objective.teamId, locale).map(
    (group) => ({
      key: group.teamId,
      name: group.team?.name ?? say('A team not found'),
      closings: group.items,
    }),
  );
}

/**
 * The core's readings of scores (an objective's, the sandbagging signal) in the host's display
 * language, said again from their keys: the core's English where the page loaded no words, numbers
 * the locale's way either way (0,45 in German).
 */
function useScoreReading(): (key: ScoreMessageKey, params: MessageParams) => string {
  const translated = useLocaleWords();
  const locale = useLocale();
  return (key, params) =>
    formatMessage(translated?.programme[key] ?? coreMessages.template(key), params, locale);
}

export default function ClosingSection(props: ProgrammeSectionProps) {
  const { access, programme, notify, open } = props;
  const styles = useSectionStyles();
  const { repository, operatingModel: model } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const sayReading = useScoreReading();
  const { issue: sayIssue } = useDialogWords();
  const { cycles, teams } = programme.data;
  // Running or ended, never one whose first day is ahead; the one just ended or ending next first.
  const closable = cycles.filter((cycle) => closablePhases.has(cyclePhase(cycle, today())));
  const [cycleId, setCycleId] = useState(
    props.cycleId ?? cycleEndingNearest(closable, today())?.id ?? '',
  );
  const [teamId, setTeamId] = useState(allTeams);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [report, setReport] = useState<ClosingReport | undefined>(undefined);
  // The cycle and team whose scores were last saved here, confirmed until edited or left.
  const [savedFor, setSavedFor] = useState<string | undefined>(undefined);
  // The cycle just closed here: what the rhythm asks for next is offered in its place.
  const [closed, setClosed] = useState<Cycle | undefined>(undefined);
  const [asking, setAsking] = useState<'close' | 'delete' | undefined>(undefined);
  // The dialogs open from state, not a DialogTrigger: their openers are where focus goes back.
  const opensDialog = useRestoreFocusTarget();
  const nextStep = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLDivElement>(null);
  // Saving refused for a field: focus goes to the first one named, where the fix is typed.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  // The close button goes with the form: focus goes on to the next step, not to the page.
  useEffect(() => {
    if (closed) nextStep.current?.focus();
  }, [closed]);
  const cycle = cycles.find((candidate) => candidate.id === cycleId);

  const load = useCallback(
    async (signal: AbortSignal): Promise<ClosingDraft> => {
      const teamIds = teamId ? [teamId] : undefined;
      const boardOf = (id: string) =>
        repository.loadBoard({ cycleId: id, ...(teamIds ? { teamIds } : {}) }, { signal });
      const past = cycles.filter((c) => c.state === 'closed' && c.id !== cycleId).slice(-3);
      const [board, pastBoards] = await Promise.all([
        boardOf(cycleId),
        Promise.all(past.map((c) => boardOf(c.id))),
      ]);
      const read = {
        edits: Object.fromEntries(
          board.keyResults.map((kr) => [
            kr.id,
            {
              text: formatForTyping(kr.score ?? proposedScore(kr, model), locale),
              reason: kr.scoreReason ?? '',
            },
          ]),
        ),
        answers: Object.fromEntries(board.objectives.map((o) => [o.id, answersFrom(o.learnings)])),
      };
      return { board, history: pastBoards.map((pastBoard) => pastBoard.objectives), ...read, read };
    },
    [repository, cycleId, teamId, cycles, model, locale],
  );
  const { data, reload, update } = useAsyncResource(cycleId ? load : undefined);
  const board = data.status === 'ready' ? data.board : undefined;
  const history = data.status === 'ready' ? data.history : [];
  const edits = data.status === 'ready' ? data.edits : {};
  const answers = data.status === 'ready' ? data.answers : {};
  const loadError = data.status === 'error' ? data.error : undefined;
  const changed =
    data.status === 'ready' &&
    JSON.stringify([data.edits, data.answers]) !==
      JSON.stringify([data.read.edits, data.read.answers]);
  // Another tab, closing the Programme, or another cycle or team chosen here would drop them.
  const leave = useUnsavedSection(say('the scores and learnings'), changed && !closed);
  // An empty cycle may be deleted from here: Delete is offered once it holds nothing else either.
  const holdings = useCycleHoldings(
    access.setUp && board?.objectives.length === 0 && teamId === allTeams ? [cycleId] : [],
  );
  const setEdits = (next: ClosingDraft['edits']) => update((read) => ({ ...read, edits: next }));
  const setAnswers = (next: ClosingDraft['answers']) =>
    update((read) => ({ ...read, answers: next }));

  // Scores are typed and read the reader's way (0,7 in German).
  const typedScore = (kr: KeyResult) =>
    readKeyResultScore(edits[kr.id] ?? { text: '', reason: '' }, proposedScore(kr, model), {
      ...model,
      locale,
    });
  const scoreOf = (kr: KeyResult) => typedScore(kr).score;
  const issuesOf = (kr: KeyResult) => typedScore(kr).issues;
  const keyResultsOf = (objective: Objective) =>
    board?.keyResults.filter((kr) => kr.objectiveId === objective.id) ?? [];
  const closings = useMemo(() => {
    if (!board) return [];
    // A score outside the scale counts as the proposed one until it is put right.
    const scores = new Map(
      board.keyResults
        .filter((kr) => !issuesOf(kr).some((issue) => issue.field === 'score'))
        .map((kr) => [kr.id, scoreOf(kr)] as const),
    );
    // The interpretation's numbers are the reader's, as the scores typed beside it (0,65 in German).
    return board.objectives.map((objective) =>
      closeObjective(objective, keyResultsOf(objective), scores, { ...model, locale }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, edits, model, locale]);
  const invalid =
    (board?.keyResults.some((kr) => issuesOf(kr).length > 0) ?? true) ||
    Object.values(answers).some((answered) =>
      answered.some((answer) => validateRetrospectiveAnswer(answer, model).length > 0),
    );
  const sandbagging = teamSandbagging(
    [...history, closings.map(({ objective, score }) => ({ ...objective, score }))],
    model,
  );

  const save = async (close: boolean) => {
    setSubmitted(true);
    if (invalid) setRefusals((count) => count + 1);
    if (!board || !cycle || invalid) return;
    setSaving(true);
    setError(undefined);
    setReport(undefined);
    setSavedFor(undefined);
    try {
      const saved = await repository.saveClosing({
        keyResults: board.keyResults.map((kr) => {
          const score = scoreOf(kr);
          const reason = (edits[kr.id]?.reason ?? '').trim();
          const rest = { ...kr };
          delete rest.scoreReason;
          return {
            ...rest,
            score,
            ...(reason && score !== proposedScore(kr, model) ? { scoreReason: reason } : {}),
          };
        }),
        objectives: closings.map(({ objective, score }) => {
          const learnings = learningsFrom(answers[objective.id] ?? []);
          const rest = { ...objective };
          delete rest.learnings;
          return { ...rest, score, ...(learnings ? { learnings } : {}) };
        }),
      });
      setReport(saved);
      if (saved.conflicts.length > 0) {
        setAsking(undefined);
        return;
      }
      if (close) {
        const closedCycle = await repository.updateCycle({ ...cycle, state: 'closed' });
        programme.applyCycle(closedCycle);
        setAsking(undefined);
        setClosed(closedCycle);
      } else {
        setSavedFor(`${cycleId} ${teamId}`);
        reload();
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  /** Closing is asked once the scores are fit to save: a refusal shows on the form first. */
  const askToClose = () => {
    setSubmitted(true);
    if (invalid) setRefusals((count) => count + 1);
    else setAsking('close');
  };
  // Teams with objectives here and no retrospective answer on any of them.
  const withoutRetrospective = teams.filter(
    (team) =>
      board?.objectives.some((objective) => objective.teamId === team.id) &&
      !board.objectives.some(
        (objective) =>
          objective.teamId === team.id &&
          (answers[objective.id] ?? []).some((answer) => answer.trim() !== ''),
      ),
  );
  const now = today();
  /** A text's length near and over its limit: "1,850 of 2,000 characters". */
  const counted = (text: string, max: number) =>
    text.length >= max * nearTheLimit
      ? say('{length} of {max} characters', { length: text.length, max })
      : undefined;
  const dialogs = cycle ? (
    asking === 'close' ? (
      <ConfirmDialog
        title={say('Close {cycle}?', { cycle: shortName(cycle) })}
        confirmLabel={say('Close {cycle}', { cycle: shortName(cycle) })}
        busyLabel={say('Closing…')}
        busy={saving}
        error={error}
        onConfirm={() => void save(true)}
        onDismiss={() => setAsking(undefined)}
      >
        <Text block>
          {board?.objectives.length
            ? say(
                "The scores and answers here are saved, and every team's OKRs in {cycle} become read-only: no more check-ins or changes. An admin can reopen it under Cycles.",
                { cycle: shortName(cycle) },
              )
            : say(
                '{cycle} becomes read-only: no objectives can be added to it. An admin can reopen it under Cycles.',
                { cycle: shortName(cycle) },
              )}
        </Text>
        {daysBetween(now, cycle.end) > 0 ? (
          <Text block weight="semibold">
            {say('{cycle} still runs: it ends {when}, on {end:day}.', {
              cycle: shortName(cycle),
              when: dayAhead(cycle.end, now, say),
              end: cycle.end,
            })}
          </Text>
        ) : null}
        {withoutRetrospective.length > 0 ? (
          <Text block>
            {say('{count} {count|team has|teams have} no retrospective yet: {teams}.', {
              count: withoutRetrospective.length,
              teams: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                withoutRetrospective.map(shortName),
              ),
            })}
          </Text>
        ) : null}
      </ConfirmDialog>
    ) : asking === 'delete' ? (
      <DeleteCycleDialog
        cycle={cycle}
        onDismiss={() => setAsking(undefined)}
        onRefused={(theirs) => {
          if (theirs) programme.applyCycle(theirs);
          holdings.reload();
        }}
        onDeleted={(deleted) => {
          programme.removeCycle(deleted.id);
          setAsking(undefined);
          const rest = closable.filter((other) => other.id !== deleted.id);
          setCycleId(cycleEndingNearest(rest, now)?.id ?? '');
          notify(say('{cycle} is deleted.', { cycle: shortName(deleted) }));
        }}
      />
    ) : null
  ) : null;

  if (closed) {
    const another = cycleEndingNearest(closable, now);
    // The closing is confirmed in the region under the form's Save and close, kept by its key.
    return (
      <div className={styles.section}>
        <EmptyState
          title={say('{cycle} is closed', { cycle: shortName(closed) })}
          message={say(
            'Its scores and learnings are kept, and its OKRs are read-only. Next, carry the unfinished OKRs into the next cycle, and look back at how this one ran in the cycle review.',
          )}
          action={
            <div className={styles.row}>
              <Button ref={nextStep} appearance="primary" onClick={() => open('next', closed.id)}>
                {say('Start the next cycle')}
              </Button>
              <Button onClick={() => open('review', closed.id)}>
                {say('Open the cycle review')}
              </Button>
              {another ? (
                <Button
                  appearance="subtle"
                  onClick={() => {
                    setClosed(undefined);
                    setSubmitted(false);
                    setReport(undefined);
                    setCycleId(another.id);
                  }}
                >
                  {say('Close {cycle}', { cycle: shortName(another) })}
                </Button>
              ) : null}
            </div>
          }
        />
        <SaveConfirmation
          key="saved"
          saved={say('{cycle} is closed. Its OKRs are read-only now.', {
            cycle: shortName(closed),
          })}
        />
      </div>
    );
  }
  if (closable.length === 0) {
    return (
      <EmptyState
        title={say('No cycle to close')}
        message={say(
          'Only an active cycle is closed. Closed cycles are read-only; an admin can reopen one under Cycles.',
        )}
      />
    );
  }
  const readOnly = !access.coach || cycle?.state !== 'active';
  /** One objective's scores and retrospective; under its team's heading when all teams show. */
  const objectiveCard = (
    { objective, score, interpretation }: (typeof closings)[number],
    heading: 'h3' | 'h4',
  ) => (
    <section key={objective.id} className={styles.card} aria-label={objective.title}>
      <Subtitle2 as={heading}>{objective.title}</Subtitle2>
      <Text>
        {say(
          objective.commitment === 'committed'
            ? 'Committed · score {score}'
            : 'Aspirational · score {score}',
          { score },
        )}
      </Text>
      <Caption1>{sayReading(interpretation.messageKey, interpretation.params)}</Caption1>
      <div className={styles.tableWrap}>
        <Table
          className={styles.table}
          size="small"
          aria-label={say('Scores of {title}', { title: objective.title })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say('Key result')}</TableHeaderCell>
              <TableHeaderCell>{say('Progress')}</TableHeaderCell>
              <TableHeaderCell>{say('Proposed')}</TableHeaderCell>
              <TableHeaderCell>{say('Score')}</TableHeaderCell>
              <TableHeaderCell>{say('Reason for a changed score')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {keyResultsOf(objective).map((kr) => {
              const edit = edits[kr.id] ?? { text: '', reason: '' };
              const issues = issuesOf(kr);
              // A score off the scale is named as it is typed; a missing one or a
              // missing reason (the next field) once saving is tried.
              const scoreIssue =
                submitted || edit.text.trim() !== ''
                  ? issues.find((issue) => issue.field === 'score')
                  : undefined;
              // A reason too long is named as it comes; a missing one once saving is tried.
              const reasonIssue = issues.find(
                (issue) =>
                  issue.field === 'scoreReason' && (submitted || issue.code === 'reasonTooLong'),
              );
              const readAs = typedScore(kr).readAs;
              return (
                <TableRow key={kr.id}>
                  <TableCell>{kr.title}</TableCell>
                  <TableCell>{formatProgress(keyResultProgress(kr), locale)}</TableCell>
                  {/* As the score field reads it back: what is shown here may be typed there. */}
                  <TableCell>{formatForTyping(proposedScore(kr, model), locale)}</TableCell>
                  <TableCell>
                    <Field
                      {...fieldMessage(
                        scoreIssue && sayIssue(scoreIssue),
                        readAs && sayIssue(readAs),
                      )}
                    >
                      <Input
                        input={{ className: styles.cellInput }}
                        aria-label={say('Score of {title}', { title: kr.title })}
                        inputMode="decimal"
                        disabled={readOnly}
                        value={edit.text}
                        onChange={(_, data) =>
                          setEdits({ ...edits, [kr.id]: { ...edit, text: data.value } })
                        }
                      />
                    </Field>
                  </TableCell>
                  <TableCell>
                    {/* No maxLength: the browser would cut a pasted reason without a word. */}
                    <Field
                      validationMessage={reasonIssue && sayIssue(reasonIssue)}
                      hint={counted(edit.reason, SCORE_REASON_MAX_LENGTH)}
                    >
                      <Input
                        input={{ className: styles.cellInput }}
                        aria-label={say('Reason for the score of {title}', { title: kr.title })}
                        disabled={readOnly}
                        value={edit.reason}
                        onChange={(_, data) =>
                          setEdits({ ...edits, [kr.id]: { ...edit, reason: data.value } })
                        }
                      />
                    </Field>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {retrospectivePrompts.map((prompt, index) => {
        const answer = answers[objective.id]?.[index] ?? '';
        const max = model.limits.noteMaxLength;
        const tooLong = validateRetrospectiveAnswer(answer, model)[0];
        return (
          // No maxLength: the browser would cut a pasted text without a word. A text too long
          // is named as it comes, and kept whole until it is shortened.
          <Field
            key={prompt}
            label={say(prompt)}
            validationMessage={tooLong && sayIssue(tooLong)}
            hint={counted(answer, max)}
          >
            <Textarea
              aria-label={`${say(prompt)} (${objective.title})`}
              disabled={readOnly}
              value={answer}
              onChange={(_, data) => {
                const next = [...(answers[objective.id] ?? ['', '', ''])];
                next[index] = data.value;
                setAnswers({ ...answers, [objective.id]: next });
              }}
            />
          </Field>
        );
      })}
    </section>
  );
  return (
    <div className={styles.section} ref={form}>
      <SectionHeading
        title={say('Close a cycle')}
        intro={say(
          'Each key result gets a score from 0 to {max}, proposed from its progress. Change it with a reason; objectives roll up by weight. Then answer the retrospective questions.',
          { max: model.scoring.max },
        )}
      />
      <div className={styles.row}>
        <ChoiceField
          label={say('Cycle')}
          items={closable}
          value={cycleId}
          onChange={(id) => leave(() => setCycleId(id))}
        />
        <ChoiceField
          label={say('Team')}
          items={teams.filter((team) => !team.archived)}
          value={teamId}
          onChange={(id) => leave(() => setTeamId(id))}
          none={say('All teams')}
        />
      </div>
      {loadError ? <ErrorState error={loadError} onRetry={reload} /> : null}
      {!board && !loadError ? (
        <LoadingState label={say('Loading the cycle’s OKRs')} rows={4} />
      ) : null}
      {board && board.objectives.length === 0 && teamId !== allTeams ? (
        <EmptyState
          title={say('No objectives to score')}
          message={say('This cycle has no objectives for the chosen team.')}
        />
      ) : null}
      {board && board.objectives.length === 0 && teamId === allTeams ? (
        <EmptyState
          title={say('No objectives to score')}
          message={say(
            '{cycle} holds no objectives. Close it to make it read-only, or delete it if it was made by mistake.',
            { cycle: cycle ? shortName(cycle) : '' },
          )}
          action={
            <div className={styles.row}>
              {!readOnly ? (
                <Button appearance="primary" {...opensDialog} onClick={askToClose}>
                  {say('Close {cycle}…', { cycle: cycle ? shortName(cycle) : '' })}
                </Button>
              ) : null}
              {access.setUp && cycle ? (
                <DeleteCycleButton
                  cycle={cycle}
                  held={holdings.heldBy(cycle.id)}
                  {...opensDialog}
                  onClick={() => setAsking('delete')}
                >
                  {say('Delete {cycle}…', { cycle: shortName(cycle) })}
                </DeleteCycleButton>
              ) : null}
            </div>
          }
        />
      ) : null}
      {sandbagging.suspected ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say('Sandbagging signal')}</MessageBarTitle>
            {sayReading('score.sandbagging', {
              max: model.scoring.max,
              cycles: sandbagging.cycles,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {board && teamId === allTeams
        ? byTeam(closings, teams, say, locale).map((group) => (
            <section key={group.key} className={styles.section} aria-label={group.name}>
              <Subtitle1 as="h3">{group.name}</Subtitle1>
              {group.closings.map((closing) => objectiveCard(closing, 'h4'))}
            </section>
          ))
        : null}
      {board && teamId !== allTeams
        ? closings.map((closing) => objectiveCard(closing, 'h3'))
        : null}
      {report && report.conflicts.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{say('Someone else changed some of these meanwhile')}</MessageBarTitle>
            <ul className={styles.list}>
              {report.conflicts.map((conflict) => (
                <li key={conflict.mine.id}>
                  {say('{who} changed “{title}” since you opened it.', {
                    who: conflict.changedBy?.displayName ?? say('Someone else'),
                    title: conflict.mine.title,
                  })}
                </li>
              ))}
            </ul>
            {say('The rest is saved. Reload to see their changes, then save these again.')}
          </MessageBarBody>
          <Button onClick={reload}>{say('Reload')}</Button>
        </MessageBar>
      ) : null}
      {submitted && invalid ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {say('Some scores or answers need fixing (see the fields above). Nothing was saved.')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? <ErrorState error={error} /> : null}
      <SaveConfirmation
        key="saved"
        saved={
          savedFor === `${cycleId} ${teamId}` && !changed
            ? say('Scores and learnings are saved.')
            : undefined
        }
      >
        {!readOnly && board && board.objectives.length > 0 ? (
          <div className={styles.toolbar}>
            <Button disabledFocusable={saving} onClick={() => void save(false)}>
              {say('Save scores and learnings')}
            </Button>
            {teamId === allTeams ? (
              <Button
                appearance="primary"
                disabledFocusable={saving}
                {...opensDialog}
                onClick={askToClose}
              >
                {say('Save and close {cycle}', { cycle: cycle ? shortName(cycle) : '' })}
              </Button>
            ) : (
              // Closing is for every team at once: from one team's scores it would leave the
              // others' key results unscored in a cycle that no longer takes scores.
              <Text>
                {say(
                  'To close {cycle}, choose All teams: it closes for every team, and each key result not scored yet gets the score its progress earns.',
                  { cycle: cycle ? shortName(cycle) : '' },
                )}
              </Text>
            )}
            <span className={styles.spacer} />
            <Button appearance="subtle" onClick={() => open('next', cycleId)}>
              {say('Start the next cycle…')}
            </Button>
          </div>
        ) : null}
      </SaveConfirmation>
      {dialogs}
    </div>
  );
}
