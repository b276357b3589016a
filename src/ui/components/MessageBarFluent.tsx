import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { MessageBarStandInProps } from './MessageBarStandIn';

/** Fluent's `MessageBar` and its body, as `MessageBarOnDemand` shows it once it has loaded. */
export function MessageBarFluent({ intent, layout, role, body, children }: MessageBarStandInProps) {
  return (
    <MessageBar intent={intent} layout={layout} {...(role ? { role } : {})}>
      <MessageBarBody {...body}>{children}</MessageBarBody>
    </MessageBar>
  );
}
