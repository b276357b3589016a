import { makeStyles } from '@fluentui/react-components';

export const useStatusBadgeStyles = makeStyles({
  badge: { maxWidth: '14em', overflow: 'hidden', justifyContent: 'flex-start', flexShrink: 0 },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  /** The whole override (who and why) for screen readers; sighted users have the title. */
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
