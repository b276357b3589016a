import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The empty state's icon size: 48 px, unless a narrow column around it sets this property (the
 * meeting side panel's, `useSidePanelStyles`).
 */
export const emptyStateIconSize = '--okr-empty-state-icon-size';

export const useStatesStyles = makeStyles({
  centered: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '480px',
    marginInline: 'auto',
  },
  icon: { fontSize: `var(${emptyStateIconSize}, 48px)`, color: tokens.colorBrandForeground1 },
  message: { color: tokens.colorNeutralForeground2 },
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  skeletonRow: {
    display: 'grid',
    gridTemplateColumns: '1fr 120px 64px',
    columnGap: tokens.spacingHorizontalL,
    alignItems: 'center',
  },
  // Whole in a dialog's scrolling column of fields, never squeezed to its minimum height with its
  // words spilling under the next field.
  bar: { flexShrink: 0 },
  details: { textAlign: 'start', margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
