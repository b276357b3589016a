import { makeStyles, tokens } from '@fluentui/react-components';

/** Between the blocks of a card, and the fields of a form. */
const stackGap = 'clamp(8px, 1.5vh, 20px)';

/**
 * Sized for a shared screen: type scales with the stage (viewport) between a readable minimum
 * and a cap, so the room can read it at 1280×720 and at 1920×1080 alike.
 */
export const useStageStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    // A round taller than the stage grows the page rather than overflowing its viewport-high
    // flex container, so its background goes down with it: overflowed, the page's white showed
    // beside the cards below the first screen in the dark and high-contrast themes.
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: 'clamp(12px, 2vh, 28px)',
    padding: 'clamp(16px, 3vw, 56px)',
    fontSize: 'clamp(16px, 1.5vw, 28px)',
    lineHeight: 1.35,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    // The forms' labels, inputs and messages at the stage's size too, as its buttons (`button`):
    // Fluent's static class names (https://react.fluentui.dev/?path=/docs/concepts-developer-styling-components--docs).
    '& label, & input, & textarea, & .fui-Field__validationMessage, & .fui-Field__hint': {
      fontSize: 'inherit',
      lineHeight: 1.3,
    },
    // Its message bars too (problems, the discussion prompt, the saved check-in): Fluent sets
    // their words at 14 px and their icon at 20 px, whatever the screen.
    '& .fui-MessageBarBody, & .fui-MessageBarTitle': { fontSize: 'inherit', lineHeight: 1.3 },
    '& .fui-MessageBar__icon': { fontSize: '1.3em' },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
  headerEnd: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  eyebrow: { margin: 0, fontSize: '0.9em', color: tokens.colorNeutralForeground3 },
  krTitle: {
    margin: 0,
    fontSize: 'clamp(24px, 3vw, 52px)',
    lineHeight: 1.15,
    fontWeight: tokens.fontWeightSemibold,
    // Where the keyboard lands after a step (Stage.tsx): seen there, as Fluent's own focus ring.
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXS,
    },
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: stackGap,
    padding: 'clamp(16px, 2vw, 36px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: 'clamp(12px, 2.5vw, 48px)',
    margin: 0,
  },
  fact: { display: 'flex', flexDirection: 'column', margin: 0 },
  factLabel: { fontSize: '0.75em', color: tokens.colorNeutralForeground3 },
  factValue: { margin: 0, fontSize: '1.3em', fontWeight: tokens.fontWeightSemibold },
  sectionTitle: { margin: 0, fontSize: '1.1em', fontWeight: tokens.fontWeightSemibold },
  voteButtons: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(44px, 1fr))',
    gap: 'clamp(6px, 0.8vw, 14px)',
  },
  voteButton: {
    minWidth: 0,
    height: 'clamp(44px, 7vh, 88px)',
    fontSize: 'clamp(18px, 2vw, 36px)',
  },
  /** Chips in a row that wraps: who voted. */
  voters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  voter: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: '0.9em',
  },
  reveal: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: 'clamp(12px, 2vw, 40px)',
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  list: { margin: 0, paddingInlineStart: '1.2em' },
  invalid: { color: tokens.colorPaletteRedForeground1 },
  /** A field and its button: the button sits level with the field's input, under its label. */
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  /** A form's fields and its buttons in one column, on one left edge. */
  form: { display: 'flex', flexDirection: 'column', gap: stackGap },

  /** A form's buttons, one size, side by side. */
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  /** Fields side by side, equally wide whatever their messages say; stacked when narrow. */
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(14em, 100%), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  /**
   * Fluent's Text sets its own 14 px: on the stage, words take the stage's scaled size, as the
   * room reads them beside the KR's (who has voted was half their size on a 1920 px stage).
   */
  text: { fontSize: 'inherit', lineHeight: 'inherit' },
  mutedText: { fontSize: 'inherit', lineHeight: 'inherit', color: tokens.colorNeutralForeground3 },
  /**
   * The round's buttons at the stage's size, as its words: Fluent's are 14 or 16 px whatever the
   * screen, beside 28 px facts on a 1920 px stage. Padding in em, so a button grows with its words.
   */
  button: {
    fontSize: 'inherit',
    lineHeight: 1.3,
    padding: '0.3em 0.9em',
  },
  summaryText: { fontFamily: tokens.fontFamilyMonospace, minHeight: '10em' },
});
