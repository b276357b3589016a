import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { KeyResult } from '../../src/core/model';
import { KeyResultValueField } from '../../src/ui/components/KeyResultValueField/KeyResultValueField';

const keyResult = { id: 'k1', title: 'Cut p95 latency', unit: 's' } as KeyResult;

function Harness({ opensWith = '1.28' }: { readonly opensWith?: string }) {
  const [valueText, setValueText] = useState(opensWith);
  return (
    <FluentProvider theme={webLightTheme}>
      <KeyResultValueField keyResult={keyResult} valueText={valueText} onChange={setValueText} />
      <button onClick={() => setValueText('1.28')}>Fill in the current value</button>
    </FluentProvider>
  );
}

it('selects the current value when the field gets the focus, so what is typed replaces it', () => {
  render(<Harness />);
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: /New value \(s\)/ });
  field.focus();
  expect(field.selectionStart).toBe(0);
  expect(field.selectionEnd).toBe('1.28'.length);
});

it('selects a value given while it has the focus, as the check-in dialog fills it in once open', () => {
  render(<Harness opensWith="" />);
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: /New value \(s\)/ });
  field.focus();
  // The dialog fills the field in an effect, after its focus went there.
  act(() => screen.getByRole('button', { name: 'Fill in the current value' }).click());
  expect(document.activeElement).toBe(field);
  expect(field.value).toBe('1.28');
  expect([field.selectionStart, field.selectionEnd]).toEqual([0, 4]);
  // What is typed is not selected again: the caret stays where typing left it.
  fireEvent.change(field, { target: { value: '1.1' } });
  expect(field.selectionStart).toBe(field.selectionEnd);
});
