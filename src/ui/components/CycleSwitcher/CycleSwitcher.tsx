import { Caption1, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { cycleStateLabel } from '../../../core/cycles';
import { narrowMedia } from '../../hooks/useNarrowFrame';
import { useStandIns } from '../../hooks/useStandIns';
import { visuallyHidden } from '../visuallyHidden';
import { DropdownStandIn } from '../DropdownStandIn';
import type { CycleSwitcherProps } from './CycleSwitcher.types';
import { useSay } from '../../board/say';
import { useLocale } from '../../app/AppServices';
import { cycleDates, cycleTimeLeft, ritualDue } from './cycleTiming';
import { reloadable } from '../../../reloadable';

// The dropdown's listbox (with Fluent's positioning) loads once the header is there.
const loadDropdown = reloadable(() => import('./CycleDropdown'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    // In a header row it starts from nothing and takes the room left, before the title (which
    // grows too) does: its facts then wrap onto a second line of their own, and the header's
    // buttons stay on the row ("Why we use OKRs" wrapped under the title in a 979 px tab).
    flex: '1000 1 0',
  },
  // In a narrow frame the switcher, the time left and the header's buttons share one row: the
  // dates and the cycle's state are only read with the switcher (its list shows each state).
  icon: { [narrowMedia]: { display: 'none' } },
  dropdown: { minWidth: '180px', [narrowMedia]: { minWidth: '7em' } },
  wideOnly: { [narrowMedia]: visuallyHidden },
  facts: {
    display: 'flex',
    flexDirection: 'column',
    // The room beside the dropdown, never less than the longest of its unbroken parts.
    flex: '1 1 0',
    color: tokens.colorNeutralForeground2,
  },
  /** Dates, state and time left each break as a whole, never inside ("Dec 31, / 2026"). */
  part: { whiteSpace: 'nowrap' },
  // Beside the switcher and three buttons (My OKRs at 320 px) the time left breaks between its
  // words, on two lines no taller than the switcher, rather than going under it.
  timeLeft: { [narrowMedia]: { whiteSpace: 'normal' } },
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
  const say = useSay();
  const factsId = useId('cycle-facts');
  const selected = cycles.find((cycle) => cycle.id === selectedId);
  const { module: dropdown, trigger, openedEarly } = useStandIns(loadDropdown);
  const button = {
    className: styles.dropdown,
    'aria-label': say('Cycle'),
    'aria-describedby': factsId,
  };
  return (
    <div className={styles.root}>
      <CalendarRegular aria-hidden className={styles.icon} />
      {dropdown ? (
        <dropdown.CycleDropdown
          {...button}
          {...trigger('cycle')}
          cycles={cycles}
          selected={selected}
          onSelect={onSelect}
          openedEarly={openedEarly('cycle')}
          say={say}
        />
      ) : (
        <DropdownStandIn {...button} {...trigger('cycle')} value={selected?.name ?? ''} />
      )}
      {selected ? (
        <div className={styles.facts} id={factsId}>
          <Caption1>
            <span className={styles.wideOnly}>
              <span className={styles.part}>{cycleDates(selected, locale)}</span>
              {' · '}
              <span className={styles.part}>{say(cycleStateLabel(selected, today))}</span>
              {' · '}
            </span>
            <span className={mergeClasses(styles.part, styles.timeLeft)}>
              {cycleTimeLeft(selected, today, say)}
            </span>
          </Caption1>
          {nextRitual ? (
            <Caption1 className={styles.ritual}>{ritualDue(nextRitual, today, say)}</Caption1>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export type { CycleSwitcherProps, UpcomingRitual } from './CycleSwitcher.types';
