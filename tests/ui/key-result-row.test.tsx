import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Initiative, KeyResult } from '../../src/core/model';
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

type Work = Partial<Pick<KeyResultView, 'initiatives' | 'checkInsOpenOn'>> & {
  readonly overdue?: ReadonlySet<string>;
  readonly onCheckIn?: (keyResult: KeyResult) => void;
};

function row(kr: KeyResult, rolledUpFrom?: KeyResultView['rolledUpFrom'], work: Work = {}) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <KeyResultRow
          view={{
            keyResult: kr,
            progress: 0.4,
            status: 'onTrack',
            needsCheckIn: false,
            initiatives: work.initiatives ?? [],
            ...(work.overdue ? { overdueInitiatives: work.overdue } : {}),
            ...(work.checkInsOpenOn ? { checkInsOpenOn: work.checkInsOpenOn } : {}),
            ...(rolledUpFrom ? { rolledUpFrom } : {}),
          }}
          confidenceMax={10}
          {...(work.onCheckIn ? { onCheckIn: work.onCheckIn } : {})}
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

  it('says a KR has no owner, and names the owner of one that has', () => {
    row(keyResult);
    expect(screen.getByText(/no owner/).textContent).toBe(' · no owner');
    document.body.innerHTML = '';
    row({ ...keyResult, owner: { id: 'u1', displayName: 'Lee Gu' } });
    expect(screen.getByText('€40K / €100K · Lee Gu')).toBeTruthy();
    expect(screen.queryByText(/no owner/)).toBeNull();
  });

  it('says nothing about Excel when the KR is not linked', () => {
    row(keyResult);
    expect(screen.getByText('€40K / €100K')).toBeTruthy();
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

describe('the initiatives under a KR row', () => {
  const initiative = (id: string, dueDate: string): Initiative => ({
    id,
    keyResultId: keyResult.id,
    title: `Initiative ${id}`,
    status: 'inProgress',
    dueDate,
  });
  const initiatives = ['i1', 'i2', 'i3', 'i4', 'i5'].map((id) => initiative(id, '2026-11-30'));

  it('flag one that is overdue in words beside an icon, not by colour alone', () => {
    row(keyResult, undefined, { initiatives, overdue: new Set(['i2', 'i5']) });
    const items = within(
      screen.getByRole('list', { name: `Initiatives of ${keyResult.title}` }),
    ).getAllByRole('listitem');
    expect(items.map((item) => within(item).queryByText('Overdue') !== null)).toEqual([
      false,
      true,
      false,
    ]);
    const flag = within(items[1]!).getByText('Overdue');
    expect(flag.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    // One more is overdue among those not shown yet: said on the button that shows them.
    expect(
      screen.getByRole('button', { name: 'Show all 5 initiatives (1 more overdue)' }),
    ).toBeTruthy();
  });

  it('flag none when none is overdue', () => {
    row(keyResult, undefined, { initiatives });
    expect(screen.queryByText('Overdue')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show all 5 initiatives' })).toBeTruthy();
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

describe('a KR row of a cycle whose first day is ahead', () => {
  it('offers Check in disabled, saying when check-ins open', () => {
    const asked: KeyResult[] = [];
    row(keyResult, undefined, { checkInsOpenOn: '2027-01-01', onCheckIn: (kr) => asked.push(kr) });
    const button = screen.getByRole('button', { name: `Check in on ${keyResult.title}` });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/Check-ins open on Jan 1, 2027/).textContent).toBe(
      ' · Check-ins open on Jan 1, 2027',
    );
    expect(button.getAttribute('aria-describedby')).toBe(
      screen.getByText(/Check-ins open on/).getAttribute('id'),
    );
    fireEvent.click(button);
    expect(asked).toEqual([]);
  });

  it('offers it as usual once they are open', () => {
    const asked: KeyResult[] = [];
    row(keyResult, undefined, { onCheckIn: (kr) => asked.push(kr) });
    const button = screen.getByRole('button', { name: `Check in on ${keyResult.title}` });
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(button);
    expect(asked).toEqual([keyResult]);
  });
});
