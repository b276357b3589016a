import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { emptyStateIconSize } from '../../components/States/useStatesStyles';

/** Sized for Teams' 320 px meeting side panel: a compact header, every line allowed to wrap. */
export const useSidePanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    overflowY: 'auto',
    // A box focused from the keyboard is scrolled into view above the share bar, not under it.
    scrollPaddingBottom: '7rem',
    overflowWrap: 'anywhere',
    minWidth: 0,
    // Fluent's icons come in 16 to 48 px (`@fluentui/react-icons`): an empty state's 48 px took a
    // seventh of the column's width; 32 px still leads the eye to its words.
    [emptyStateIconSize]: '32px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  // The rest of the title's row, the tabs at its end: a tab list sized by its own tabs would
  // measure them as overflowing and shrink, a tab at a time, into its "more" menu.
  modeTabs: { flexGrow: 1, minWidth: 0, justifyContent: 'flex-end' },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    border: 'none',
    minWidth: 0,
  },
  // Team and owner side by side where both fit, else one under the other, each as wide as it can.
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  filter: { flex: '1 1 8rem', minWidth: 0 },
  // The field's width: Fluent's dropdown would keep its own minimum, past the panel's edge.
  filterDropdown: { minWidth: 0, width: '100%' },
  // A small field's label and dropdown: the room `RoundFilters` takes once loaded.
  filtersPending: { minHeight: '2.75rem' },
  legend: { ...typographyStyles.body1Strong, padding: 0 },
  indented: { paddingInlineStart: tokens.spacingHorizontalL },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  objective: { margin: 0 },
  /** Share to stage stays in reach below a long list of key results. */
  shareBar: {
    position: 'sticky',
    bottom: `calc(-1 * ${tokens.spacingVerticalS})`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  /**
   * The bar's width, its words given the room Fluent's padding took: German's „Für
   * Besprechungsphase freigeben“ went onto two lines at 320 px.
   */
  shareButton: {
    width: '100%',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});
