import type { Ref } from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';

/**
 * A labelled dropdown of named items (a cycle, a team), with an optional first choice that
 * stands for none or all of them (value '').
 */
export function ChoiceField({
  label,
  items,
  value,
  onChange,
  none,
  validationMessage,
  triggerRef,
}: {
  readonly label: string;
  readonly items: readonly { readonly id: string; readonly name: string }[];
  readonly value: string;
  readonly onChange: (id: string) => void;
  /** The label of the choice '' (e.g. "All teams"), offered first. */
  readonly none?: string;
  readonly validationMessage?: string;
  /** The dropdown's button, where focus may be put. */
  readonly triggerRef?: Ref<HTMLButtonElement>;
}) {
  const chosen = items.find((item) => item.id === value);
  return (
    <Field label={label} validationMessage={validationMessage}>
      <Dropdown
        // Never clearable (a choice of none is an option): Fluent's hidden clear button, named in
        // English ("Clear selection") whatever the reader's language, is left out, as the cycle
        // switcher leaves it out.
        clearButton={null}
        ref={triggerRef}
        value={chosen?.name ?? (value === '' && none ? none : '')}
        selectedOptions={chosen || (value === '' && none) ? [value] : []}
        onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}
      >
        {none ? <Option value="">{none}</Option> : null}
        {items.map((item) => (
          <Option key={item.id} value={item.id}>
            {item.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
