import { useCallback, useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { followingCycle, validateCyclePlacement } from '../../../core/cycle-templates';
import { formatCount, formatDay, formatNumber } from '../../../core/format';
import { keyResultProgress } from '../../../core/progress';
import {
  carriedOver,
  chooseAll,
  defaultRolloverSelection,
  planRollover,
  type RolloverSelection,
} from '../../../core/rollover';
import type { Objective } from '../../../core/model';
import { groupByTeam } from '../../../core/teams';
import type { Board } from '../../../store/repository';
import { useAppServices, useLocale } from '../../app/AppServices';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useRunAction } from '../../hooks/useRunAction';
import { ChoiceField } from '../parts/ChoiceField';
import { SectionHeading } from '../parts/SectionHeading';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { shortName } from '../shortName';
import { useSectionStyles } from '../useSectionStyles';

/** The source cycle's board, what of it the next cycle holds already, and what to carry now. */
interface RolloverDraft {
  readonly board: Board;
  readonly carried: RolloverSelection;
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
  label: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

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
  const { repository } = useAppServices();
  const locale = useLocale();
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
  const following = source && targets.length === 0 ? followingCycle(source) : undefined;
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
      notify(`${shortName(created)} is created, in planning.`);
    });
  };
  const load = useCallback(
    async (signal: AbortSignal): Promise<RolloverDraft> => {
      const [board, next] = await Promise.all([
        repository.loadBoard({ cycleId: sourceId }, { signal }),
        target ? repository.loadBoard({ cycleId: target.id }, { signal }) : undefined,
      ]);
      const carried = next ? carriedOver(board, next) : nothingSelected;
      return { board, carried, selection: defaultRolloverSelection(board, carried) };
    },
    [repository, sourceId, target],
  );
  const { data, update } = useAsyncResource(sourceId ? load : undefined);
  const board = data.status === 'ready' ? data.board : undefined;
  const selection = data.status === 'ready' ? data.selection : nothingSelected;
  const carried = data.status === 'ready' ? data.carried : nothingSelected;
  const loadError = data.status === 'error' ? data.error : undefined;
  const setSelection = (next: RolloverSelection) =>
    update((read) => ({ ...read, selection: next }));
  const choose = (objectives: readonly Objective[], on: boolean) =>
    board && setSelection(chooseAll(selection, board, objectives, on, carried));
  const teams = board ? groupByTeam(board.objectives, board.teams, (o) => o.teamId) : [];
  /** "1 of 2 objectives chosen, 1 in Q1 2027 already", or "All 3 are in Q1 2027 already". */
  const choiceCount = (all: number, open: number, chosen: number) => {
    const into = target?.name ?? 'the next cycle';
    if (open === 0) return `All ${formatNumber(all, locale)} are in ${into} already`;
    const counted = `${formatNumber(chosen, locale)} of ${formatCount(open, 'objective', 'objectives', locale)} chosen`;
    return open < all
      ? `${counted}, ${formatNumber(all - open, locale)} in ${into} already`
      : counted;
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
          aria-label={team ? `Select all of ${team}’s objectives` : 'Select all objectives'}
          disabled={open.length === 0}
          onClick={() => choose(objectives, true)}
        >
          Select all
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={
            team ? `Select none of ${team}’s objectives` : 'Select none of the objectives'
          }
          disabled={chosen === 0}
          onClick={() => choose(objectives, false)}
        >
          Select none
        </Button>
      </div>
    );
  };
  const action = useRunAction();

  const plan = useMemo(
    () => (board && target ? planRollover(board, selection, target.id) : undefined),
    [board, selection, target],
  );

  /** A title, with "Already in Q1 2027" once the next cycle holds its copy. */
  const labelled = (title: string, already: boolean) =>
    already ? (
      <span className={own.label}>
        {title}
        <Badge appearance="tint" color="informative">
          Already in {target ? shortName(target) : 'the next cycle'}
        </Badge>
      </span>
    ) : (
      title
    );

  const start = () => {
    if (!plan || !target || plan.objectives.length === 0) return;
    action.run(async () => {
      const report = await repository.rollOver(plan);
      notify(
        `${formatCount(report.objectives.length, 'objective', 'objectives')} and ${formatCount(report.keyResults.length, 'key result', 'key results')} are in ${shortName(target)}.`,
      );
      update((read) => {
        const now = carriedOver(read.board, report);
        return {
          ...read,
          carried: now,
          selection: defaultRolloverSelection(read.board, now),
        };
      });
    });
  };

  if (!access.coach) {
    return (
      <EmptyState
        title="Coaches and admins start the next cycle"
        message="They carry unfinished objectives and key results over, each starting where it ended."
      />
    );
  }
  if (sources.length === 0) {
    return (
      <EmptyState
        title="Nothing to roll over yet"
        message="Once a cycle has run, its unfinished OKRs can carry over into the next."
      />
    );
  }
  return (
    <div className={styles.section}>
      <SectionHeading
        title="Start the next cycle"
        intro="Unfinished objectives and key results are chosen for you. Each key result starts where it ended; an objective keeps its alignment when its parent comes along too."
      />
      <div className={styles.row}>
        <ChoiceField label="From" items={sources} value={sourceId} onChange={setSourceId} />
        <ChoiceField
          label="Into"
          items={targets}
          value={target?.id ?? ''}
          onChange={setTargetId}
          {...(targets.length === 0
            ? {
                validationMessage:
                  creatable && access.setUp
                    ? `No cycle follows ${source?.name ?? 'it'} yet.`
                    : `No cycle follows ${source?.name ?? 'it'} yet: an admin creates it under Cycles.`,
              }
            : {})}
        />
      </div>
      {creatable && access.setUp ? (
        <div>
          <Button disabledFocusable={creation.busy} onClick={createFollowing}>
            {`Create ${shortName(creatable)} (${formatDay(creatable.start, locale)} to ${formatDay(creatable.end, locale)})`}
          </Button>
        </div>
      ) : null}
      {creation.error ? <ErrorState error={creation.error} /> : null}
      {loadError ? <ErrorState error={loadError} /> : null}
      {!board && !loadError ? <LoadingState label="Loading the cycle's OKRs" rows={4} /> : null}
      {board ? (
        <fieldset className={styles.card}>
          <legend>
            <Subtitle2>Objectives and key results to carry over</Subtitle2>
          </legend>
          {allOrNone(board.objectives)}
          {teams.map((group) => {
            const name = group.team?.name ?? 'A team not found';
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
                    <ul className={own.keyResults} aria-label={`Key results of ${objective.title}`}>
                      {board.keyResults
                        .filter((kr) => kr.objectiveId === objective.id)
                        .map((kr) => (
                          <li key={kr.id}>
                            {/* Off with its objective: a KR comes along only with it. */}
                            <Checkbox
                              disabled={!selection.objectiveIds.has(objective.id)}
                              label={labelled(
                                `${kr.title} (${Math.round(keyResultProgress(kr) * 100)}%)`,
                                carried.keyResultIds.has(kr.id),
                              )}
                              checked={
                                selection.objectiveIds.has(objective.id) &&
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
      {action.error ? <ErrorState error={action.error} /> : null}
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          disabled={!plan || plan.objectives.length === 0}
          disabledFocusable={action.busy}
          onClick={start}
        >
          {plan
            ? `Carry ${formatCount(plan.objectives.length, 'objective', 'objectives')} and ${formatCount(plan.keyResults.length, 'key result', 'key results')} into ${target ? shortName(target) : 'the next cycle'}`
            : 'Carry over'}
        </Button>
      </div>
    </div>
  );
}
