import { makeStyles, tokens } from '@fluentui/react-components';
import { ViewTabs } from '../../components/ViewTabs';
import { useProgrammeSay, type ProgrammeText } from '../programme-words';

interface SectionTab {
  readonly id: string;
  readonly label: ProgrammeText;
}

const useStyles = makeStyles({
  tabs: { paddingInline: tokens.spacingHorizontalM, flexShrink: 0, minWidth: 0 },
});

/**
 * The Programme's sections as one row of tabs; those that do not fit go into a "more sections"
 * menu (`ViewTabs`). Wrapped, the last tab sat alone on a second row under the first, at 1366 px.
 * At 320 px only the open section may fit beside the menu: two tabs kept in the row ran past
 * its end in German ("Erste Schritte", "Personen und Rollen"), and the page scrolled sideways.
 */
export function ProgrammeTabs({
  tabs,
  selected,
  open,
}: {
  readonly tabs: readonly SectionTab[];
  readonly selected: string;
  readonly open: (id: string) => void;
}) {
  const styles = useStyles();
  const say = useProgrammeSay();
  return (
    <ViewTabs
      className={styles.tabs}
      tabs={tabs.map((tab) => ({
        value: tab.id,
        label: say(tab.label),
        button: { id: `programme-tab-${tab.id}` },
      }))}
      selectedValue={selected}
      onSelect={open}
      aria-label={say('Programme sections')}
      moreLabel={(count) => say('{count} more {count|section|sections}', { count })}
    />
  );
}
