import {
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  type MenuProps,
} from '@fluentui/react-components';
import { useMemo, type ReactElement, type ReactNode } from 'react';
import {
  isFiltering,
  confidenceBands,
  progressRanges,
  sortDirections,
  type BoardFilter,
  type BoardOrder,
  type BoardSort,
  type ConfidenceBand,
  type ProgressRange,
  type SortDirection,
} from '../../../core/board-filter';
import { formatNumber, formatProgress } from '../../../core/format';
import { statuses, type Status } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import { useBoardWords } from '../../board/board-words';
import { useSay, type Say, type Text } from '../../board/say';
import type { TeamView } from '../../board/boardView.types';
import type { BoardFilterApi } from '../../board/useBoardFilter';
import { directionLabels, directionNames, sortNames } from '../../words/orderWords';
import { OwnerFilter, ownersOn } from './OwnerFilter';

/**
 * The board toolbar's menus and tooltips, and its menu and toggle buttons: a chunk of their own,
 * loaded once the board has rendered (`useStandIns`); until then the toolbar shows the buttons'
 * and the search box's stand-ins.
 */
export { MenuButton, SearchBox, ToggleButton } from '@fluentui/react-components';

/** A button named by its tooltip (in a narrow frame, where it shows no text). */
export function LabelTooltip({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactElement;
}) {
  return (
    <Tooltip content={label} relationship="label">
      {children}
    </Tooltip>
  );
}

/** The filter's part each group of the Filters menu sets, by the group's name. */
const byName = {
  statuses: (items: string[]): Partial<BoardFilter> => ({ statuses: items as Status[] }),
  progress: (items: string[]): Partial<BoardFilter> => ({ progress: items as ProgressRange[] }),
  confidence: (items: string[]): Partial<BoardFilter> => ({
    confidence: items as ConfidenceBand[],
  }),
  owners: (items: string[]): Partial<BoardFilter> => ({ ownerIds: items }),
  teams: (items: string[]): Partial<BoardFilter> => ({ teamIds: items }),
  checkIn: (items: string[]): Partial<BoardFilter> => ({ needsCheckIn: items.length > 0 }),
};

interface ToolbarMenuProps {
  /** The menu's button. */
  readonly trigger: ReactElement;
  /** Its name as a tooltip, in a narrow frame. */
  readonly label?: string;
  /** Opened before this chunk was in: opens now. */
  readonly openedEarly: boolean;
}

function ToolbarMenu({
  trigger,
  label,
  openedEarly,
  children,
  ...menu
}: ToolbarMenuProps &
  Pick<MenuProps, 'checkedValues' | 'onCheckedValueChange'> & { readonly children: ReactNode }) {
  const menuTrigger = <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>;
  return (
    // No taller than the room the frame has, scrolling inside: Filters lists every owner and team,
    // and a menu running past a tab's bottom edge hid its last groups from the mouse (the board,
    // not the menu, took the wheel). Fluent's `autoSize` (PositioningProps: "fit it within the
    // available space in viewport"; https://react.fluentui.dev/?path=/docs/concepts-developer-positioning-components--docs).
    <Menu {...menu} defaultOpen={openedEarly} positioning={{ autoSize: 'height' }}>
      {label ? <LabelTooltip label={label}>{menuTrigger}</LabelTooltip> : menuTrigger}
      <MenuPopover>
        <MenuList>{children}</MenuList>
      </MenuPopover>
    </Menu>
  );
}

const bandLabels: Readonly<Record<ConfidenceBand, Text>> = {
  low: 'Low confidence',
  medium: 'Medium confidence',
  high: 'High confidence',
};

/** `0–29%`, `70–100 %`, `Over 100%`: the percents as the rows show them, in the reader's locale. */
function progressRangeLabel(range: ProgressRange, say: Say, locale: string): string {
  const percent = (fraction: number) => formatProgress(fraction, locale);
  const span = (low: number, high: number) => `${formatNumber(low, locale)}–${percent(high)}`;
  switch (range) {
    case 'from0':
      return span(0, 0.29);
    case 'from30':
      return span(30, 0.69);
    case 'from70':
      return span(70, 1);
    case 'over100':
      return say('Over {percent}', { percent: percent(1) });
    case 'noCheckIn':
      return say('No check-in yet');
  }
}

