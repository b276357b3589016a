import { useCallback, useMemo } from 'react';
import { cyclesToAlignTo, parentsElsewhere } from '../../../core/alignment-across-cycles';
import type { Cycle, Objective } from '../../../core/model';
import type { OkrRepository } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import type { AlignmentChoice, AlignmentGroup } from './alignmentChoices';
import { useDialogWords } from '../../board/dialog-words';

/** The objectives of the cycles around an objective's own (its year's), as "Aligns to" offers them. */
export interface EnclosingChoices {
  /** The objectives of the cycles around it that are not closed: none until they are read. */
  readonly offered: readonly Objective[];
  /**
   * Those and the objectives they align to beyond them, up the chain: what the loop check needs
   * (a year's objective aligned to one of this quarter's would close a circle).
   */
  readonly known: readonly Objective[];
  /** Every cycle once read, those around this one first, innermost first; else none. */
  readonly cycles: readonly Cycle[];
  /** By cycle id, what each group around says while its objectives are read, or of none. */
  readonly standIns: ReadonlyMap<string, AlignmentChoice>;
  /** A group that says the cycles around are being looked for: until the cycles are read. */
  readonly searching: AlignmentGroup | undefined;
  /** What could not be read, and what is offered meanwhile. */
  readonly note: string | undefined;
}

/** Reads of objectives beyond those offered, at most: a chain longer than that is not chased. */
const chainReads = 5;

/**
 * The objectives of `around` and, read a `$batch` at a time, what they align to beyond them,
 * whichever cycle that is in; one that no longer exists is left out.
 */
async function readAround(
  repository: Pick<OkrRepository, 'objectivesOfCycles' | 'loadObjectives'>,
  around: readonly Cycle[],
  signal: AbortSignal,
): Promise<{ readonly offered: readonly Objective[]; readonly known: readonly Objective[] }> {
  const offered = await repository.objectivesOfCycles(
    around.map((cycle) => cycle.id),
    { signal },
  );
  let known = offered;
  const asked = new Set<string>();
  for (let read = 0; read < chainReads; read++) {
    const unread = parentsElsewhere(known).filter((id) => !asked.has(id));
    if (unread.length === 0) break;
    unread.forEach((id) => asked.add(id));
    known = [...known, ...(await repository.loadObjectives(unread, { signal }))];
  }
  return { offered, known };
}

const names = (cycles: readonly Cycle[], locale: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(cycles.map((cycle) => cycle.name));

/**
 * What "Aligns to" offers beyond the objective's own cycle: the objectives of the cycles whose
 * dates hold its own (`cyclesToAlignTo`), read when the editor opens, never with the board.
 * Until they are read, and when they cannot be, the own cycle's objectives are offered as ever.
 */
export function useEnclosingChoices(cycle: Cycle): EnclosingChoices {
  const { repository } = useAppServices();
  const { say, locale } = useDialogWords();
  const readCycles = useCallback(
    async (signal: AbortSignal) => ({ cycles: await repository.listCycles({ signal }) }),
    [repository],
  );
  const cyclesRead = useAsyncResource(readCycles).data;
  // By the cycle's dates, not the object: a fresher copy of the board (a live refresh while the
  // dialog is open) reads nothing again.
  const { id, start, end } = cycle;
  const around = useMemo(
    () =>
      cyclesRead.status === 'ready'
        ? cyclesToAlignTo({ id, start, end }, cyclesRead.cycles, locale)
        : [],
    [cyclesRead, id, start, end, locale],
  );
  const readObjectives = useCallback(
    (signal: AbortSignal) => readAround(repository, around, signal),
    [repository, around],
  );
  const objectivesRead = useAsyncResource(around.length > 0 ? readObjectives : undefined).data;

  return useMemo(() => {
    const ready = objectivesRead.status === 'ready' ? objectivesRead : undefined;
    const cycles =
      cyclesRead.status === 'ready'
        ? [...around, ...cyclesRead.cycles.filter((each) => !around.includes(each))]
        : [];
    const standIn = (each: Cycle): AlignmentChoice | undefined => {
      const id = `${objectivesRead.status}:${each.id}`;
      if (objectivesRead.status === 'loading')
        return {
          id,
          label: say('Loading {cycle}’s objectives…', { cycle: each.name }),
          disabled: true,
        };
      if (objectivesRead.status === 'error')
        return {
          id,
          label: say('Could not be read: close and reopen to try again'),
          disabled: true,
        };
      return objectivesRead.offered.some((objective) => objective.cycleId === each.id)
        ? undefined
        : { id, label: say('{cycle} has no objectives yet', { cycle: each.name }), disabled: true };
    };
    const standIns = new Map(
      around.flatMap((each) => {
        const choice = standIn(each);
        return choice ? [[each.id, choice] as const] : [];
      }),
    );
    const note =
      cyclesRead.status === 'error'
        ? say(
            'The cycles around {cycle} (its year) could not be read, so only {cycle}’s objectives are offered. Close and reopen to try again.',
            { cycle: cycle.name },
          )
        : objectivesRead.status === 'error'
          ? say(
              'The objectives of {cycles} could not be read: only {cycle}’s are offered. Close and reopen to try again.',
              { cycles: names(around, locale), cycle: cycle.name },
            )
          : undefined;
    return {
      offered: ready?.offered ?? [],
      known: ready?.known ?? [],
      cycles,
      standIns,
      searching:
        cyclesRead.status === 'loading'
          ? {
              key: 'around',
              label: say('Cycles around {cycle}', { cycle: cycle.name }),
              choices: [
                { id: 'loading:around', label: say('Loading their objectives…'), disabled: true },
              ],
            }
          : undefined,
      note,
    };
  }, [cycle, cyclesRead, around, objectivesRead, say, locale]);
}
