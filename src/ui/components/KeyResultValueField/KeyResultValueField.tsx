import { Field, Input, Radio, RadioGroup, type FieldProps } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
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
  // A value the field is given rather than typed (the KR's current value, filled in as the dialog
  // opens with the focus already here) is selected, so what is typed replaces it rather than
  // running on from it ("1.28" then "1.1" read "1.281.1").
  useLayoutEffect(() => {
    if (valueText !== typed.current && input.current === document.activeElement) {
      input.current?.select();
    }
  }, [valueText]);
  if (keyResult.kind === 'binary') {
    return (
      <Field label={say('Is it done?')} required {...message}>
        <RadioGroup
          layout="horizontal"
          value={valueText}
          onChange={(_, data) => onChange(data.value)}
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
        <RadioGroup value={valueText} onChange={(_, data) => onChange(data.value)}>
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