/**
 * The board's filters, owner and team first (whose OKRs and which team's, as a Viva Goals user
 * starts filtering), then the KRs' state; in a narrow frame (given `onClear`) "Needs a check-in"
 * too, before the state, and "Clear filters" last, which have buttons of their own beside the
 * menu where there is room.
 */
export function FilterMenu({
  board,
  filter,
  change,
  onClear,
  ...menu
}: ToolbarMenuProps &
  Pick<BoardFilterApi, 'filter' | 'change'> & {
    readonly board: readonly TeamView[];
    readonly onClear?: () => void;
  }) {
  const { say, status: statusName } = useBoardWords();
  const locale = useLocale();
  const { owners, someUnowned } = useMemo(() => ownersOn(board, locale), [board, locale]);
  const chosen = (values: readonly string[] | undefined) => [...(values ?? [])];
  const checked: Record<keyof typeof byName, string[]> = {
    statuses: chosen(filter.statuses),
    progress: chosen(filter.progress),
    confidence: chosen(filter.confidence),
    owners: chosen(filter.ownerIds),
    teams: chosen(filter.teamIds),
    checkIn: filter.needsCheckIn ? ['needsCheckIn'] : [],
  };
  return (
    <ToolbarMenu
      {...menu}
      checkedValues={checked}
      onCheckedValueChange={(_, { name, checkedItems }) =>
        change(byName[name as keyof typeof byName](checkedItems))
      }
    >
      {owners.length > 0 || someUnowned ? (
        <>
          <OwnerFilter owners={owners} someUnowned={someUnowned} chosen={checked.owners} />
          <MenuDivider />
        </>
      ) : null}
      {board.length > 1 ? (
        <>
          <MenuGroup>
            <MenuGroupHeader>{say('Team')}</MenuGroupHeader>
            {board.map(({ team }) => (
              <MenuItemCheckbox key={team.id} name="teams" value={team.id}>
                {team.name}
              </MenuItemCheckbox>
            ))}
          </MenuGroup>
          <MenuDivider />
        </>
      ) : null}
      {onClear ? (
        <>
          <MenuItemCheckbox name="checkIn" value="needsCheckIn">
            {say('Needs a check-in')}
          </MenuItemCheckbox>
          <MenuDivider />
        </>
      ) : null}
      <MenuGroup>
        <MenuGroupHeader>{say('Status')}</MenuGroupHeader>
        {statuses.map((status) => (
          <MenuItemCheckbox key={status} name="statuses" value={status}>
            {statusName(status)}
          </MenuItemCheckbox>
        ))}
      </MenuGroup>
      <MenuDivider />
      <MenuGroup>
        <MenuGroupHeader>{say('Progress')}</MenuGroupHeader>
        {progressRanges.map((range) => (
          <MenuItemCheckbox key={range} name="progress" value={range}>
            {progressRangeLabel(range, say, locale)}
          </MenuItemCheckbox>
        ))}
      </MenuGroup>
      <MenuDivider />
      <MenuGroup>
        <MenuGroupHeader>{say('Confidence')}</MenuGroupHeader>
        {confidenceBands.map((band) => (
          <MenuItemCheckbox key={band} name="confidence" value={band}>
            {say(bandLabels[band])}
          </MenuItemCheckbox>
        ))}
      </MenuGroup>
      {onClear ? (
        <>
          <MenuDivider />
          <MenuItem disabled={!isFiltering(filter)} onClick={onClear}>
            {say('Clear filters')}
          </MenuItem>
        </>
      ) : null}
    </ToolbarMenu>
  );
}

/**
 * What to sort by and which way, two groups of choices; each choice closes the menu, whose button
 * then says the order chosen.
 */
