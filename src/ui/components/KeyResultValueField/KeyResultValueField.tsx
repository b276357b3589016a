import { Field, Input, Radio, RadioGroup, type FieldProps } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { KeyResult } from '../../../core/model';
import { useDialogWords } from '../../board/dialog-words';

export interface KeyResultValueFieldProps {
  readonly keyResult: KeyResult;
  /** The value as typed (numbers in the reader's locale), or the step's number for steps. */
  readonly valueText: string;
  readonly onChange: (text: string) => void;
  /** The field's message: an error, or a nudge shown as a warning. */
  readonly message?: Pick<FieldProps, 'validationState' | 'validationMessage'>;
  /** The number field's label, before the unit ("New value" unless given). */
  readonly label?: string;
}

/**
 * Keys on a KR's options (done / not done, a milestone's steps) as in a Windows dialog, where Enter
 * presses the default button (Save) for the option that is chosen, never for another one:
 * - the focus is on the chosen option, where Tab brings it, whether the value or the focus comes
 *   first: Fluent's Dialog focused the first option ("Done") of a KR that was "Not done", and
 *   Enter then saved "Not done" while "Done" had the focus ring;
 * - Enter on an option that is not chosen chooses it, as Space does, and saves nothing yet.
 * https://learn.microsoft.com/en-us/windows/apps/design/controls/radio-button
 */
function focusChosen(options: HTMLElement | null) {
  if (!options?.contains(document.activeElement)) return;
  const chosen = options.querySelector<HTMLInputElement>('input:checked');
  if (chosen && chosen !== document.activeElement) chosen.focus();
}

function enterChoosesFirst(onChange: (text: string) => void) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const option = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || option.type !== 'radio' || option.checked) return;
    event.preventDefault();
    onChange(option.value);
  };
}

/** The input that fits a KR's kind: done / not done, a milestone's step, or a number. */
export function KeyResultValueField({
  keyResult,
  valueText,
  onChange,
  message = {},
  label,
}: KeyResultValueFieldProps) {
  const { say, measure } = useDialogWords();
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef<string | undefined>(undefined);
  const options = useRef<HTMLDivElement>(null);
  // A value the field is given rather than typed (the KR's current value, filled in as the dialog
  // opens with the focus already here) is selected, so what is typed replaces it rather than
  // running on from it ("1.28" then "1.1" read "1.281.1").
  useLayoutEffect(() => {
    if (valueText !== typed.current && input.current === document.activeElement) {
      input.current?.select();
    }
    focusChosen(options.current);
  }, [valueText]);
  const optionKeys = {
    ref: options,
    onFocus: (event: FocusEvent<HTMLDivElement>) => {
      if (!options.current?.contains(event.relatedTarget)) focusChosen(options.current);
    },
    onKeyDown: enterChoosesFirst(onChange),
  };
  if (keyResult.kind === 'binary') {
    return (
      <Field label={say('Is it done?')} required {...message}>
        <RadioGroup
          layout="horizontal"
          value={valueText}
          onChange={(_, data) => onChange(data.value)}
          {...optionKeys}
        >
          <Radio value="1" label={measure.done} />
          <Radio value="0" label={measure.notDone} />
        </RadioGroup>
      </Field>
    );
  }
  if (keyResult.kind === 'milestone' && keyResult.milestones?.length) {
    return (
      <Field label={say('Which step is complete?')} required {...message}>
        <RadioGroup value={valueText} onChange={(_, data) => onChange(data.value)} {...optionKeys}>
          <Radio value="0" label={say('None yet')} />
          {keyResult.milestones.map((step, index) => (
            <Radio
              key={`${index}:${step}`}
              value={String(index + 1)}
              label={`${index + 1}. ${step}`}
            />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  return (
    <Field
      label={
        keyResult.unit
          ? say('{label} ({unit})', {
              label: label ?? say('New value'),
              unit: keyResult.unit,
            })
          : (label ?? say('New value'))
      }
      required
      {...message}
    >
      <Input
        inputMode="decimal"
        autoComplete="off"
        ref={input}
        value={valueText}
        onChange={(_, data) => {
          typed.current = data.value;
          onChange(data.value);
        }}
        onFocus={(event) => event.currentTarget.select()}
      />
    </Field>
  );
}
