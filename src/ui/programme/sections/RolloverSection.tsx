import { useCallback, useMemo, useState } from 'react';
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
  defaultRolloverSelection,
  missingUnderCarried,
  planRollover,
  type Carried,
  type LinkFate,
  type LostBecause,
  type RolloverContext,
  type RolloverPlan,
  type RolloverSelection,
} from '../../../core/rollover';
import type { Objective } from '../../../core/model';
import { groupByTeam } from '../../../core/teams';
import type { Board, RolloverReport } from '../../../store/repository';
import { useAppServices, useLocale } from '../../app/AppServices';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useRunAction } from '../../hooks/useRunAction';
import { ChoiceField } from '../parts/ChoiceField';
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
  const { access, programme, notify } = props;
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
  const createFollowing = () => {
    if (!creatable) return;
    creation.run(async () => {
      const created = await repository.createCycle({
        ...creatable,
        state: 'planning',
        clientId: `${clientId}:${creatable.start}`,
      });
      programme.applyCycle(created);
      setTargetId(created.id);
      notify(say('{cycle} is created, in planning.', { cycle: shortName(created) }));
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
      return {
        board,
        elsewhere,
        keyResultsElsewhere,
        carried,
        selection: defaultRolloverSelection(board, carried),
      };
    },
    [repository, sourceId, target],
  );
  const { data, update } = useAsyncResource(sourceId ? load : undefined);
  const board = data.status === 'ready' ? data.board : undefined;
  const selection = data.status === 'ready' ? data.selection : nothingSelected;
  const carried: Carried = data.status === 'ready' ? data.carried : nothingSelected;
  const loadError = data.status === 'error' ? data.error : undefined;
  const setSelection = (next: RolloverSelection) =>
    update((read) => ({ ...read, selection: next }));
  const choose = (objectives: readonly Objective[], on: boolean) =>
    board && setSelection(chooseAll(selection, board, objectives, on, carried));
  const teams = board ? groupByTeam(board.objectives, board.teams, (o) => o.teamId) : [];
  /** "1 of 2 objectives chosen, 1 in Q1 2027 already", or "All 3 are in Q1 2027 already". */
  const choiceCount = (all: number, open: number, chosen: number) => {
    // Objectives are in the next cycle already only once there is one.
    const into = target?.name ?? '';
    if (open === 0) return say('All {count} are in {cycle} already', { count: all, cycle: into });
    return open < all
      ? say(
          '{chosen} of {count} {count|objective|objectives} chosen, {already} in {cycle} already',
          { chosen, count: open, already: all - open, cycle: into },
        )
      : say('{chosen} of {count} {count|objective|objectives} chosen', { chosen, count: open });
  };
  /** "Select all" and "Select none" for `objectives`: a team's (named) or every team's. */
  const allOrNone = (objectives: readonly Objective[], team?: string) => {
    const open = objectives.filter((objective) => !carried.objectiveIds.has(objective.id));
    const chosen = open.filter((objective) => selection.objectiveIds.has(objective.id)).length;
    return (
      <div className={styles.toolbar}>
        <Caption1 className={styles.muted}>
          {choiceCount(objectives.length, open.length, chosen)}
        </Caption1>
        <Button
          size="small"
          appearance="subtle"
          aria-label={
            team ? say('Select all of {team}’s objectives', { team }) : say('Select all objectives')
          }
          disabled={open.length === 0}
          onClick={() => choose(objectives, true)}
        >
          {say('Select all')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={
            team
              ? say('Select none of {team}’s objectives', { team })
              : say('Select none of the objectives')
          }
          disabled={chosen === 0}
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
  /**
   * What an earlier run left out under what it carried (Graph refused it, the page was closed):
   * found again on a reload, carried again on its own.
   */
  const missing = useMemo(() => {
    if (!board || !target) return undefined;
    const { keyResults, initiatives } = missingUnderCarried(board, carried);
    if (keyResults.length + initiatives.length === 0) return undefined;
    const only = {
      objectiveIds: new Set<string>(),
      keyResultIds: new Set(keyResults.map((kr) => kr.id)),
    };
    return {
      titles: [...keyResults, ...initiatives].map((item) => item.title),
      plan: planRollover(board, only, target.id, context),
    };
  }, [board, target, carried, context]);
  /** The last run's plan while some of it was not carried: carrying again completes it. */
  const [unfinished, setUnfinished] = useState<{ plan: RolloverPlan; report: RolloverReport }>();

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

  /** A title, with "Already in Q1 2027" once the next cycle holds its copy. */
  const labelled = (title: string, already: boolean) =>
    already && target ? (
      <span className={own.label}>
        {title}
        <Badge appearance="tint" color="informative">
          {say('Already in {cycle}', { cycle: shortName(target) })}
        </Badge>
      </span>
    ) : (
      title
    );

  const carry = (plan: RolloverPlan | undefined) => {
    if (!plan || !target) return;
    action.run(async () => {
      const report = await repository.rollOver(plan);
      setUnfinished(report.notCarried.length > 0 ? { plan, report } : undefined);
      const cycle = shortName(target);
      const [objectives, keyResults, initiatives] = [
        report.objectives.length,
        report.keyResults.length,
        report.initiatives.length,
      ];
      notify(
        objectives > 0 || keyResults + initiatives === 0
          ? say(
              '{objectives} {objectives|objective|objectives} and {keyResults} {keyResults|key result|key results} are in {cycle}.',
              { objectives, keyResults, cycle },
            )
          : keyResults > 0
            ? say('{keyResults} {keyResults|key result is|key results are} in {cycle}.', {
                keyResults,
                cycle,
              })
            : say('{count} open {count|initiative is|initiatives are} in {cycle}.', {
                count: initiatives,
                cycle,
              }),
      );
      // The report holds what this run's plan covers; the next cycle keeps what it held before.
      update((read) => {
        const now = carriedBoth(read.carried, carriedOver(read.board, report));
        return {
          ...read,
          carried: now,
          selection: defaultRolloverSelection(read.board, now),
        };
      });
    });
  };

  /** "Carry 2 objectives and 3 key results into Q1 2027", or what is left when those are there. */
  const carryLabel = ({ objectives, keyResults, initiatives }: RolloverPlan, cycle: string) =>
    objectives.length > 0 || keyResults.length + initiatives.length === 0
      ? say(
          'Carry {objectives} {objectives|objective|objectives} and {keyResults} {keyResults|key result|key results} into {cycle}',
          { objectives: objectives.length, keyResults: keyResults.length, cycle },
        )
      : keyResults.length > 0
        ? say('Carry {keyResults} {keyResults|key result|key results} into {cycle}', {
            keyResults: keyResults.length,
            cycle,
          })
        : say('Carry {count} open {count|initiative|initiatives} into {cycle}', {
            count: initiatives.length,
            cycle,
          });

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
      {creatable && access.setUp ? (
        <div>
          <Button disabledFocusable={creation.busy} onClick={createFollowing}>
            {say('Create {cycle} ({start:day} to {end:day})', {
              cycle: shortName(creatable),
              start: creatable.start,
              end: creatable.end,
            })}
          </Button>
        </div>
      ) : null}
      {creation.error ? <ErrorState error={creation.error} /> : null}
      {loadError ? <ErrorState error={loadError} /> : null}
      {!board && !loadError ? (
        <LoadingState label={say('Loading the cycle’s OKRs')} rows={4} />
      ) : null}
      {board ? (
        <fieldset className={styles.card}>
          <legend>
            <Subtitle2>{say('Objectives and key results to carry over')}</Subtitle2>
          </legend>
          {allOrNone(board.objectives)}
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
                {allOrNone(group.items, name)}
                {group.items.map((objective) => (
                  <div key={objective.id}>
                    <Checkbox
                      label={labelled(objective.title, carried.objectiveIds.has(objective.id))}
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
      {unfinished ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say('Not carried: {titles}. Carrying again adds only what is missing.', {
              titles: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                unfinished.report.notCarried.map((item) => item.title),
              ),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabledFocusable={action.busy} onClick={() => carry(unfinished.plan)}>
              {say('Carry again')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!unfinished && missing && target ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say(
              'Missing under what {cycle} holds already: {titles}. Carrying again adds only these.',
              {
                cycle: shortName(target),
                titles: new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing.titles),
              },
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabledFocusable={action.busy} onClick={() => carry(missing.plan)}>
              {say('Carry again')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {unfinished?.report.notCarried[0]?.error ? (
        <ErrorState error={unfinished.report.notCarried[0].error} />
      ) : null}
      {action.error ? <ErrorState error={action.error} /> : null}
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          disabled={
            !plan || plan.objectives.length + plan.keyResults.length + plan.initiatives.length === 0
          }
          disabledFocusable={action.busy}
          onClick={() => carry(plan)}
        >
          {plan && target ? carryLabel(plan, shortName(target)) : say('Carry over')}
        </Button>
      </div>
    </div>
  );
}
