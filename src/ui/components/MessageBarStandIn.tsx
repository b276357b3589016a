import {
  useMessageBarBodyStyles_unstable,
  useMessageBarStyles_unstable,
  type MessageBarBodyState,
  type MessageBarIntent,
  type MessageBarState,
} from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  DiamondDismissFilled,
  InfoFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { HTMLAttributes, ReactNode } from 'react';

/** The icon Fluent's MessageBar shows for each intent (its `getIntentIcon`). */
const intentIcons = {
  info: InfoFilled,
  warning: WarningFilled,
  error: DiamondDismissFilled,
  success: CheckmarkCircleFilled,
} as const;

export interface MessageBarStandInProps {
  readonly intent: MessageBarIntent;
  readonly layout: 'singleline' | 'multiline';
  /** The bar's role: Fluent's `group` unless given (`status` for a line that changes). */
  readonly role?: string;
  /** Attributes for the body (a test id). */
  readonly body?: HTMLAttributes<HTMLDivElement> & Readonly<Record<`data-${string}`, string>>;
  readonly children: ReactNode;
}

/**
 * A Fluent `MessageBar` with its `MessageBarBody` (rounded, no title or actions) as it paints,
 * with the classes of Fluent's own styles hooks, for a first screen: the real one (its reflow,
 * its motion) loads after that screen and replaces it (`MessageBarOnDemand`).
 */
export function MessageBarStandIn({
  intent,
  layout,
  role = 'group',
  body,
  children,
}: MessageBarStandInProps) {
  // Only what the styles hooks read of a bar's state.
  const bar = useMessageBarStyles_unstable({
    intent,
    layout,
    shape: 'rounded',
    root: {},
    icon: {},
    ...(layout === 'multiline' ? { bottomReflowSpacer: {} } : {}),
  } as unknown as MessageBarState);
  const text = useMessageBarBodyStyles_unstable({
    root: { className: body?.className },
  } as unknown as MessageBarBodyState);
  const Icon = intentIcons[intent];
  return (
    <div role={role} className={bar.root.className}>
      <div className={bar.icon?.className}>
        <Icon />
      </div>
      <div {...body} className={text.root.className}>
        {children}
      </div>
      {bar.bottomReflowSpacer && <div className={bar.bottomReflowSpacer.className} />}
    </div>
  );
}
