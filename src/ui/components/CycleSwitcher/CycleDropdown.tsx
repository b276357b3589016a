import { Dropdown, Option, type DropdownProps } from '@fluentui/react-components';
import { newestFirst } from '../../../core/cycle-picks';
import type { Cycle } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import { today } from '../../app/today';
import type { Say } from '../../board/say';
import { cycleStateBadgeSaid } from './cycleTiming';

/**
 * The cycle switcher's dropdown: a chunk of its own (with Fluent's listbox and positioning),
 * loaded once the header has rendered; `CycleSwitcher` shows a stand-in until then.
 */
export function CycleDropdown({
  cycles,
  selected,
  onSelect,
  openedEarly,
  say,
  ...button
}: {
  /** Listed newest first (`newestFirst`). */
  readonly cycles: readonly Cycle[];
  readonly selected: Cycle | undefined;
  readonly onSelect: (cycleId: string) => void;
  /** Opened on its stand-in before this chunk was in: opens now. */
  readonly openedEarly: boolean;
  readonly say: Say;
} & Pick<DropdownProps, 'className' | 'aria-label' | 'aria-describedby'>) {
  const locale = useLocale();
  const now = today();
  return (
    <Dropdown
      {...button}
      // Never clearable: Fluent's hidden clear button, named in English ("Clear selection"), is
      // left out, as the stand-in leaves it out.
      clearButton={null}
      value={selected?.name ?? ''}
      selectedOptions={selected ? [selected.id] : []}
      defaultOpen={openedEarly}
      onOptionSelect={(_, data) => {
        if (data.optionValue && data.optionValue !== selected?.id) onSelect(data.optionValue);
      }}
    >
      {newestFirst(cycles, locale).map((cycle) => (
        <Option key={cycle.id} value={cycle.id} text={cycle.name}>
          {`${cycle.name} · ${cycleStateBadgeSaid(cycle, now, locale, say)}`}
        </Option>
      ))}
    </Dropdown>
  );
}
