import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A tab narrower than this (a phone, a 320 px side panel) puts an objective's status and progress
 * on a line of their own under its title: beside it they left the title a few words a line.
 */
const narrow = '@media (max-width: 480px)';

export const useAlignmentTreeStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    height: '100%',
    boxSizing: 'border-box',
  },
  search: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  searchBox: { flex: '0 1 24em', minWidth: '10em', [narrow]: { flexBasis: '100%' } },
  count: { color: tokens.colorNeutralForeground2 },
  // What a search found: its row tinted and marked at its edge, the words it matched marked.
  found: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}`,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    // Windows' contrast themes paint a mark in their own colours.
    '@media (forced-colors: active)': { backgroundColor: 'Mark', color: 'MarkText' },
  },
  team: { color: tokens.colorNeutralForeground2 },
  title: { overflowWrap: 'anywhere' },
  aside: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  progress: { minWidth: '3.5em', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // TreeItemLayout's slots: its root lays out the chevron, the title (main) and the aside in a row.
  layout: { [narrow]: { flexWrap: 'wrap', paddingBlock: tokens.spacingVerticalXS } },
  // The title takes the whole row (beside a branch's 24 px chevron), so the aside wraps under it.
  main: {
    [narrow]: {
      flex: `1 1 calc(100% - ${tokens.spacingHorizontalXXL})`,
      minWidth: 0,
      boxSizing: 'border-box',
    },
  },
  asideSlot: {
    [narrow]: {
      flexBasis: '100%',
      marginLeft: 0,
      marginRight: 0,
      paddingInlineStart: tokens.spacingHorizontalXXS,
    },
  },
  // Under a branch's title: past its chevron, in line with the title's first letter.
  asideUnderBranch: {
    [narrow]: {
      paddingInlineStart: `calc(${tokens.spacingHorizontalXXL} + ${tokens.spacingHorizontalXXS})`,
    },
  },
});
