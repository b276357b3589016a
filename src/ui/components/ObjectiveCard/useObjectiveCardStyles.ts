import { makeStyles, tokens } from '@fluentui/react-components';

export const useObjectiveCardStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    overflow: 'hidden',
  },
  highlighted: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12em, 2fr) minmax(8em, 1fr) auto auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    '@media (max-width: 640px)': { gridTemplateColumns: '1fr auto' },
  },
  heading: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  titleLine: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  empty: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
});
