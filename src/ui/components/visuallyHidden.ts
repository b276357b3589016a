/**
 * Styles (for `makeStyles`) of what is read to a screen reader and not shown: a live region, the
 * whole words of a shortened badge, a column's heading over buttons.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;
