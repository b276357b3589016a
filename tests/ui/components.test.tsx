import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CheckIn, KeyResult } from '../../src/core/model';
import { ForbiddenError } from '../../src/store/errors';
import { HistoryChart } from '../../src/ui/components/HistoryChart/HistoryChart';
import { KeyResultRow } from '../../src/ui/components/KeyResultRow/KeyResultRow';
import { ErrorState } from '../../src/ui/components/States/ErrorState';

const withTheme = (node: ReactNode) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const payload = '<img src=x onerror="window.__xss=1">Grow revenue';
const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: payload,
  kind: 'increase',
  start: 0,
  target: 200,
  current: 50,
  unit: 'k€',
  weight: 1,
  confidence: 6,
  owner: { id: 'p', displayName: '<b>Pat</b>' },
};

describe('KeyResultRow', () => {
  it('shows user text as text, with value, progress, status and confidence', () => {
    const onCheckIn = jest.fn();
    withTheme(
      <ul>
        <KeyResultRow
          view={{
            keyResult,
            progress: 0.25,
            status: 'atRisk',
            trend: 'falling',
            stale: false,
            needsCheckIn: false,
            initiatives: [],
          }}
          confidenceMax={10}
          onCheckIn={onCheckIn}
        />
      </ul>,
    );
    expect(screen.getByText(payload)).toBeTruthy();
    expect(screen.getByText(/50 \/ 200 k€ · <b>Pat<\/b>/)).toBeTruthy();
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('progressbar', { name: `${payload}: 25% progress` })).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Confidence 6 of 10, falling' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Check in on ${payload}` }));
    expect(onCheckIn).toHaveBeenCalledWith(keyResult);
  });
});

describe('HistoryChart', () => {
  const checkIns: CheckIn[] = [20, 35, 50].map((value, index) => ({
    clientId: `c${index}`,
    keyResultId: 'k1',
    value,
    confidence: 8 - index,
    note: index === 2 ? '<script>alert(1)</script>' : '',
    author: { id: 'p', displayName: 'Pat' },
    at: `2026-01-${10 + index * 7}T09:00:00Z`,
    source: 'teams',
  }));

  it('describes the lines in words and offers the same data as a table', () => {
    withTheme(<HistoryChart keyResult={keyResult} checkIns={checkIns} confidenceMax={10} />);
    const chart = screen.getByRole('img', { name: /History of/ });
    expect(chart.querySelectorAll('path')).toHaveLength(2);
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(
      screen.getByText(
        /3 check-ins\. From 0 k€ towards 200 k€; latest 50 k€ with confidence 6 of 10\./,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[3]!).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
  });

  it('says so when there is no history yet', () => {
    withTheme(<HistoryChart keyResult={keyResult} checkIns={[]} confidenceMax={10} />);
    expect(screen.getByText(/No check-ins yet/)).toBeTruthy();
  });
});

describe('ErrorState', () => {
  it('names the missing permission and hides retry when retrying cannot help', () => {
    const onRetry = jest.fn();
    withTheme(
      <ErrorState error={new ForbiddenError('denied', 'Sites.ReadWrite.All')} onRetry={onRetry} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('"Sites.ReadWrite.All" permission');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
