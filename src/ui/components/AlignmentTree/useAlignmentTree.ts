import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildAlignmentTree, searchAlignment } from '../../../core/alignment';
import type { Cycle, Status } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { useSay } from '../../board/say';
import { buildBoardView } from '../../board/boardView';
import type { ObjectiveView } from '../../board/boardView.types';
import { withFinalScores } from '../../board/finalScores';
import { elsewhereAsk, readAlignedElsewhere } from '../../board/alignedElsewhere';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { today } from '../../board/useBoardData';
import type { AlignmentTreeProps, AlignmentTreeState } from './AlignmentTree.types';

/**
 * The cycle's objectives as a tree across teams, and across cycles once read: under the year's
 * objectives, those of its quarters aligned to them; above a quarter's, the year's they align to.
 */
export function useAlignmentTree({ board }: AlignmentTreeProps): AlignmentTreeState {
  const { operatingModel, repository } = useAppServices();
  const unknownTeam = useSay()('Unknown team');
  // Read as the board reads what its objectives align to (`useParentsElsewhere`), with the
  // objectives aligned to the cycle's, here at once: the view comes after the board's paint.
  const ask = useMemo(() => elsewhereAsk(board, true), [board]);
  const load = useCallback(
    (signal: AbortSignal) => readAlignedElsewhere(repository, ask, signal),
    [repository, ask],
  );
  const { data } = useAsyncResource(ask ? load : undefined);
  const elsewhere = data.status === 'ready' ? data : undefined;
  const shown = useMemo(() => {
    const teamNames = new Map(board.teams.map((team) => [team.id, team.name]));
    // Progress and status as the board shows them (its roll-up, pace and overrides), and a
    // closed cycle's final scores.
    const views = new Map<string, Pick<ObjectiveView, 'progress' | 'status' | 'final'>>();
    const built = buildBoardView(board, operatingModel, today());
    const teams = board.cycle.state === 'closed' ? withFinalScores(built, operatingModel) : built;
    for (const team of teams) {
      for (const view of team.objectives) views.set(view.objective.id, view);
    }
    const above = [...(elsewhere?.parents.values() ?? [])];
    const cycles = new Map<string, Cycle>();
    for (const { objective, cycle } of [...above, ...(elsewhere?.below ?? [])]) {
      if (cycle) cycles.set(objective.id, cycle);
    }
    const objectives = [
      ...above.map(({ objective }) => objective),
      ...board.objectives,
      ...(elsewhere?.below ?? []).map(({ objective }) => objective),
    ];
    const titles = new Map(objectives.map((o) => [o.id, o.title]));
    const tree = buildAlignmentTree(objectives);
    return {
      tree,
      teamName: (teamId: string) => teamNames.get(teamId) ?? unknownTeam,
      titleOf: (objectiveId: string) => titles.get(objectiveId),
      cycleOf: (objectiveId: string) => cycles.get(objectiveId),
      progressOf: (objectiveId: string) => views.get(objectiveId)?.progress ?? 0,
      statusOf: (objectiveId: string): Status => views.get(objectiveId)?.status ?? 'notStarted',
      finalOf: (objectiveId: string) => views.get(objectiveId)?.final,
      loops: tree.loops.map((loop) => loop.map((id) => titles.get(id) ?? id)),
    };
  }, [board, operatingModel, elsewhere, unknownTeam]);
  const { tree, teamName } = shown;

  const [query, search] = useState('');
  const result = useMemo(
    () =>
      searchAlignment(tree.roots, query, (objective) => [
        objective.title,
        objective.owner?.displayName,
        teamName(objective.teamId),
      ]),
    [tree, teamName, query],
  );
  // The company's objectives open at first. A search opens the way down to what it finds, once:
  // a branch on that way may then be closed again.
  const [openItems, setOpenItems] = useState<ReadonlySet<string>>(
    () => new Set(tree.roots.map((root) => root.objective.id)),
  );
  // Opened at its roots again when another cycle's objectives come in above them.
  const roots = tree.roots.map((root) => root.objective.id).join('\n');
  useEffect(() => {
    const ids = roots.split('\n');
    setOpenItems((open) => (ids.every((id) => open.has(id)) ? open : new Set([...open, ...ids])));
  }, [roots]);
  useEffect(() => {
    if (result.pathsTo.size === 0) return;
    setOpenItems((open) =>
      [...result.pathsTo].every((id) => open.has(id))
        ? open
        : new Set([...open, ...result.pathsTo]),
    );
  }, [result]);

  const treeRef = useRef<HTMLDivElement>(null);
  const onSearchKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Escape' && query !== '') {
        event.preventDefault();
        search('');
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        treeRef.current?.querySelector<HTMLElement>('[data-found]')?.focus();
      }
    },
    [query],
  );
  return {
    ...shown,
    query,
    search,
    onSearchKeyDown,
    found: useMemo(() => new Set(result.found), [result]),
    openItems,
    setOpenItems,
    treeRef,
  };
}
