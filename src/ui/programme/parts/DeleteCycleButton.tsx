import { useState } from 'react';
import { Button, Tooltip, type ButtonProps } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import {
  cycleDeletionHint,
  cycleReferenceKinds,
  cycleReferenceWords,
  keptAsHistory,
  type CycleReferenceKind,
} from '../../../core/cycle-deletion';
import type { Cycle } from '../../../core/model';
import { useLocale, useLocaleWords } from '../../app/AppServices';
import { useProgrammeSay, type ProgrammeSay } from '../programme-words';
import { shortName } from '../shortName';
import type { CycleHeld } from '../useCycleHoldings';

/** The core's `cycleDeletionHint` in the reader's language, the items listed as it lists them. */
function deletionHint(
  held: readonly CycleReferenceKind[],
  locale: string,
  say: ProgrammeSay,
): string | undefined {
  if (held.length === 0) return undefined;
  const things = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    cycleReferenceKinds
      .filter((kind) => held.includes(kind))
      .map((kind) => say(cycleReferenceWords[kind])),
  );
  return say(
    keptAsHistory(held)
      ? 'Holds {things}. They stay with it as its history: close it instead, and it keeps them, read-only.'
      : 'Holds {things}. Delete its objectives on its board first (their key results go with them), then delete the cycle.',
    { things },
  );
}

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
  const say = useProgrammeSay();
  const locale = useLocale();
  // English keeps the core's own words.
  const translated = useLocaleWords() !== undefined;
  const reason =
    held === 'checking'
      ? say('Checking what {cycle} holds…', { cycle: shortName(cycle) })
      : translated
        ? deletionHint(held ?? [], locale, say)
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
        aria-label={say('Delete {cycle}', { cycle: cycle.name })}
        {...button}
        disabledFocusable={reason !== undefined}
      >
        {children}
      </Button>
    </Tooltip>
  );
}
