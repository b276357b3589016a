import {
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuButton,
  MenuGroup,
  MenuGroupHeader,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SearchBox,
  ToggleButton,
  tokens,
  Tooltip,
  type MenuProps,
} from '@fluentui/react-components';
import {
  ArrowCollapseAllRegular,
  ArrowDownloadRegular,
  ArrowExpandAllRegular,
  ArrowSortRegular,
  DismissRegular,
  FilterRegular,
  HistoryRegular,
  LinkRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import {
  activeFilterCount,
  boardSorts,
  confidenceBands,
  isFiltering,
  type BoardSort,
  type ConfidenceBand,
} from '../../../core/board-filter';
import { format } from '../../../core/messages';
import { statuses, type Status } from '../../../core/model';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import type { BoardToolbarProps } from './BoardToolbar.types';

/** A meeting's side panel (320 px) and other narrow frames. */
const narrowFrame = '(max-width: 479px)';
const narrowMedia = `@media ${narrowFrame}`;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  search: {
    flex: '1 1 12em',
    minWidth: '10em',
    maxWidth: '24em',
    [narrowMedia]: { flexBasis: '100%', maxWidth: 'none' },
  },
  summary: { color: tokens.colorNeutralForeground2, flexBasis: '100%' },
  spacer: { flexGrow: 1 },
});

export const sortLabels: Record<BoardSort, string> = {
  board: 'Board order',
  progress: 'Progress, lowest first',
  confidence: 'Confidence, lowest first',
  lastCheckIn: 'Last check-in, oldest first',
  title: 'Title, A to Z',
};

const bandLabels: Record<ConfidenceBand, string> = {
  low: 'Low confidence',
  medium: 'Medium confidence',
  high: 'High confidence',
};

type CheckedValues = NonNullable<MenuProps['checkedValues']>;

/**
 * Search, filters (status, confidence, owner, team, needing a check-in), order, collapse,
 * export and a link to this view, above a board. In a narrow side panel the search box takes a
 * line and the buttons, icons only, the next.
 */
