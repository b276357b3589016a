import { makeStyles, tokens } from '@fluentui/react-components';

export const useCorrectCheckInDialogStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  confidence: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  slider: { flexGrow: 1 },
  confidenceValue: { minWidth: '3em', fontVariantNumeric: 'tabular-nums' },
  made: { color: tokens.colorNeutralForeground2 },
});
