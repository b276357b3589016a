import { Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { newestFirst } from '../../../core/cycles';
import { useStandIns } from '../../hooks/useStandIns';
import { DropdownStandIn } from '../DropdownStandIn';
import type { CycleSwitcherProps } from './CycleSwitcher.types';
import { useLocale } from '../../app/AppServices';
import { cycleDates, cycleStateLabel, cycleTimeLeft, ritualDue } from './cycleTiming';

// The dropdown's listbox (with Fluent's positioning) loads once the header is there.
const loadDropdown = () => import('./CycleDropdown');

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
  const locale = useLocale();
  const factsId = useId('cycle-facts');
  const selected = cycles.find((cycle) => cycle.id === selectedId);
  const sorted = newestFirst(cycles);
  const { module: dropdown, trigger, openedEarly } = useStandIns(loadDropdown);
  const button = { className: styles.dropdown, 'aria-label': 'Cycle', 'aria-describedby': factsId };
  return (
    <div className={styles.root}>
      <CalendarRegular aria-hidden />
      {dropdown ? (
        <dropdown.CycleDropdown
          {...button}
          {...trigger('cycle')}
          cycles={sorted}
          selected={selected}
          onSelect={onSelect}
          openedEarly={openedEarly('cycle')}
        />
      ) : (
        <DropdownStandIn {...button} {...trigger('cycle')} value={selected?.name ?? ''} />
      )}
      {selected ? (
        <div className={styles.facts} id={factsId}>
          <Caption1>
            {`${cycleDates(selected, locale)} · ${cycleStateLabel(selected)} · ${cycleTimeLeft(selected, today)}`}
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
