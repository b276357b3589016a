import { makeStyles, tokens } from '@fluentui/react-components';
import { ViewTabs } from '../../components/ViewTabs';

interface SectionTab {
  readonly id: string;
  readonly label: string;
}

const useStyles = makeStyles({
  tabs: { paddingInline: tokens.spacingHorizontalM, flexShrink: 0, minWidth: 0 },
});

/**
 * The Programme's sections as one row of tabs; those that do not fit go into a "more sections"
 * menu (`ViewTabs`). Wrapped, the last tab sat alone on a second row under the first, at 1366 px.
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
  return (
    <ViewTabs
      className={styles.tabs}
      tabs={tabs.map((tab) => ({
        value: tab.id,
        label: tab.label,
        button: { id: `programme-tab-${tab.id}` },
      }))}
      selectedValue={selected}
      onSelect={open}
      aria-label="Programme sections"
      moreLabel={(count) => `${count} more ${count === 1 ? 'section' : 'sections'}`}
      minimumVisible={2}
    />
  );
}
