import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Cycle } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import { today } from '../../app/today';
import { useSay, type Say } from '../../board/say';
import { cycleStateBadgeSaid } from '../../components/CycleSwitcher/cycleTiming';
import { EmptyState } from '../../components/States/EmptyState';
import type { BoardScreenState } from './BoardScreen.types';

/** "Q1 2027 (Upcoming · starts Jan 1)", "Q1 2027 (…) and FY 2027 (Planning)". */
function cycleList(cycles: readonly Cycle[], locale: string, say: Say): string {
  const named = cycles.map((cycle) =>
    say('{cycle} ({state})', {
      cycle: cycle.name,
      state: cycleStateBadgeSaid(cycle, today(), locale, say),
    }),
  );
  return named.length > 1
    ? say('{first} and {last}', { first: named.slice(0, -1).join(', '), last: named.at(-1)! })
    : named[0]!;
}

/**
 * Where the teams' OKRs are: "Engineering’s OKRs are in …", "Sales’ OKRs are in …", "These
 * teams’ OKRs are in …", or every team's: "The OKRs are in …".
 */
function whereOkrsAre(teamNames: readonly string[], cycles: string, say: Say): string {
  const [team] = teamNames;
  if (teamNames.length === 1) {
    return /s$/i.test(team!)
      ? say('{team}’ OKRs are in {cycles}.', { team: team!, cycles })
      : say('{team}’s OKRs are in {cycles}.', { team: team!, cycles });
  }
  return teamNames.length > 1
    ? say('These teams’ OKRs are in {cycles}.', { cycles })
    : say('The OKRs are in {cycles}.', { cycles });
}

/**
 * An empty board whose teams have OKRs in other open cycles: it says where, with a button to each
 * (the nearest first), beside creating the first objective here.
 */
export function OkrsElsewhere({
  shown,
  elsewhere,
  createHere,
}: {
  readonly shown: Cycle;
  readonly elsewhere: BoardScreenState['okrsElsewhere'];
  readonly createHere: ReactNode;
}) {
  const locale = useLocale();
  const say = useSay();
  const { cycles, teamNames, show } = elsewhere;
  return (
    <EmptyState
      title={say('No objectives in {cycle}', { cycle: shown.name })}
      message={whereOkrsAre(teamNames, cycleList(cycles, locale, say), say)}
      action={
        <>
          {show
            ? cycles.slice(0, 3).map((cycle, index) => (
                <Button
                  key={cycle.id}
                  appearance={index === 0 ? 'primary' : 'secondary'}
                  onClick={() => show(cycle.id)}
                >
                  {say('Show {cycle}', { cycle: cycle.name })}
                </Button>
              ))
            : null}
          {createHere}
        </>
      }
    />
  );
}
