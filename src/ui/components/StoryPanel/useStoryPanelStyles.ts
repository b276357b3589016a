import { makeStyles, tokens } from '@fluentui/react-components';

export const useStoryPanelStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  editor: { minHeight: '320px' },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});