export function BoardToolbar(props: BoardToolbarProps) {
  const styles = useStyles();
  const narrow = useMediaQuery(narrowFrame);
  /**
   * A button and its label: beside the icon, or in a narrow frame (a meeting's side panel) only
   * as its name and tooltip, so that the buttons share a line under the search box.
   */
  const labelled = (name: string, render: (text?: string) => ReactElement, text = name) =>
    narrow ? (
      <Tooltip content={name} relationship="label">
        {render()}
      </Tooltip>
    ) : (
      render(text)
    );
  const { filter: api, owners, teams, shown } = props;
  const { filter, change } = api;
  // "Needs a check-in" has its own toggle; the menu's button counts the menu's filters.
  const count = activeFilterCount(filter) - (filter.needsCheckIn ? 1 : 0);
  const sort = filter.sort ?? 'board';
  const checked: CheckedValues = {
    statuses: [...(filter.statuses ?? [])],
    confidence: [...(filter.confidence ?? [])],
    owners: [...(filter.ownerIds ?? [])],
    teams: [...(filter.teamIds ?? [])],
  };
  const onChecked: MenuProps['onCheckedValueChange'] = (_, { name, checkedItems }) => {
    if (name === 'statuses') change({ statuses: checkedItems as Status[] });
    if (name === 'confidence') change({ confidence: checkedItems as ConfidenceBand[] });
    if (name === 'owners') change({ ownerIds: checkedItems });
    if (name === 'teams') change({ teamIds: checkedItems });
  };
  return (
    <div className={styles.root} role="search" aria-label="Find and shape the board">
      <SearchBox
        className={styles.search}
        aria-label="Search objectives, key results and owners"
        placeholder="Search"
        value={filter.search ?? ''}
        onChange={(_, data) => change({ search: data.value })}
      />
      <Menu checkedValues={checked} onCheckedValueChange={onChecked}>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            icon={<FilterRegular />}
            appearance={count > 0 ? 'primary' : 'secondary'}
            aria-label={count > 0 ? `Filters, ${count} on` : 'Filters'}
          >
            {count > 0 ? `Filters (${count})` : 'Filters'}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroup>
              <MenuGroupHeader>Status</MenuGroupHeader>
              {statuses.map((status) => (
                <MenuItemCheckbox key={status} name="statuses" value={status}>
                  {format(`status.${status}`)}
                </MenuItemCheckbox>
              ))}
            </MenuGroup>
            <MenuDivider />
            <MenuGroup>
              <MenuGroupHeader>Confidence</MenuGroupHeader>
              {confidenceBands.map((band) => (
                <MenuItemCheckbox key={band} name="confidence" value={band}>
                  {bandLabels[band]}
                </MenuItemCheckbox>
              ))}
            </MenuGroup>
            {owners.length > 0 ? (
              <>
                <MenuDivider />
                <MenuGroup>
                  <MenuGroupHeader>Owner</MenuGroupHeader>
                  {owners.map((owner) => (
                    <MenuItemCheckbox key={owner.id} name="owners" value={owner.id}>
                      {owner.displayName}
                    </MenuItemCheckbox>
                  ))}
                </MenuGroup>
              </>
            ) : null}
            {teams.length > 1 ? (
              <>
                <MenuDivider />
                <MenuGroup>
                  <MenuGroupHeader>Team</MenuGroupHeader>
                  {teams.map((team) => (
                    <MenuItemCheckbox key={team.id} name="teams" value={team.id}>
                      {team.name}
                    </MenuItemCheckbox>
                  ))}
                </MenuGroup>
              </>
            ) : null}
          </MenuList>
        </MenuPopover>
      </Menu>
      {labelled('Needs a check-in', (text) => (
        <ToggleButton
          icon={<HistoryRegular />}
          checked={filter.needsCheckIn ?? false}
          onClick={() => change({ needsCheckIn: !filter.needsCheckIn })}
        >
          {text}
        </ToggleButton>
      ))}
      <Menu
        checkedValues={{ sort: [sort] }}
        onCheckedValueChange={(_, { checkedItems }) =>
          change({ sort: checkedItems[0] as BoardSort })
        }
      >
        {labelled(
          `Sort: ${sortLabels[sort]}`,
          (text) => (
            <MenuTrigger disableButtonEnhancement>
              <MenuButton icon={<ArrowSortRegular />} aria-label={`Sort: ${sortLabels[sort]}`}>
                {text}
              </MenuButton>
            </MenuTrigger>
          ),
          'Sort',
        )}
        <MenuPopover>
          <MenuList>
            {boardSorts.map((option) => (
              <MenuItemRadio key={option} name="sort" value={option}>
                {sortLabels[option]}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {isFiltering(filter)
        ? labelled('Clear filters', (text) => (
            <Button icon={<DismissRegular />} appearance="subtle" onClick={api.clear}>
              {text}
            </Button>
          ))
        : null}
      <span className={styles.spacer} />
      <Tooltip
        content={props.allCollapsed ? 'Expand all objectives' : 'Collapse all objectives'}
        relationship="label"
      >
        <Button
          appearance="subtle"
          icon={props.allCollapsed ? <ArrowExpandAllRegular /> : <ArrowCollapseAllRegular />}
          onClick={props.allCollapsed ? props.onExpandAll : props.onCollapseAll}
        />
      </Tooltip>
      <Tooltip content="Copy a link to this view" relationship="label">
        <Button appearance="subtle" icon={<LinkRegular />} onClick={props.onCopyViewLink} />
      </Tooltip>
      <Menu>
        {labelled('Export', (text) => (
          <MenuTrigger disableButtonEnhancement>
            <MenuButton icon={<ArrowDownloadRegular />}>{text}</MenuButton>
          </MenuTrigger>
        ))}
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={props.onExportXlsx}>Excel workbook (.xlsx)</MenuItem>
            <MenuItem onClick={props.onExportCsv}>CSV</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {props.children}
      {props.loadingHistory ? (
        <Caption1 className={styles.summary} role="status">
          Loading check-in history…
        </Caption1>
      ) : null}
      {shown.keyResults < shown.of ? (
        <Caption1 className={styles.summary}>
          {`Showing ${shown.keyResults} of ${shown.of} key results`}
        </Caption1>
      ) : null}
    </div>
  );
}
