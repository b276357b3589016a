import { makeStyles, tokens } from '@fluentui/react-components';

export const useEditorDialogStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10em, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
    // Each field as tall as its own label, control and message: a field that says why it is
    // refused must not stretch the inputs beside it.
    alignItems: 'start',
    // A long choice (an objective's title in "Aligns to") shortens inside its column instead of
    // widening the field's own grid past the dialog's edge.
    '& > .fui-Field': { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
    // An input's own width (its size of 20 characters) must not push its column out of the dialog.
    '& .fui-Input': { minWidth: 0 },
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  // Side by side while both fit; in a narrow frame each choice takes its own line, whole, instead
  // of two columns of a word or two a line ("Verbindlich: / Wir / erreichen / es …").
  choices: { flexWrap: 'wrap' },
  coaching: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
});
