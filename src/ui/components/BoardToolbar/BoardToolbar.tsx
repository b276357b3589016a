import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowCollapseAllRegular,
  ArrowDownloadRegular,
  ArrowExpandAllRegular,
  ArrowSortRegular,
  DismissRegular,
  FilterRegular,
  HistoryRegular,
  LinkRegular,
  MoreHorizontalRegular,
} from '@fluentui/react-icons';
import { useRef } from 'react';
import { activeFilterCount, isFiltering, orderOf, orderPatch } from '../../../core/board-filter';
import { narrowMedia } from '../../hooks/useNarrowFrame';
import { useSay } from '../../board/say';
import { orderName } from '../../words/orderWords';
import { MenuButtonStandIn } from '../MenuButtonStandIn';
import { SearchBoxStandIn } from '../SearchBoxStandIn';
import { ToggleButtonStandIn } from '../ToggleButtonStandIn';
import type { BoardToolbarProps } from './BoardToolbar.types';
import { useNarrowLabels } from './useNarrowLabels';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    // In a 320 px frame the search box and four icon buttons share one row.
    [narrowMedia]: {
      columnGap: tokens.spacingHorizontalXS,
      rowGap: tokens.spacingVerticalXS,
      paddingInline: tokens.spacingHorizontalM,
    },
  },
  search: {
    flex: '1 1 12em',
    minWidth: '10em',
    maxWidth: '24em',
    [narrowMedia]: { flexBasis: '0', minWidth: '6em', maxWidth: 'none' },
  },
  summary: { color: tokens.colorNeutralForeground2, flexBasis: '100%' },
  // In a narrow frame the search box takes the room the buttons leave.
  spacer: { flexGrow: 1, [narrowMedia]: { display: 'none' } },
});

/**
 * Search, filters (owner, team, status, progress, confidence, needing a check-in), order, collapse,
 * export and a link to this view, above a board. In a narrow frame (a meeting's side panel, a
 * narrow channel tab) it is one row: the search box, Filters (with "Needs a check-in" and "Clear
 * filters" in its menu), Sort and "More actions" (collapse, the link, export), icons only.
 */
