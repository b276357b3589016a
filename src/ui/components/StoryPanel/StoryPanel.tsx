import { renderStoryPanel } from './renderStoryPanel';
import { useStoryPanel } from './useStoryPanel';
import { useStoryPanelStyles } from './useStoryPanelStyles';
import type { StoryPanelProps } from './StoryPanel.types';

/** The organisation's "why we use OKRs" story in a side drawer; admins edit it in place. */
export function StoryPanel(props: StoryPanelProps) {
  const state = useStoryPanel(props);
  const styles = useStoryPanelStyles();
  return renderStoryPanel(state, styles);
}
