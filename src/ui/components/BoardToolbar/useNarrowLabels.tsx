import { cloneElement, type ReactElement } from 'react';
import { useNarrowFrame } from '../../hooks/useNarrowFrame';
import { useStandIns } from '../../hooks/useStandIns';
import { reloadable } from '../../../reloadable';

// The menus and tooltips (with Fluent's positioning under them), the menu and toggle buttons and
// the search box load once the first screen is there.
const loadPopups = reloadable(() => import('./BoardToolbarPopups'));

/**
 * The board's popups as they load, and its buttons' labels: beside their icons, or in a narrow
 * frame (a meeting's side panel, a narrow channel tab) only as their names and tooltips, so that a
 * header's or toolbar's buttons share one row.
 */
export function useNarrowLabels() {
  const narrow = useNarrowFrame();
  const standIns = useStandIns(loadPopups);
  const popups = standIns.module;
  /**
   * A button named by its tooltip once the tooltips are in (its own `aria-label` until then). In
   * its tooltip it is a new element: the focus it held goes to it (`useStandIns`), as it did not
   * when a board shown again focused its Programme button just before the tooltips came.
   */
  const tooltip = (label: string, button: ReactElement) => {
    const marked = cloneElement(button, standIns.mark(label));
    return popups ? <popups.LabelTooltip label={label}>{marked}</popups.LabelTooltip> : marked;
  };
  /** `render` gets the button's text, or none in a narrow frame (it then sets its `aria-label`). */
  const labelled = (name: string, render: (text?: string) => ReactElement, text = name) =>
    narrow ? tooltip(name, render()) : render(text);
  return { narrow, tooltip, labelled, ...standIns };
}