export function BoardToolbar(props: BoardToolbarProps) {
  const styles = useStyles();
  const say = useSay();
  const needsCheckIn = say('Needs a check-in');
  const clearLabel = say('Clear filters');
  const copyViewLink = say('Copy a link to this view');
  const exportLabel = say('Export');
  const { narrow, tooltip, module: popups, trigger, mark, openedEarly } = useNarrowLabels();
  const { filter: api, board, shown } = props;
  const { filter, change } = api;
  // "Needs a check-in" has its own toggle, but in a narrow frame: the menu's button counts the
  // menu's filters.
  const count = activeFilterCount(filter) - (filter.needsCheckIn && !narrow ? 1 : 0);
  const order = orderOf(filter);
  const ownOrder = order.sort === 'board' && order.direction === 'asc';
  const MenuButton = popups?.MenuButton ?? MenuButtonStandIn;
  // What Fluent's `MenuTrigger` gives a closed menu's button, on its stand-in too.
  const menuButton = (name: string) => ({ ...trigger(name), 'aria-haspopup': 'menu' as const });
  const search = useRef<HTMLInputElement>(null);
  // Clear filters is disabled once they are cleared, and its focus would fall to the page's body:
  // it goes to the search box, where finding starts again.
  const clearFilters = () => {
    search.current?.focus();
    api.clear();
  };
  const searchBox = {
    ref: search,
    className: styles.search,
    'aria-label': say('Search objectives, key results and owners'),
    placeholder: say('Search'),
    dismiss: { 'aria-label': say('Clear the search') },
    value: filter.search ?? '',
    ...mark('search'),
  };
  const filterLabel = count > 0 ? say('Filters, {count} on', { count }) : say('Filters');
  // In a narrow frame an icon, filled while filters are on, named by its tooltip as Sort is.
  const filterButton = (
    <MenuButton
      icon={<FilterRegular />}
      appearance={count > 0 ? 'primary' : 'secondary'}
      aria-label={filterLabel}
      {...menuButton('filters')}
    >
      {narrow ? undefined : count > 0 ? say('Filters ({count})', { count }) : say('Filters')}
    </MenuButton>
  );
  const sortLabel = say('Sort: {order}', { order: orderName(order.sort, order.direction, say) });
  // The order in use, and which way it runs, is seen on the button, as the filters' count is,
  // not only heard.
  const sortButton = (
    <MenuButton
      icon={<ArrowSortRegular />}
      aria-label={sortLabel}
      appearance={ownOrder ? 'secondary' : 'primary'}
      {...menuButton('sort')}
    >
      {narrow ? undefined : ownOrder ? say('Sort') : sortLabel}
    </MenuButton>
  );
  const exportButton = (
    <MenuButton icon={<ArrowDownloadRegular />} {...menuButton('export')}>
      {exportLabel}
    </MenuButton>
  );
  const needsCheckInToggle = {
    icon: <HistoryRegular />,
    checked: filter.needsCheckIn ?? false,
    onClick: () => change({ needsCheckIn: !filter.needsCheckIn }),
    ...mark('needsCheckIn'),
  };
  const { collapse } = props;
  const collapseLabel = say(collapse?.all ? 'Expand all objectives' : 'Collapse all objectives');
  const collapseIcon = collapse?.all ? <ArrowExpandAllRegular /> : <ArrowCollapseAllRegular />;
  const moreLabel = say('More actions');
  const moreButton = (
    <MenuButton icon={<MoreHorizontalRegular />} aria-label={moreLabel} {...menuButton('more')} />
  );
  const moreMenu = popups ? (
    <popups.MoreMenu
      trigger={moreButton}
      label={moreLabel}
      openedEarly={openedEarly('more')}
      actions={[
        ...(collapse
          ? [
              {
                label: collapseLabel,
                icon: collapseIcon,
                onClick: collapse.all ? collapse.onExpandAll : collapse.onCollapseAll,
              },
            ]
          : []),
        { label: copyViewLink, icon: <LinkRegular />, onClick: props.onCopyViewLink },
      ]}
      exportLabel={exportLabel}
      onExportXlsx={props.onExportXlsx}
      onExportCsv={props.onExportCsv}
      shown={shown}
    />
  ) : (
    moreButton
  );
  return (
    <div className={styles.root} role="search" aria-label={say('Find and shape the board')}>
      {popups ? (
        <popups.SearchBox {...searchBox} onChange={(_, data) => change({ search: data.value })} />
      ) : (
        <SearchBoxStandIn {...searchBox} onChange={(_, data) => change({ search: data.value })} />
      )}
      {popups ? (
        <popups.FilterMenu
          trigger={filterButton}
          {...(narrow ? { label: filterLabel } : {})}
          openedEarly={openedEarly('filters')}
          filter={filter}
          change={change}
          board={board}
          {...(narrow ? { onClear: clearFilters } : {})}
        />
      ) : (
        filterButton
      )}
      {narrow ? null : popups ? (
        <popups.ToggleButton {...needsCheckInToggle}>{needsCheckIn}</popups.ToggleButton>
      ) : (
        <ToggleButtonStandIn {...needsCheckInToggle}>{needsCheckIn}</ToggleButtonStandIn>
      )}
      {popups ? (
        <popups.SortMenu
          trigger={sortButton}
          {...(narrow ? { label: sortLabel } : {})}
          openedEarly={openedEarly('sort')}
          order={order}
          sorts={props.sorts}
          onOrder={(next) => change(orderPatch(next))}
        />
      ) : (
        sortButton
      )}
      {/* Always there, so that the buttons after it do not move (or wrap) as filters are set. */}
      {narrow ? null : (
        <Button
          icon={<DismissRegular />}
          appearance="subtle"
          disabled={!isFiltering(filter)}
          onClick={clearFilters}
        >
          {clearLabel}
        </Button>
      )}
      <span className={styles.spacer} />
      {narrow ? (
        moreMenu
      ) : (
        <>
          {collapse
            ? tooltip(
                collapseLabel,
                <Button
                  appearance="subtle"
                  aria-label={collapseLabel}
                  icon={collapseIcon}
                  onClick={collapse.all ? collapse.onExpandAll : collapse.onCollapseAll}
                />,
              )
            : null}
          {tooltip(
            copyViewLink,
            <Button
              appearance="subtle"
              aria-label={copyViewLink}
              icon={<LinkRegular />}
              onClick={props.onCopyViewLink}
            />,
          )}
          {popups ? (
            <popups.ExportMenu
              trigger={exportButton}
              openedEarly={openedEarly('export')}
              onExportXlsx={props.onExportXlsx}
              onExportCsv={props.onExportCsv}
              shown={shown}
            />
          ) : (
            exportButton
          )}
        </>
      )}
      {props.children}
      {props.loadingHistory ? (
        <Caption1 className={styles.summary} role="status">
          {say('Loading check-in history…')}
        </Caption1>
      ) : null}
      {shown.keyResults < shown.of ? (
        <Caption1 className={styles.summary}>
          {say('Showing {shown} of {count} key results', {
            shown: shown.keyResults,
            count: shown.of,
          })}
        </Caption1>
      ) : null}
    </div>
  );
}
