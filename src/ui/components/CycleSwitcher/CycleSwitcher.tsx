import { Caption1, Dropdown, makeStyles, Option, tokens, useId } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import type { CycleSwitcherProps } from './CycleSwitcher.types';
import { cycleDates, cycleStateLabel, cycleTimeLeft, ritualDue } from './cycleTiming';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  dropdown: { minWidth: '180px' },
  facts: {
    display: 'flex',
    flexDirection: 'column',
    color: tokens.colorNeutralForeground2,
  },
  ritual: { color: tokens.colorBrandForeground1 },
});

/**
 * The board's cycle: its name (a switcher among the cycles), its dates and the time left, and
 * the next ritual of its coaching plan when it has one.
 */
export function CycleSwitcher({
  cycles,
  selectedId,
  onSelect,
  today,
  nextRitual,
}: CycleSwitcherProps) {
  const styles = useStyles();
  const factsId = useId('cycle-facts');
  const selected = cycles.find((cycle) => cycle.id === selectedId);
  const sorted = [...cycles].sort(
    (a, b) => b.start.localeCompare(a.start) || a.name.localeCompare(b.name),
  );
  return (
    <div className={styles.root}>
      <CalendarRegular aria-hidden />
      <Dropdown
        className={styles.dropdown}
        aria-label="Cycle"
        aria-describedby={factsId}
        value={selected?.name ?? ''}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue && data.optionValue !== selectedId) onSelect(data.optionValue);
        }}
      >
        {sorted.map((cycle) => (
          <Option key={cycle.id} value={cycle.id} text={cycle.name}>
            {`${cycle.name} · ${cycleStateLabel(cycle)}`}
          </Option>
        ))}
      </Dropdown>
      {selected ? (
        <div className={styles.facts} id={factsId}>
          <Caption1>
            {`${cycleDates(selected)} · ${cycleStateLabel(selected)} · ${cycleTimeLeft(selected, today)}`}
          </Caption1>
          {nextRitual ? (
            <Caption1 className={styles.ritual}>{ritualDue(nextRitual, today)}</Caption1>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export type { CycleSwitcherProps, UpcomingRitual } from './CycleSwitcher.types';
