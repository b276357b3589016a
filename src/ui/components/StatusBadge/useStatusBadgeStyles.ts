import { makeStyles } from '@fluentui/react-components';

export const useStatusBadgeStyles = makeStyles({
  // A long reason stays on one line; the full text is the badge's accessible text and title.
  badge: { maxWidth: '22em', overflow: 'hidden', justifyContent: 'flex-start' },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});
