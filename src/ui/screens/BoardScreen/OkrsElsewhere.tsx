import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { cycleStateBadge } from '../../../core/cycles';
import type { Cycle } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import { today } from '../../app/today';
import { EmptyState } from '../../components/States/EmptyState';
import type { BoardScreenState } from './BoardScreen.types';

/** "Engineering’s OKRs", "Sales’ OKRs", "These teams’ OKRs", or every team's: "The OKRs". */
function whoseOkrs(teamNames: readonly string[]): string {
  const [name] = teamNames;
  if (teamNames.length === 1) return `${name!}${/s$/i.test(name!) ? '’' : '’s'} OKRs`;
  return teamNames.length > 1 ? 'These teams’ OKRs' : 'The OKRs';
}

/** "Q1 2027 (Upcoming · starts Jan 1)", "Q1 2027 (…) and FY 2027 (Planning)". */
function cycleList(cycles: readonly Cycle[], locale: string): string {
  const named = cycles.map((cycle) => `${cycle.name} (${cycleStateBadge(cycle, today(), locale)})`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}` : named[0]!;
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
  const { cycles, teamNames, show } = elsewhere;
  return (
    <EmptyState
      title={`No objectives in ${shown.name}`}
      message={`${whoseOkrs(teamNames)} are in ${cycleList(cycles, locale)}.`}
      action={
        <>
          {show
            ? cycles.slice(0, 3).map((cycle, index) => (
                <Button
                  key={cycle.id}
                  appearance={index === 0 ? 'primary' : 'secondary'}
                  onClick={() => show(cycle.id)}
                >
                  {`Show ${cycle.name}`}
                </Button>
              ))
            : null}
          {createHere}
        </>
      }
    />
  );
}
