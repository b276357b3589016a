import { Tab, TabList } from '@fluentui/react-components';
import type { StandInTab } from '../../ui/components/TabListStandIn';

/**
 * The tab's views as Fluent's `TabList`: a chunk of its own (with tabster's arrow-key mover),
 * loaded once the tab has rendered; `TeamTab` shows `TabListStandIn` until then.
 */
export function ViewTabs({
  tabs,
  selectedValue,
  onSelect,
  className,
  'aria-label': label,
}: {
  readonly tabs: readonly StandInTab[];
  readonly selectedValue: string;
  readonly onSelect: (value: string) => void;
  readonly className?: string;
  readonly 'aria-label': string;
}) {
  return (
    <TabList
      className={className}
      selectedValue={selectedValue}
      onTabSelect={(_, data) => onSelect(data.value as string)}
      aria-label={label}
    >
      {tabs.map((tab) => (
        <Tab key={tab.value} value={tab.value} {...tab.button}>
          {tab.label}
        </Tab>
      ))}
    </TabList>
  );
}
