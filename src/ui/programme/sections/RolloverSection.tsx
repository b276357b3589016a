import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { parentsElsewhere } from '../../../core/alignment-across-cycles';
import { followingCycle, validateCyclePlacement } from '../../../core/cycle-templates';
import { formatProgress } from '../../../core/format';
import { keyResultProgress } from '../../../core/progress';
import {
  carriedBoth,
  carriedOver,
  chooseAll,
  countChoice,
  defaultRolloverSelection,
  leftByRun,
  leftOutByRun,
  leftOutOf,
  missingUnderCarried,
  planRollover,
  type Carried,
  type LeftOutChange,
  type LinkFate,
  type LostBecause,
  type RolloverContext,
  type RolloverPlan,
  type RolloverSelection,
} from '../../../core/rollover';
import type { Cycle, Objective } from '../../../core/model';
import { groupByTeam } from '../../../core/teams';
import { MissingColumnError } from '../../../store/missing-column-error';
import type { Board, RolloverReport } from '../../../store/repository';
import { useAppServices, useLocale } from '../../app/AppServices';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useRunAction } from '../../hooks/useRunAction';
import { ChoiceField } from '../parts/ChoiceField';
import { SaveConfirmation } from '../parts/SaveConfirmation';
import { SectionHeading } from '../parts/SectionHeading';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useProgrammeSay, type ProgrammeText } from '../programme-words';
import { shortName } from '../shortName';
import { useSectionStyles } from '../useSectionStyles';

/**
 * The source cycle's board, the objectives and KRs off it that its OKRs align to or roll up from
 * (with the objectives of those KRs, which say their cycle), what of it the next cycle holds
 * already, and what to carry now.
 */
interface RolloverDraft {
  readonly board: Board;
  readonly elsewhere: RolloverContext['elsewhere'];
  readonly keyResultsElsewhere: RolloverContext['keyResultsElsewhere'];
  readonly carried: Carried;
  /** What coaches left out of the next cycle, as it records: not chosen for you again. */
  readonly leftOut: RolloverSelection;
  readonly selection: RolloverSelection;
}

const nothingSelected: RolloverSelection = { objectiveIds: new Set(), keyResultIds: new Set() };

