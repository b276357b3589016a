import { Tab, TabList } from '@fluentui/react-components';
import type { TabListStandInProps } from './TabListStandIn';

/**
 * A screen's views as Fluent's `TabList`: a chunk of its own (with tabster's arrow-key mover),
 * loaded once the screen has rendered (`useStandIns`); `TabListStandIn` paints it until then.
 */
export function ViewTabs({
  tabs,
  selectedValue,
  onSelect,
  className,
  size = 'medium',
  'aria-label': label,
}: TabListStandInProps) {
  return (
    <TabList
      className={className}
      size={size}
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
