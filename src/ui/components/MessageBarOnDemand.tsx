import { useModuleAfterPaint } from '../hooks/useModuleAfterPaint';
import { MessageBarStandIn, type MessageBarStandInProps } from './MessageBarStandIn';
import { reloadable } from '../../reloadable';

// Fluent's MessageBar (its reflow and motion) loads after the first screen; every bar shown
// before it arrives, or if it never does, is its stand-in, so a message is never lost.
const loadMessageBar = reloadable(() => import('./MessageBarFluent'));

/** A message bar for a first screen: `MessageBarStandIn` until Fluent's `MessageBar` is in. */
export function MessageBarOnDemand(props: MessageBarStandInProps) {
  const fluent = useModuleAfterPaint(loadMessageBar);
  return fluent ? <fluent.MessageBarFluent {...props} /> : <MessageBarStandIn {...props} />;
}