const useStyles = makeStyles({
  keyResults: {
    listStyleType: 'none',
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
  },
  team: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlockStart: tokens.spacingVerticalS,
  },
  teamHeading: { margin: 0, overflowWrap: 'anywhere' },
  links: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  label: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

/** Why an alignment or roll-up to an item of another cycle cannot be kept, in words. */
const lostBecause = {
  alignment: {
    closed: '“{from}” loses its alignment to “{to}”, which stays in {cycle}, a closed cycle',
    endsFirst:
      '“{from}” loses its alignment to “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends',
    startsLater:
      '“{from}” loses its alignment to “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts',
  },
  rollUp: {
    closed: '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, a closed cycle',
    endsFirst:
      '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends',
    startsLater:
      '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts',
  },
} as const satisfies Record<LinkFate['link'], Record<LostBecause['because'], ProgrammeText>>;

function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** "Start the next cycle": clone chosen objectives and KRs, unfinished ones pre-selected. */
export default function RolloverSection(props: ProgrammeSectionProps) {
  const { access, programme } = props;
  const styles = useSectionStyles();
  const own = useStyles();
  const { repository, operatingModel } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const { cycles } = programme.data;
  const sources = cycles.filter((cycle) => cycle.state !== 'planning');
  const [sourceId, setSourceId] = useState(
    props.cycleId ??
      sources.filter((c) => c.state === 'closed').at(-1)?.id ??
      sources.at(-1)?.id ??
      '',
  );
  const source = cycles.find((cycle) => cycle.id === sourceId);
  const targets = cycles.filter(
    (cycle) =>
      cycle.id !== sourceId && cycle.state !== 'closed' && (!source || cycle.start > source.start),
  );
  const [targetId, setTargetId] = useState('');
  const target = cycles.find((cycle) => cycle.id === (targetId || targets[0]?.id));
  // With no cycle after the source yet, an admin creates the one that follows it here.
  const following =
    source && targets.length === 0 ? followingCycle(source, operatingModel.fiscalYear) : undefined;
  const creatable = following && !validateCyclePlacement(following, cycles) ? following : undefined;
  const [clientId] = useState(() => crypto.randomUUID());
  const creation = useRunAction();
  /** The cycle created here: confirmed where its Create button was, the focus on Into. */
  const [created, setCreated] = useState<Cycle>();
  const into = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (created) into.current?.focus();
  }, [created]);
  const createFollowing = () => {
    if (!creatable) return;
    setCreated(undefined);
    creation.run(async () => {
      const created = await repository.createCycle({
        ...creatable,
        state: 'planning',
        clientId: `${clientId}:${creatable.start}`,
      });
      programme.applyCycle(created);
      setTargetId(created.id);
      setCreated(created);
    });
  };
  const load = useCallback(
    async (signal: AbortSignal): Promise<RolloverDraft> => {
      const [board, next] = await Promise.all([
        repository.loadBoard({ cycleId: sourceId }, { signal }),
        target ? repository.loadBoard({ cycleId: target.id }, { signal }) : undefined,
      ]);
      // What the OKRs align to or roll up from off this board: its cycle says whether it is kept.
      const here = new Set(board.objectives.map((objective) => objective.id));
      const krsHere = new Set(board.keyResults.map((kr) => kr.id));
      const contributorsOff = (kind: 'objective' | 'keyResult', on: ReadonlySet<string>) =>
        board.keyResults.flatMap((kr) =>
          (kr.rolledUpFrom ?? []).flatMap((c) => (c.kind === kind && !on.has(c.id) ? [c.id] : [])),
        );
      const krsOff = [...new Set(contributorsOff('keyResult', krsHere))];
      const keyResultsElsewhere = krsOff.length
        ? await repository.loadKeyResults(krsOff, { signal })
        : [];
      // A KR's cycle is its objective's: read with the objectives aligned to.
      const offBoard = [
        ...parentsElsewhere(board.objectives),
        ...contributorsOff('objective', here),
        ...keyResultsElsewhere.map((kr) => kr.objectiveId).filter((id) => !here.has(id)),
      ];
      const elsewhere = offBoard.length
        ? await repository.loadObjectives([...new Set(offBoard)], { signal })
        : [];
      const carried = next ? carriedOver(board, next) : nothingSelected;
      const leftOut = leftOutOf(next?.cycle, sourceId);
      return {
        board,
        elsewhere,
        keyResultsElsewhere,
        carried,
        leftOut,
        selection: defaultRolloverSelection(board, carried, leftOut),
      };
    },
    [repository, sourceId, target],
  );
  const { data, update } = useAsyncResource(sourceId ? load : undefined);
  const board = data.status === 'ready' ? data.board : undefined;
  const selection = data.status === 'ready' ? data.selection : nothingSelected;
  const carried: Carried = data.status === 'ready' ? data.carried : nothingSelected;
  const leftOut = data.status === 'ready' ? data.leftOut : nothingSelected;
  const loadError = data.status === 'error' ? data.error : undefined;
  const setSelection = (next: RolloverSelection) =>
    update((read) => ({ ...read, selection: next }));
  const choose = (objectives: readonly Objective[], on: boolean) =>
    board && setSelection(chooseAll(selection, board, objectives, on, carried));
  const teams = board ? groupByTeam(board.objectives, board.teams, (o) => o.teamId, locale) : [];
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  /** "Chosen: 1 of 2 objectives and 3 of 4 key results", or "All are in Q1 2027 already". */
  const choiceCount = ({ objectives: o, keyResults: k }: ReturnType<typeof countChoice>) => {
    // Objectives are in the next cycle already only once there is one.
    const cycle = target?.name ?? '';
    if (o.open + k.open === 0) return say('All are in {cycle} already', { cycle });
    const what = list([
      ...(o.open > 0
        ? [
            say('{chosen} of {count} {count|objective|objectives}', {
              chosen: o.chosen,
              count: o.open,
            }),
          ]
        : []),
      ...(k.open > 0
        ? [
            say('{chosen} of {count} {count|key result|key results}', {
              chosen: k.chosen,
              count: k.open,
            }),
          ]
        : []),
    ]);
    return o.held + k.held > 0
      ? say('Chosen: {what}; the others are in {cycle} already', { what, cycle })
      : say('Chosen: {what}', { what });
  };
  /** "Select all" and "Select none" for `objectives` (a team's, named, or every team's) and their KRs. */
  const allOrNone = (source: Board, objectives: readonly Objective[], team?: string) => {
    const counted = countChoice(source, objectives, selection, carried);
    const open = counted.objectives.open + counted.keyResults.open;
    const chosen = counted.objectives.chosen + counted.keyResults.chosen;
    return (
      <div className={styles.toolbar}>
        <Caption1 className={styles.muted}>{choiceCount(counted)}</Caption1>
        <Button
          size="small"
          appearance="subtle"
          aria-label={
            team
              ? say('Select all of {team}’s objectives and key results', { team })
              : say('Select all objectives and key results')
          }
          disabledFocusable={open === 0}
          onClick={() => choose(objectives, true)}
        >
          {say('Select all')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={
            team
              ? say('Select none of {team}’s objectives and key results', { team })
              : say('Select none of the objectives and key results')
          }
          disabledFocusable={chosen === 0}
          onClick={() => choose(objectives, false)}
        >
          {say('Select none')}
        </Button>
      </div>
    );
  };
  const action = useRunAction();

  const elsewhere = data.status === 'ready' ? data.elsewhere : undefined;
  const keyResultsElsewhere = data.status === 'ready' ? data.keyResultsElsewhere : undefined;
  const context = useMemo(
    () => ({ cycles, elsewhere, keyResultsElsewhere, carried }),
    [cycles, elsewhere, keyResultsElsewhere, carried],
  );
  const plan = useMemo(
    () => (board && target ? planRollover(board, selection, target.id, context) : undefined),
    [board, selection, target, context],
  );
  /** This session's last run from `sourceId` into `targetId`: what it could not carry stays chosen. */
  const [lastRun, setLastRun] = useState<{
    sourceId: string;
    targetId: string;
    report: RolloverReport;
  }>();
  const run =
    lastRun && lastRun.sourceId === sourceId && lastRun.targetId === target?.id
      ? lastRun.report
      : undefined;
  /**
   * What the next cycle lacks under what it holds, found on opening (a run Graph partly refused,
   * then the page closed): chosen again below. After a run here, its report says what it could
   * not carry instead, and what the coach left out is not offered again.
   */
  const missing = useMemo(() => {
    if (!board || run) return [];
    const { keyResults, initiatives } = missingUnderCarried(board, carried, leftOut);
    return [...keyResults, ...initiatives].map((item) => item.title);
  }, [board, run, carried, leftOut]);
  /** What the next cycle records as left out and does not hold: the titles, objectives first. */
  const leftOutTitles = board
    ? [
        ...board.objectives.filter(
          (o) => leftOut.objectiveIds.has(o.id) && !carried.objectiveIds.has(o.id),
        ),
        ...board.keyResults.filter(
          (kr) => leftOut.keyResultIds.has(kr.id) && !carried.keyResultIds.has(kr.id),
        ),
      ].map((item) => item.title)
    : [];
  /**
   * The confirmation of the last save here, in the section's flow (a toast covered Carry), said
   * while From and Into are still the cycles it was about.
   */
  const [lastSaved, setLastSaved] = useState<{ words: string; from: string; into: string }>();
  const saved =
    lastSaved && lastSaved.from === sourceId && lastSaved.into === target?.id
      ? lastSaved.words
      : undefined;
  const setSaved = (words: string | undefined) =>
    setLastSaved(
      words === undefined ? undefined : { words, from: sourceId, into: target?.id ?? '' },
    );
  /** Why what was left out could not be recorded, when the carrying itself went through. */
  const [recordError, setRecordError] = useState<unknown>();
  const recording = useRunAction();
  /** Records `change` with the next cycle; the draft takes what it stores. */
  const record = async (into: Cycle, change: LeftOutChange) => {
    setRecordError(undefined);
    try {
      const stored = await repository.recordLeftOut(into.id, sourceId, change);
      const now = leftOutOf(stored, sourceId);
      update((read) => ({ ...read, leftOut: now }));
      return now;
    } catch (error) {
      setRecordError(error);
      return undefined;
    }
  };

  /** A sentence saying whether one alignment or roll-up of a copy is kept, naming both ends. */
  const fateSentence = ({ link, from, to, fate, cycle = '', why, next = '' }: LinkFate) => {
    const alignment = link === 'alignment';
    if (fate === 'staysIn' && why)
      return say(lostBecause[link][why.because], {
        from,
        to,
        cycle,
        next,
        ...(why.because === 'endsFirst' ? { end: why.end } : {}),
        ...(why.because === 'startsLater' ? { start: why.start } : {}),
      });
    if (fate === 'carried')
      return alignment
        ? say('“{from}” stays aligned to “{to}”, carried too', { from, to })
        : say('“{from}” still rolls up from “{to}”, carried too', { from, to });
    if (fate === 'spans')
      return alignment
        ? say('“{from}” stays aligned to “{to}” in {cycle}', { from, to, cycle })
        : say('“{from}” still rolls up from “{to}” in {cycle}', { from, to, cycle });
    if (fate === 'staysIn')
      return alignment
        ? say('“{from}” loses its alignment to “{to}”, which stays in {cycle}', { from, to, cycle })
        : say('“{from}” no longer rolls up from “{to}”, which stays in {cycle}', {
            from,
            to,
            cycle,
          });
    return alignment
      ? say('“{from}” loses its alignment to an objective no longer found', { from })
      : say('“{from}” no longer rolls up from an item no longer found', { from });
  };
  const fates = (kept: boolean) => {
    const shown = (plan?.links ?? []).filter(
      (fate) => (fate.fate === 'carried' || fate.fate === 'spans') === kept,
    );
    if (shown.length === 0) return null;
    const heading = kept ? say('Kept') : say('Cannot be kept');
    return (
      <div>
        <Caption1 as="h4" className={own.teamHeading}>
          {heading}
        </Caption1>
        <ul className={own.links} aria-label={heading}>
          {shown.map((fate, index) => (
            <li key={index}>{fateSentence(fate)}</li>
          ))}
        </ul>
      </div>
    );
  };

  /** A title, with "Already in Q1 2027", or "Left out of Q1 2027" as coaches chose. */
  const labelled = (title: string, already: boolean, left: boolean) =>
    (already || left) && target ? (
      <span className={own.label}>
        {title}
        <Badge appearance="tint" color={already ? 'informative' : 'subtle'}>
          {already
            ? say('Already in {cycle}', { cycle: shortName(target) })
            : say('Left out of {cycle}', { cycle: shortName(target) })}
        </Badge>
      </span>
    ) : (
      title
    );

  /** "1 objective, 2 key results and 3 open initiatives": each kind there is, counted. */
  const counted = (objectives: number, keyResults: number, initiatives: number) =>
    list([
      ...(objectives > 0
        ? [say('{count} {count|objective|objectives}', { count: objectives })]
        : []),
      ...(keyResults > 0
        ? [say('{count} {count|key result|key results}', { count: keyResults })]
        : []),
      ...(initiatives > 0
        ? [say('{count} open {count|initiative|initiatives}', { count: initiatives })]
        : []),
    ]);

  const carry = () => {
    if (!plan || !target || !board) return;
    setSaved(undefined);
    action.run(async () => {
      const report = await repository.rollOver(plan);
      setLastRun({ sourceId, targetId: target.id, report });
      const cycle = shortName(target);
      const what = counted(
        report.objectives.length,
        report.keyResults.length,
        report.initiatives.length,
      );
      const confirmation = what
        ? say('In {cycle} now: {what}.', { cycle, what })
        : say('Nothing was carried into {cycle}.', { cycle });
      // The report holds what this run's plan covers; the next cycle keeps what it held before.
      // What the run chose and could not carry stays chosen, and only that.
      update((read) => {
        const now = carriedBoth(read.carried, carriedOver(read.board, report));
        return { ...read, carried: now, selection: leftByRun(plan, now) };
      });
      // What was offered and not chosen stays out for every coach, also after a reload; what was
      // carried is no longer left out. Recorded only when that changes what the cycle holds.
      const change = leftOutByRun(board, selection, carried, plan);
      const newly = {
        objectiveIds: [...change.leaveOut.objectiveIds].filter(
          (id) => !leftOut.objectiveIds.has(id),
        ),
        keyResultIds: [...change.leaveOut.keyResultIds].filter(
          (id) => !leftOut.keyResultIds.has(id),
        ),
      };
      const changes =
        newly.objectiveIds.length + newly.keyResultIds.length > 0 ||
        [...change.takeBack.objectiveIds].some((id) => leftOut.objectiveIds.has(id)) ||
        [...change.takeBack.keyResultIds].some((id) => leftOut.keyResultIds.has(id));
      const recorded = changes ? await record(target, change) : undefined;
      setSaved(
        recorded && newly.objectiveIds.length + newly.keyResultIds.length > 0
          ? `${confirmation} ${say('Left out of {cycle} for every coach: {what}.', {
              cycle,
              what: counted(newly.objectiveIds.length, newly.keyResultIds.length, 0),
            })}`
          : confirmation,
      );
    });
  };

  /** Offers what was left out again: chosen here, and no longer left out for any coach. */
  const offerAgain = () => {
    if (!target) return;
    const taken = leftOut;
    setSaved(undefined);
    recording.run(async () => {
      const now = await record(target, { leaveOut: nothingSelected, takeBack: taken });
      if (!now) return;
      update((read) => ({
        ...read,
        selection: {
          objectiveIds: new Set([...read.selection.objectiveIds, ...taken.objectiveIds]),
          keyResultIds: new Set([...read.selection.keyResultIds, ...taken.keyResultIds]),
        },
      }));
      setSaved(
        say('Offered again for {cycle}: they are chosen below.', { cycle: shortName(target) }),
      );
    });
  };

  /** "Carry 2 objectives, 3 key results and 1 open initiative into Q1 2027": what the plan holds. */
  const carryLabel = ({ objectives, keyResults, initiatives }: RolloverPlan, cycle: string) => {
    const what = counted(objectives.length, keyResults.length, initiatives.length);
    return what
      ? say('Carry {what} into {cycle}', { what, cycle })
      : say('Nothing chosen to carry into {cycle}', { cycle });
  };

  if (!access.coach) {
    return (
      <EmptyState
        title={say('Coaches and admins start the next cycle')}
        message={say(
          'They carry unfinished objectives and key results over, each starting where it ended.',
        )}
      />
    );
  }
  if (sources.length === 0) {
    return (
      <EmptyState
        title={say('Nothing to roll over yet')}
        message={say('Once a cycle has run, its unfinished OKRs can carry over into the next.')}
      />
    );
  }
  return (
    <div className={styles.section}>
      <SectionHeading
        title={say('Start the next cycle')}
        intro={say(
          'Unfinished objectives and key results are chosen for you. Each key result starts where it ended, with its phased targets and open initiatives; an alignment is kept when what it points to comes along too or runs on in a cycle spanning the next.',
        )}
      />
      <div className={styles.row}>
        <ChoiceField label={say('From')} items={sources} value={sourceId} onChange={setSourceId} />
        <ChoiceField
          label={say('Into')}
          triggerRef={into}
          items={targets}
          value={target?.id ?? ''}
          onChange={setTargetId}
          {...(targets.length === 0
            ? {
                validationMessage: say(
                  creatable && access.setUp
                    ? 'No cycle follows {cycle} yet.'
                    : 'No cycle follows {cycle} yet: an admin creates it under Cycles.',
                  { cycle: source?.name ?? '' },
                ),
              }
            : {})}
        />
      </div>
      {(creatable || created) && access.setUp ? (
        <SaveConfirmation
          saved={created && say('{cycle} is created, in planning.', { cycle: shortName(created) })}
        >
          {creatable ? (
            <Button disabledFocusable={creation.busy} onClick={createFollowing}>
              {say('Create {cycle} ({start:day} to {end:day})', {
                cycle: shortName(creatable),
                start: creatable.start,
                end: creatable.end,
              })}
            </Button>
          ) : null}
        </SaveConfirmation>
      ) : null}
      {creation.error ? <ErrorState error={creation.error} /> : null}
      {loadError ? <ErrorState error={loadError} /> : null}
      {!board && !loadError ? (
        <LoadingState label={say('Loading the cycle’s OKRs')} rows={4} />
      ) : null}
      {board ? (
        <fieldset className={styles.card}>
          <legend className={styles.legend}>
            <Subtitle2>{say('Objectives and key results to carry over')}</Subtitle2>
          </legend>
          {allOrNone(board, board.objectives)}
          {teams.map((group) => {
            const name = group.team?.name ?? say('A team not found');
            return (
              <section
                key={group.teamId}
                className={own.team}
                aria-labelledby={`rollover-team-${group.teamId}`}
              >
                <Subtitle2 as="h3" id={`rollover-team-${group.teamId}`} className={own.teamHeading}>
                  {name}
                </Subtitle2>
                {allOrNone(board, group.items, name)}
                {group.items.map((objective) => (
                  <div key={objective.id}>
                    <Checkbox
                      disabled={carried.objectiveIds.has(objective.id)}
                      label={labelled(
                        objective.title,
                        carried.objectiveIds.has(objective.id),
                        leftOut.objectiveIds.has(objective.id),
                      )}
                      checked={selection.objectiveIds.has(objective.id)}
                      onChange={(_, data) =>
                        setSelection({
                          ...selection,
                          objectiveIds: toggled(
                            selection.objectiveIds,
                            objective.id,
                            Boolean(data.checked),
                          ),
                        })
                      }
                    />
                    <ul
                      className={own.keyResults}
                      aria-label={say('Key results of {title}', { title: objective.title })}
                    >
                      {board.keyResults
                        .filter((kr) => kr.objectiveId === objective.id)
                        .map((kr) => (
                          <li key={kr.id}>
                            {/*
                             * Off with its objective: a KR comes along only with it, or goes under
                             * its copy once the next cycle holds it. One carried is not offered.
                             */}
                            <Checkbox
                              disabled={
                                carried.keyResultIds.has(kr.id) ||
                                !(
                                  selection.objectiveIds.has(objective.id) ||
                                  carried.objectiveIds.has(objective.id)
                                )
                              }
                              label={labelled(
                                `${kr.title} (${formatProgress(keyResultProgress(kr), locale)})`,
                                carried.keyResultIds.has(kr.id),
                                leftOut.keyResultIds.has(kr.id),
                              )}
                              checked={
                                (selection.objectiveIds.has(objective.id) ||
                                  carried.objectiveIds.has(objective.id)) &&
                                !carried.keyResultIds.has(kr.id) &&
                                selection.keyResultIds.has(kr.id)
                              }
                              onChange={(_, data) =>
                                setSelection({
                                  ...selection,
                                  keyResultIds: toggled(
                                    selection.keyResultIds,
                                    kr.id,
                                    Boolean(data.checked),
                                  ),
                                })
                              }
                            />
                          </li>
                        ))}
                    </ul>
                  </div>
                ))}
              </section>
            );
          })}
        </fieldset>
      ) : null}
      {plan && (plan.links.length > 0 || plan.initiatives.length > 0) ? (
        <section className={styles.card} aria-labelledby="rollover-links">
          <Subtitle2 as="h3" id="rollover-links" className={own.teamHeading}>
            {say('Alignments and roll-ups')}
          </Subtitle2>
          {fates(true)}
          {fates(false)}
          {plan.initiatives.length > 0 ? (
            <Caption1>
              {say(
                '{count} open {count|initiative comes|initiatives come} along with {count|its key result|their key results}.',
                { count: plan.initiatives.length },
              )}
            </Caption1>
          ) : null}
        </section>
      ) : null}
      {run && run.notCarried.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say(
              'Not carried: {titles}. They are still chosen below; carrying again adds only what is missing.',
              { titles: list(run.notCarried.map((item) => item.title)) },
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {missing.length > 0 && target && source ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say(
              'Not in {cycle} yet, under what it holds already: {titles}. They are chosen below; untick a key result to leave it in {source}.',
              { cycle: shortName(target), titles: list(missing), source: shortName(source) },
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {leftOutTitles.length > 0 && target ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {say(
              'Left out of {cycle} by choice: {titles}. Tick one to carry it after all, or offer them all again.',
              { cycle: shortName(target), titles: list(leftOutTitles) },
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabledFocusable={recording.busy || action.busy} onClick={offerAgain}>
              {say('Offer them again')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {run?.notCarried[0]?.error ? <ErrorState error={run.notCarried[0].error} /> : null}
      {action.error ? <ErrorState error={action.error} /> : null}
      {recordError instanceof MissingColumnError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say(
              'What you left out is not kept: this OKR site has no column for it yet (RolloverLeftOut in OKR Cycles). An admin adds it by running the site set-up again (npm run provision-lists); until then, a reload offers it again.',
            )}
          </MessageBarBody>
        </MessageBar>
      ) : recordError ? (
        <ErrorState error={recordError} />
      ) : null}
      <SaveConfirmation saved={saved}>
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            disabledFocusable={
              action.busy ||
              !plan ||
              plan.objectives.length + plan.keyResults.length + plan.initiatives.length === 0
            }
            onClick={carry}
          >
            {plan && target ? carryLabel(plan, shortName(target)) : say('Carry over')}
          </Button>
        </div>
      </SaveConfirmation>
    </div>
  );
}
