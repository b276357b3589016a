import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useImportPageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Brought into view with a little room above it, not flush under the page's header.
  revealed: {
    scrollMarginTop: tokens.spacingVerticalM,
    scrollMarginBottom: tokens.spacingVerticalM,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  hint: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  dropZone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dropZoneActive: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
  },
  // The kinds' words are the messages' ("2 key results"); a label starts with a capital.
  count: {
    display: 'flex',
    flexDirection: 'column',
    '& dt::first-letter': { textTransform: 'uppercase' },
  },
  countValue: { ...typographyStyles.title3, margin: 0 },
  // As wide as its badge ("Left out"), so a narrow panel leaves the messages their room.
  severityColumn: { width: '6rem' },
  // A longer word of another language ("Nicht geschrieben") wraps inside its badge, never past it.
  badge: { height: 'auto', whiteSpace: 'normal', textAlign: 'center' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  message: { whiteSpace: 'pre-wrap', wordBreak: 'break-word', overflowWrap: 'anywhere', margin: 0 },
  // A file of no kind the import knows: what was wrong, then each kind it reads, one a line.
  unknownFile: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  unknownLead: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  acceptedList: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  // File names inside an export are long and have no spaces to wrap at.
  place: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});
