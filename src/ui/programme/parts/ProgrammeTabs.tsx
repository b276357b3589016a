import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useFluent,
  useIsOverflowItemVisible,
  useOverflowMenu,
  useOverflowVisibility,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
// From the icon's own module: the package's shared module that also holds it holds the board
// row's DataTrendingRegular, and so split a chunk out of the channel tab's first screen.
import { MoreHorizontalRegular } from '@fluentui/react-icons/svg/more-horizontal';

interface SectionTab {
  readonly id: string;
  readonly label: string;
}

const useStyles = makeStyles({
  tabs: { paddingInline: tokens.spacingHorizontalM, flexShrink: 0, minWidth: 0 },
  more: { alignSelf: 'center', minWidth: 'fit-content' },
});

/** A section's tab's id, which its panel is labelled by. */
const tabId = (section: string) => `programme-tab-${section}`;

/** A section's entry in the menu while its tab does not fit. */
function MenuEntry({ tab, onSelect }: { readonly tab: SectionTab; readonly onSelect: () => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  return visible ? null : <MenuItem onClick={onSelect}>{tab.label}</MenuItem>;
}

function MoreTabs({
  tabs,
  open,
}: {
  readonly tabs: readonly SectionTab[];
  readonly open: (id: string) => void;
}) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const { targetDocument } = useFluent();
  const { itemVisibility } = useOverflowVisibility();
  /** The section chosen from the menu, whose tab takes the focus once the row shows it. */
  const [chosen, setChosen] = useState<string>();
  // The menu hands the focus back to its button as it closes; the chosen section's tab shows only
  // once the row is measured again, and then takes the focus: the keyboard is on the section that
  // opened, and arrows go on from there (it stayed on the "more" button).
  useEffect(() => {
    if (chosen === undefined || !itemVisibility[chosen]) return;
    targetDocument?.getElementById(tabId(chosen))?.focus();
    setChosen(undefined);
  }, [chosen, itemVisibility, targetDocument]);
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={styles.more}
          icon={<MoreHorizontalRegular />}
          aria-label={`${overflowCount} more ${overflowCount === 1 ? 'section' : 'sections'}`}
          // In the tab list's arrow-key order, as Fluent's own overflowing tab list has it.
          role="tab"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MenuEntry
              key={tab.id}
              tab={tab}
              onSelect={() => {
                setChosen(tab.id);
                open(tab.id);
              }}
            />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The Programme's sections as one row of tabs: those that do not fit go, last first, into a
 * "more" menu at the row's end (never the open one), as Fluent's TabList does with overflow
 * (https://react.fluentui.dev/?path=/docs/components-tablist--docs#with-overflow). Wrapped, the
 * last tab sat alone on a second row under the first, at 1366 px wide.
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
    <Overflow minimumVisible={2}>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, tab) => open(String(tab.value))}
        aria-label="Programme sections"
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
            <Tab value={tab.id} id={tabId(tab.id)}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} open={open} />
      </TabList>
    </Overflow>
  );
}
