import { makeStyles, tokens } from '@fluentui/react-components';

export const useKeyResultRowStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12em, 2fr) minmax(8em, 1fr) auto auto auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 640px)': { gridTemplateColumns: '1fr auto' },
  },
  highlighted: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
});
