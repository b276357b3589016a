import { makeStyles, tokens } from '@fluentui/react-components';

export const useCoachHealthViewStyles = makeStyles({
  root: {
    display: 'grid',
    // Cards 320 px wide or more, but never wider than the tab (a 320 px side panel).
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(320px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    height: '100%',
    boxSizing: 'border-box',
    alignContent: 'start',
  },
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  scope: { gridColumn: '1 / -1', margin: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    // Buttons wrap whole, onto the next line: "Nudge owner" broke inside its button in a card.
    whiteSpace: 'nowrap',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  rolledUp: {
    color: tokens.colorNeutralForeground2,
    paddingInline: tokens.spacingHorizontalS,
  },
  quiet: { color: tokens.colorNeutralForeground2 },
  detail: { display: 'block', color: tokens.colorNeutralForeground2 },
  why: {
    '& > summary': {
      cursor: 'pointer',
      width: 'fit-content',
      color: tokens.colorBrandForegroundLink,
    },
  },
});
