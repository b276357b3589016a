import type { CycleChoice } from '../../board/useCycleChoice';
import { today } from '../../board/useBoardData';
import { CycleSwitcher } from './CycleSwitcher';

/** The board header's cycle: name with a switcher, dates, time left and the next ritual. */
export function BoardCycleBar({ choice }: { readonly choice: CycleChoice }) {
  if (!choice.cycle) return null;
  return (
    <CycleSwitcher
      cycles={choice.cycles}
      selectedId={choice.cycle.id}
      onSelect={choice.select}
      today={today()}
      {...(choice.nextRitual ? { nextRitual: choice.nextRitual } : {})}
    />
  );
}
