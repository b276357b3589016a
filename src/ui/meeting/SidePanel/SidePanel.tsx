import { renderSidePanel } from './renderSidePanel';
import { useSidePanel } from './useSidePanel';
import { useSidePanelStyles } from './useSidePanelStyles';

/** The meeting side panel: plan OKRs together, or pick KRs and share a check-in round to the stage. */
export function SidePanel() {
  const state = useSidePanel();
  const styles = useSidePanelStyles();
  return renderSidePanel(state, styles);
}
