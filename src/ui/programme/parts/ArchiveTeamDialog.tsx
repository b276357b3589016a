import { useCallback } from 'react';
import { Spinner, Text } from '@fluentui/react-components';
import type { Cycle, Team } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { shortName } from '../shortName';
import { ConfirmDialog } from './ConfirmDialog';

/** The cycles named in a sentence: "Q4 2026, Q1 2027 and 2026". */
export function cycleList(cycles: readonly Cycle[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(cycles.map(shortName));
}

/**
 * Asks before a team is archived, saying what that does as the store does it: archiving marks the
 * team alone (`TeamState`); its objectives, key results and check-ins stay as they are, on its
 * board and in the roll-ups, and only the pickers stop offering it. The cycles holding its
 * objectives are read while it asks; `onConfirm` gets them, for the toast.
 * The answer is worded by the store's own behaviour, not Graph's: `updateTeam` writes one field.
 */
export function ArchiveTeamDialog({
  team,
  teams,
  cycles,
  busy,
  error,
  onConfirm,
  onDismiss,
}: {
  readonly team: Team;
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
  readonly busy: boolean;
  readonly error: unknown;
  /** With the cycles holding its objectives, or undefined when they are not read (yet). */
  readonly onConfirm: (holding: readonly Cycle[] | undefined) => void;
  readonly onDismiss: () => void;
}) {
  const { repository } = useAppServices();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const ids = await repository.cyclesWithObjectives(
        cycles.map((cycle) => cycle.id),
        [team.id],
        { signal },
      );
      return { holding: cycles.filter((cycle) => ids.has(cycle.id)) };
    },
    [repository, cycles, team.id],
  );
  const { data } = useAsyncResource(load);
  // Asked without the list when it cannot be read: archiving changes the team alone either way.
  const holding = data.status === 'ready' ? data.holding : undefined;
  const name = shortName(team);
  const under = teams.filter((other) => other.parentTeamId === team.id && !other.archived);
  return (
    <ConfirmDialog
      title={`Archive ${name}?`}
      confirmLabel={`Archive ${name}`}
      busyLabel="Archiving…"
      busy={busy}
      error={error}
      onConfirm={() => onConfirm(holding)}
      onDismiss={onDismiss}
    >
      {data.status === 'loading' ? (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={`Reading where ${name} has objectives…`}
        />
      ) : (
        <Text block>
          {holding === undefined
            ? `Whatever objectives ${name} has are kept as they are.`
            : holding.length > 0
              ? `${name} has objectives in ${cycleList(holding)}. They are kept as they are: nothing is deleted or made read-only, and they still show on its board, in All OKRs and in the roll-ups of the teams above it.`
              : `${name} has no objectives in any cycle.`}
        </Text>
      )}
      <Text block>
        {`Once archived, ${name} is no longer offered when a channel tab is set up, as a parent team, or when a cycle is closed by team. Channel tabs already showing its board keep showing it.`}
      </Text>
      {under.length > 0 ? (
        <Text block>{`The teams under it stay active: ${under.map(shortName).join(', ')}.`}</Text>
      ) : null}
      <Text block>{`Restore brings ${name} back at any time, here under Teams.`}</Text>
    </ConfirmDialog>
  );
}
