import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { KeyResult } from '../../src/core/model';
import type { KeyResultView } from '../../src/ui/board/boardView.types';
import { clampedPart } from '../../src/ui/components/ClampedText';
import { KeyResultRow } from '../../src/ui/components/KeyResultRow/KeyResultRow';

const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Grow recurring revenue',
  kind: 'increase',
  start: 0,
  target: 100,
  current: 40,
  unit: 'k€',
  weight: 1,
};

function row(kr: KeyResult, rolledUpFrom?: KeyResultView['rolledUpFrom']) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <KeyResultRow
          view={{
            keyResult: kr,
            progress: 0.4,
            status: 'onTrack',
            stale: false,
            needsCheckIn: false,
            initiatives: [],
            ...(rolledUpFrom ? { rolledUpFrom } : {}),
          }}
          confidenceMax={10}
        />
      </ul>
    </FluentProvider>,
  );
}

describe('a KR row', () => {
  it('says which workbook cell feeds a linked KR', () => {
    row({
      ...keyResult,
      excelLink: { workbook: 'Finance.xlsx', sheet: 'Sheet1', address: 'B5', bindingId: 'b1' },
    });
    expect(screen.getByText(/from Excel: Finance\.xlsx!Sheet1!B5/)).toBeTruthy();
  });

  it('says nothing about Excel when the KR is not linked', () => {
    row(keyResult);
    expect(screen.getByText('40 / 100 k€')).toBeTruthy();
    expect(screen.queryByText(/from Excel/)).toBeNull();
    expect(screen.queryByText(/rolled up from|rolls up from/)).toBeNull();
  });

  it('names where a rolled-up KR’s progress comes from, and what is on other boards', () => {
    row(keyResult, {
      sources: [
        { title: 'Win EMEA', weight: 0.7, progress: 0.5 },
        { title: 'Health checks', weight: 0.3, progress: 1 },
      ],
      elsewhere: 1,
    });
    expect(
      screen.getByText(
        'rolled up from Win EMEA (weight 70%) at 50% · Health checks (weight 30%) at 100% · and 1 OKR on other boards',
      ),
    ).toBeTruthy();
    // Its own value is not what measures it.
    expect(screen.queryByText(/40 \/ 100/)).toBeNull();
  });

  it('says a KR whose sources are all on other boards shows its last check-in', () => {
    row(keyResult, { sources: [], elsewhere: 2 });
    expect(
      screen.getByText('rolls up from 2 OKRs on other boards; its last check-in is shown'),
    ).toBeTruthy();
  });

  it('shows a short description whole, as text', () => {
    row({ ...keyResult, description: 'Counted from <b>signed</b> invoices' });
    expect(screen.getByText('Counted from <b>signed</b> invoices')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('shows the first lines of a long description, and the rest on request', () => {
    const notes = [
      'Counted from signed invoices, net of refunds.',
      'Imported check-in 2025-03-01: on track.',
      'Imported check-in 2025-04-01: behind, the partner launch slipped a month.',
    ].join('\n');
    row({ ...keyResult, description: notes });
    expect(screen.queryByText(/partner launch slipped/)).toBeNull();
    const more = screen.getByRole('button', {
      name: 'Show more of the details of Grow recurring revenue',
    });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getByText(/partner launch slipped a month\./)).toBeTruthy();
    expect(
      screen
        .getByRole('button', { name: 'Show less of the details of Grow recurring revenue' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });
});

describe('a long text on the board', () => {
  it('is cut at its line limit, or at a word within its character limit', () => {
    expect(clampedPart('one\ntwo\nthree', 2, 100)).toBe('one\ntwo');
    expect(clampedPart('one\ntwo', 2, 100)).toBe('one\ntwo');
    expect(clampedPart('alpha beta gamma delta', 1, 12)).toBe('alpha beta');
    expect(clampedPart('x'.repeat(30), 1, 12)).toBe('x'.repeat(12));
  });
});
