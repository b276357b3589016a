import { makeStyles, tokens } from '@fluentui/react-components';

export const usePeoplePickerStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  status: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    minHeight: tokens.lineHeightBase200,
  },
  failed: { color: tokens.colorPaletteRedForeground1 },
});
