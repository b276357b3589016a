import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { KeyResult } from '../../src/core/model';
import { KeyResultValueField } from '../../src/ui/components/KeyResultValueField/KeyResultValueField';

const keyResult = { id: 'k1', title: 'Cut p95 latency', unit: 's' } as KeyResult;

function Harness() {
  const [valueText, setValueText] = useState('1.28');
  return (
    <FluentProvider theme={webLightTheme}>
      <KeyResultValueField keyResult={keyResult} valueText={valueText} onChange={setValueText} />
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
