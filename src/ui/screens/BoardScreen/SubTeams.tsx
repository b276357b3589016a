import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { Objective, Team } from '../../../core/model';
import { withSubTeams } from '../../../core/sub-teams';
import { useAppServices, useLocale } from '../../app/AppServices';
import { browserStorage } from '../../app/browserStorage';
import { listOf, saySubTeams } from '../../board/sub-teams-words';
import { subTeamsKey } from '../../board/subTeamsMemory';
import { EmptyState } from '../../components/States/EmptyState';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import type { BoardScreenState } from './BoardScreen.types';
import { OkrsElsewhere } from './OkrsElsewhere';

const useStyles = makeStyles({
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

/**
 * Keeps the teams for the tab (`rememberedTeams` reads them as it opens), or with none forgets
 * them; where storage is refused, nothing: the choice then lasts while the tab is open.
 */
function rememberTeams(key: string, teamIds: readonly string[] | undefined): void {
  const storage = browserStorage();
  if (teamIds) storage?.set(key, JSON.stringify(teamIds));
  else storage?.remove(key);
}

/** The teams under the tab's teams that hold objectives, with how many, in tree order. */
function holding(under: readonly Team[], objectives: readonly Objective[] | undefined) {
  return under
    .map((team) => ({ team, count: objectives?.filter((o) => o.teamId === team.id).length ?? 0 }))
    .filter(({ count }) => count > 0);
}

/**
 * A parent team's board and the teams under it (a programme and its sub-teams, which own the
 * OKRs): a board empty for the parent names the sub-teams holding objectives and shows them in
 * one click; a board with its own objectives offers them in a line above; once shown, they stay
 * for the tab (in this browser: `subTeamsMemory`) until "Only …". An empty board without such
 * sub-teams says where its teams' OKRs are (`OkrsElsewhere`), or shows `plain`.
 */
export default function SubTeams({
  state,
  plain,
}: {
  readonly state: BoardScreenState;
  /** On an empty board: what it says when there is nothing to offer. */
  readonly plain?: ReactNode;
}) {
  const styles = useStyles();
  const services = useAppServices();
  const { repository } = services;
  const locale = useLocale();
  const say = saySubTeams(locale);
  const { board, subTeams: choice } = state;
  const own = choice?.own;
  const teams = board?.teams;
  const withUnder = useMemo(
    () => own && teams && withSubTeams(own, teams, locale),
    [own, teams, locale],
  );
  const under = useMemo(() => {
    const byId = new Map(teams?.map((team) => [team.id, team]));
    return (withUnder ?? []).filter((id) => !own!.includes(id)).map((id) => byId.get(id)!);
  }, [own, teams, withUnder]);
  const cycleId = board?.cycle.id;
  const read = useCallback(
    async (signal: AbortSignal) => ({
      objectives: await repository.objectivesOfCycles([cycleId!], { signal }),
    }),
    [repository, cycleId],
  );
  const shown = choice?.shown;
  const showing = shown !== undefined;
  const { data } = useAsyncResource(!showing && under.length > 0 ? read : undefined);
  const counts = holding(
    under,
    showing ? board?.objectives : data.status === 'ready' ? data.objectives : undefined,
  );

  const key = own ? subTeamsKey(services, own) : '';
  const show = choice?.show;
  const showTeams = useCallback(
    (teamIds: readonly string[] | undefined) => {
      rememberTeams(key, teamIds);
      show?.(teamIds);
    },
    [key, show],
  );
  // Teams kept for the tab from before: the tree as it is now (a sub-team added or moved since).
  useEffect(() => {
    if (!shown || !withUnder || shown.join() === withUnder.join()) return;
    showTeams(under.length > 0 ? withUnder : undefined);
  }, [shown, withUnder, under, showTeams]);
  const offered = !showing && under.length > 0;
  const showUnder = () => showTeams(withUnder);

  const team = listOf(
    (teams ?? []).filter((t) => own?.includes(t.id)).map((t) => t.name),
    locale,
  );
  const cycle = board?.cycle.name ?? '';
  const whereUnder =
    counts.length > 0
      ? say(
          'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.',
          {
            team,
            cycle,
            count: counts.reduce((sum, { count }) => sum + count, 0),
            teams: listOf(
              counts.map(({ team: { name }, count }) => `${name} (${count})`),
              locale,
            ),
          },
        )
      : '';
  const showUnderButton = (
    <Button appearance="primary" onClick={showUnder}>
      {say('Show the teams under {team}', { team })}
    </Button>
  );

  if (plain !== undefined) {
    const createHere = state.editable ? (
      <Button icon={<AddRegular />} onClick={() => state.editing.open({ kind: 'objective' })}>
        {state.words.say('Create the first objective')}
      </Button>
    ) : null;
    if (offered && counts.length > 0) {
      return (
        <EmptyState
          title={say('{team} has no objectives in {cycle}', { team, cycle })}
          message={whereUnder}
          action={
            <>
              {showUnderButton}
              {createHere}
            </>
          }
        />
      );
    }
    return state.cycle && state.okrsElsewhere.cycles.length > 0 ? (
      <OkrsElsewhere shown={state.cycle} elsewhere={state.okrsElsewhere} createHere={createHere} />
    ) : (
      plain
    );
  }
  if (counts.length === 0) return null;
  return (
    <div className={styles.notice}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {showing
            ? say('Showing {team} with the teams under it: {teams}.', {
                team,
                teams: listOf(
                  counts.map(({ team: { name } }) => name),
                  locale,
                ),
              })
            : whereUnder}
        </MessageBarBody>
        <MessageBarActions>
          {showing ? (
            <Button onClick={() => showTeams(undefined)}>{say('Only {team}', { team })}</Button>
          ) : (
            showUnderButton
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