export function SortMenu({
  order,
  sorts,
  onOrder,
  ...menu
}: ToolbarMenuProps & {
  readonly order: BoardOrder;
  readonly sorts: readonly BoardSort[];
  readonly onOrder: (order: BoardOrder) => void;
}) {
  const say = useSay();
  return (
    <ToolbarMenu
      {...menu}
      checkedValues={{ sort: [order.sort], direction: [order.direction] }}
      onCheckedValueChange={(_, { name, checkedItems }) => {
        const [value] = checkedItems;
        if (name === 'sort') onOrder({ ...order, sort: value as BoardSort });
        if (name === 'direction') onOrder({ ...order, direction: value as SortDirection });
      }}
    >
      <MenuGroup>
        <MenuGroupHeader>{say('Sort by')}</MenuGroupHeader>
        {sorts.map((option) => (
          <MenuItemRadio key={option} name="sort" value={option}>
            {say(sortNames[option])}
          </MenuItemRadio>
        ))}
      </MenuGroup>
      <MenuDivider />
      <MenuGroup>
        <MenuGroupHeader>{say('Order')}</MenuGroupHeader>
        {sortDirections.map((direction) => (
          <MenuItemRadio key={direction} name="direction" value={direction}>
            {say('{direction} ({which})', {
              direction: say(directionLabels[direction]),
              which: say(directionNames[order.sort][direction]),
            })}
          </MenuItemRadio>
        ))}
      </MenuGroup>
    </ToolbarMenu>
  );
}

interface ExportProps {
  readonly onExportXlsx: () => void;
  readonly onExportCsv: () => void;
  /** The key results the board shows, of all it has: a filtered board exports what it shows. */
  readonly shown: { readonly keyResults: number; readonly of: number };
}

/** The board's exports, said to be of the key results shown when a filter hides some. */
function ExportItems({ onExportXlsx, onExportCsv, shown }: ExportProps) {
  const say = useSay();
  const items = (
    <>
      <MenuItem onClick={onExportXlsx}>{say('Excel workbook (.xlsx)')}</MenuItem>
      <MenuItem onClick={onExportCsv}>{say('CSV')}</MenuItem>
    </>
  );
  return shown.keyResults < shown.of ? (
    <MenuGroup>
      <MenuGroupHeader>
        {say('The {shown} of {count} key results shown', {
          shown: shown.keyResults,
          count: shown.of,
        })}
      </MenuGroupHeader>
      {items}
    </MenuGroup>
  ) : (
    items
  );
}

export function ExportMenu({
  onExportXlsx,
  onExportCsv,
  shown,
  ...menu
}: ToolbarMenuProps & ExportProps) {
  return (
    <ToolbarMenu {...menu}>
      <ExportItems onExportXlsx={onExportXlsx} onExportCsv={onExportCsv} shown={shown} />
    </ToolbarMenu>
  );
}

/**
 * In a narrow frame, the toolbar's buttons that have no room on its row: `actions` (collapse or
 * expand all, the link to this view), then the exports under their heading (a submenu, with no
 * room beside the menu in a 320 px frame, covered it).
 */
export function MoreMenu({
  actions,
  exportLabel,
  onExportXlsx,
  onExportCsv,
  shown,
  ...menu
}: ToolbarMenuProps &
  ExportProps & {
    readonly actions: readonly {
      readonly label: string;
      readonly icon: ReactElement;
      readonly onClick: () => void;
    }[];
    readonly exportLabel: string;
  }) {
  return (
    <ToolbarMenu {...menu}>
      {actions.map(({ label, icon, onClick }) => (
        <MenuItem key={label} icon={icon} onClick={onClick}>
          {label}
        </MenuItem>
      ))}
      <MenuDivider />
      <MenuGroup>
        <MenuGroupHeader>{exportLabel}</MenuGroupHeader>
        <ExportItems onExportXlsx={onExportXlsx} onExportCsv={onExportCsv} shown={shown} />
      </MenuGroup>
    </ToolbarMenu>
  );
}
