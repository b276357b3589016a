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
import { withSubTeams } from '../../../core/teams';
import type { HostContext } from '../../../host/types';
import { useAppServices, useLocale } from '../../app/AppServices';
import { listOf, saySubTeams } from '../../board/sub-teams-words';
import { EmptyState } from '../../components/States/EmptyState';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import type { BoardScreenState } from './BoardScreen.types';
import { OkrsElsewhere } from './OkrsElsewhere';

const useStyles = makeStyles({
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

/**
 * The tab whose choice is remembered: its place (channel, chat or meeting) and its own teams, as
 * a tab's saved settings and where it was added are all that tells one tab from another.
 */
function memoryKey(context: HostContext, own: readonly string[]): string {
  const place = context.channel?.id ?? context.chatId ?? context.meeting?.id ?? '';
  return `okr-coach:sub-teams:${place}:${own.join(',')}`;
}

function remembered(key: string): boolean {
  try {
    return localStorage.getItem(key) === 'shown';
  } catch {
    return false; // Storage refused (a private window): the choice lasts while the tab is open.
  }
}

function remember(key: string, shown: boolean) {
  try {
    if (shown) localStorage.setItem(key, 'shown');
    else localStorage.removeItem(key);
  } catch {
    // As above.
  }
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
 * for the tab (in this browser) until "Only …". An empty board without such sub-teams says where
 * its teams' OKRs are (`OkrsElsewhere`), or shows `plain`.
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
  const { repository, host } = useAppServices();
  const locale = useLocale();
  const say = saySubTeams(locale);
  const { board, subTeams: choice } = state;
  const own = choice?.own;
  const teams = board?.teams;
  const under = useMemo(() => {
    if (!own || !teams) return [];
    const byId = new Map(teams.map((team) => [team.id, team]));
    return withSubTeams(own, teams)
      .filter((id) => !own.includes(id))
      .map((id) => byId.get(id)!);
  }, [own, teams]);
  const cycleId = board?.cycle.id;
  const read = useCallback(
    async (signal: AbortSignal) => ({
      objectives: await repository.objectivesOfCycles([cycleId!], { signal }),
    }),
    [repository, cycleId],
  );
  const showing = choice?.showing === true;
  const { data } = useAsyncResource(!showing && under.length > 0 ? read : undefined);
  const counts = holding(
    under,
    showing ? board?.objectives : data.status === 'ready' ? data.objectives : undefined,
  );

  const key = own ? memoryKey(host.context, own) : '';
  const show = choice?.show;
  const showUnder = useCallback(() => {
    remember(key, true);
    show?.(withSubTeams(own ?? [], teams ?? []));
  }, [key, show, own, teams]);
  const showOwn = () => {
    remember(key, false);
    show?.(undefined);
  };
  const offered = !showing && under.length > 0;
  useEffect(() => {
    if (offered && remembered(key)) showUnder();
  }, [offered, key, showUnder]);

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
            <Button onClick={showOwn}>{say('Only {team}', { team })}</Button>
          ) : (
            showUnderButton
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
