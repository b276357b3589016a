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
  useFluent,
  useId,
  useIsOverflowItemVisible,
  useOverflowMenu,
  useOverflowVisibility,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
// From the icon's own module: the package's shared module that also holds it holds the board
// row's DataTrendingRegular, and so split a chunk out of the channel tab's first screen.
import { MoreHorizontalRegular } from '@fluentui/react-icons/svg/more-horizontal';
import type { StandInTab, TabListStandInProps } from './TabListStandIn';

export interface ViewTabsProps extends TabListStandInProps {
  /** The name of the "more" button, for the number of tabs in its menu ("2 more views"). */
  readonly moreLabel: (count: number) => string;
  /** How many tabs stay in the row however narrow it is (1 by default). */
  readonly minimumVisible?: number;
}

const useStyles = makeStyles({
  more: { alignSelf: 'center', minWidth: 'fit-content' },
});

/** A tab's entry in the menu while it does not fit in the row. */
function MenuEntry({ tab, onSelect }: { readonly tab: StandInTab; readonly onSelect: () => void }) {
  return useIsOverflowItemVisible(tab.value) ? null : (
    <MenuItem onClick={onSelect}>{tab.label}</MenuItem>
  );
}

function MoreTabs({
  tabs,
  tabId,
  onSelect,
  moreLabel,
}: {
  readonly tabs: readonly StandInTab[];
  readonly tabId: (tab: StandInTab) => string;
  readonly onSelect: (value: string) => void;
  readonly moreLabel: (count: number) => string;
}) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const { targetDocument } = useFluent();
  const { itemVisibility } = useOverflowVisibility();
  /** The tab chosen from the menu, which takes the focus once the row shows it. */
  const [chosen, setChosen] = useState<StandInTab>();
  // The menu hands the focus back to its button as it closes; the chosen tab shows only once the
  // row is measured again, and then takes the focus: the keyboard is on the view that opened, and
  // arrows go on from there (it stayed on the "more" button).
  useEffect(() => {
    if (chosen === undefined || !itemVisibility[chosen.value]) return;
    targetDocument?.getElementById(tabId(chosen))?.focus();
    setChosen(undefined);
  }, [chosen, itemVisibility, targetDocument, tabId]);
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={styles.more}
          icon={<MoreHorizontalRegular />}
          aria-label={moreLabel(overflowCount)}
          // In the tab list's arrow-key order, as Fluent's own overflowing tab list has it.
          role="tab"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MenuEntry
              key={tab.value}
              tab={tab}
              onSelect={() => {
                setChosen(tab);
                onSelect(tab.value);
              }}
            />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * A screen's views as Fluent's `TabList`, in one row: the tabs that do not fit go, last first,
 * into a "more" menu at the row's end (never the selected one), as Fluent's TabList does with
 * overflow (https://react.fluentui.dev/?path=/docs/components-tablist--docs#with-overflow).
 * Wrapped, a 320 px tab put its last view alone on a second row. A chunk of its own (with
 * tabster's arrow-key mover and the menu), loaded once the screen has rendered (`useStandIns`);
 * `TabListStandIn` paints it until then.
 */
export function ViewTabs({
  tabs,
  selectedValue,
  onSelect,
  className,
  size = 'medium',
  'aria-label': label,
  moreLabel,
  minimumVisible = 1,
}: ViewTabsProps) {
  const idPrefix = useId('view-tab-');
  const tabId = (tab: StandInTab) => tab.button?.id ?? `${idPrefix}${tab.value}`;
  return (
    <Overflow minimumVisible={minimumVisible}>
      <TabList
        className={className}
        size={size}
        selectedValue={selectedValue}
        onTabSelect={(_, data) => onSelect(data.value as string)}
        aria-label={label}
      >
        {tabs.map((tab) => (
          <OverflowItem
            key={tab.value}
            id={tab.value}
            priority={tab.value === selectedValue ? 2 : 1}
          >
            <Tab value={tab.value} id={tabId(tab)} {...tab.button}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} tabId={tabId} onSelect={onSelect} moreLabel={moreLabel} />
      </TabList>
    </Overflow>
  );
}
