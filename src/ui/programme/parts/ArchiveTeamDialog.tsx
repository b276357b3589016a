import { useCallback } from 'react';
import { Spinner, Text } from '@fluentui/react-components';
import type { Cycle, Team } from '../../../core/model';
import { useAppServices, useLocale } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { shortName } from '../shortName';
import { ConfirmDialog } from './ConfirmDialog';
import { useProgrammeSay } from '../programme-words';

/** The cycles named in a sentence as the locale lists them: "Q4 2026, Q1 2027 and 2026". */
export function cycleList(cycles: readonly Cycle[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(cycles.map(shortName));
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
  const locale = useLocale();
  const say = useProgrammeSay();
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
      title={say('Archive {team}?', { team: name })}
      confirmLabel={say('Archive {team}', { team: name })}
      busyLabel={say('Archiving…')}
      busy={busy}
      error={error}
      onConfirm={() => onConfirm(holding)}
      onDismiss={onDismiss}
    >
      {data.status === 'loading' ? (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={say('Reading where {team} has objectives…', { team: name })}
        />
      ) : (
        <Text block>
          {holding === undefined
            ? say('Whatever objectives {team} has are kept as they are.', { team: name })
            : holding.length > 0
              ? say(
                  '{team} has objectives in {cycles}. They are kept as they are: nothing is deleted or made read-only, and they still show on its board, in All OKRs and in the roll-ups of the teams above it.',
                  { team: name, cycles: cycleList(holding, locale) },
                )
              : say('{team} has no objectives in any cycle.', { team: name })}
        </Text>
      )}
      <Text block>
        {say(
          'Once archived, {team} is no longer offered when a channel tab is set up, as a parent team, or when a cycle is closed by team. Channel tabs already showing its board keep showing it.',
          { team: name },
        )}
      </Text>
      {under.length > 0 ? (
        <Text block>
          {say('The teams under it stay active: {teams}.', {
            teams: under.map(shortName).join(', '),
          })}
        </Text>
      ) : null}
      <Text block>
        {say('Restore brings {team} back at any time, here under Teams.', { team: name })}
      </Text>
    </ConfirmDialog>
  );
}
