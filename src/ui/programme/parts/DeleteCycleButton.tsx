import { useState } from 'react';
import { Button, Tooltip, type ButtonProps } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { cycleDeletionHint } from '../../../core/cycle-deletion';
import type { Cycle } from '../../../core/model';
import { shortName } from '../shortName';
import type { CycleHeld } from '../useCycleHoldings';

/**
 * Delete, offered where it can succeed. A cycle that holds something keeps the button in its
 * place, disabled but in the tab order (Fluent's `disabledFocusable`), and its tooltip says why,
 * on hover and on focus (https://react.fluentui.dev/?path=/docs/components-tooltip--docs). The
 * store's refusal stays the last word: something may be added after the check.
 */
export function DeleteCycleButton({
  cycle,
  held,
  children,
  ...button
}: ButtonProps & { readonly cycle: Cycle; readonly held: CycleHeld }) {
  const reason =
    held === 'checking'
      ? `Checking what ${shortName(cycle)} holds…`
      : cycleDeletionHint(held ?? []);
  // Always in its tooltip, shown only with a reason: the button is never mounted anew (and never
  // loses the focus) when the check answers.
  const [open, setOpen] = useState(false);
  return (
    <Tooltip
      content={reason ?? ''}
      relationship="description"
      withArrow
      visible={open && reason !== undefined}
      onVisibleChange={(_, data) => setOpen(data.visible)}
    >
      <Button
        icon={<DeleteRegular />}
        aria-label={`Delete ${cycle.name}`}
        {...button}
        disabledFocusable={reason !== undefined}
      >
        {children}
      </Button>
    </Tooltip>
  );
}
