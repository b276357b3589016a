import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CheckIn, KeyResult } from '../../src/core/model';
import { ForbiddenError } from '../../src/store/errors';
import { HistoryChart } from '../../src/ui/components/HistoryChart/HistoryChart';
import { estimatedLabelWidth } from '../../src/ui/components/HistoryChart/chartGeometry';
import { KeyResultRow } from '../../src/ui/components/KeyResultRow/KeyResultRow';
import { CoachHealthView } from '../../src/ui/components/CoachHealthView/CoachHealthView';
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
            needsCheckIn: false,
            initiatives: [],
          }}
          trend="falling"
          confidenceMax={10}
          onCheckIn={onCheckIn}
        />
      </ul>,
    );
    expect(screen.getByText(payload)).toBeTruthy();
    expect(screen.getByText(/€50K \/ €200K · <b>Pat<\/b>/)).toBeTruthy();
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('progressbar', { name: `${payload}: 25% progress` })).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Confidence 6 of 10, falling' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Check in on ${payload}` }));
    expect(onCheckIn).toHaveBeenCalledWith(keyResult);
  });

  it('offers no check-in on a KR rolled up from its sources, and says where to check in', () => {
    const rolledUp: KeyResult = {
      ...keyResult,
      rolledUpFrom: [{ kind: 'objective', id: 'o2', weight: 1 }],
    };
    withTheme(
      <ul>
        <KeyResultRow
          view={{
            keyResult: rolledUp,
            progress: 0.5,
            status: 'onTrack',
            needsCheckIn: false,
            initiatives: [],
            rolledUpFrom: {
              sources: [{ title: 'Win EMEA', weight: 1, progress: 0.5 }],
              elsewhere: 0,
            },
          }}
          confidenceMax={10}
          onCheckIn={jest.fn()}
        />
      </ul>,
    );
    expect(screen.queryByRole('button', { name: /Check in on/ })).toBeNull();
    expect(screen.getByText('Rolled up: check in on its sources')).toBeTruthy();
    expect(screen.getByText(/rolled up from Win EMEA/)).toBeTruthy();
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

  it('describes the lines in words, names each point, and lists the check-ins newest first', () => {
    withTheme(<HistoryChart keyResult={keyResult} checkIns={checkIns} confidenceMax={10} />);
    const chart = screen.getByRole('group', { name: /History of/ });
    expect(chart.querySelectorAll('path')).toHaveLength(2);
    expect(
      screen.getByText(
        /3 check-ins\. From €0 towards €200K; latest €50K with confidence 6 of 10\./,
      ),
    ).toBeTruthy();
    const points = within(chart).getAllByRole('img');
    expect(points).toHaveLength(3);
    expect(points[2]!.getAttribute('aria-label')).toMatch(/€50K, confidence 6 of 10, by Pat/);
    // One tab stop (the newest); arrows move between points and show the tooltip.
    expect(points.map((point) => point.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    fireEvent.keyDown(points[2]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(points[1]);

    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(within(rows[1]!).getByText('Pat')).toBeTruthy();
    expect(within(rows[1]!).getByText('Teams')).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit the check-in/ })).toBeNull();
  });

  it("shows each check-in's status in the table and the tooltip, and no column when none has one", () => {
    const withStatus: CheckIn[] = [
      { ...checkIns[0]!, status: 'behind' },
      checkIns[1]!,
      { ...checkIns[2]!, status: 'onTrack' },
    ];
    const { unmount } = withTheme(
      <HistoryChart keyResult={keyResult} checkIns={withStatus} confidenceMax={10} />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('On track')).toBeTruthy();
    expect(within(rows[2]!).getByText('–', { selector: 'td' })).toBeTruthy();
    expect(within(rows[3]!).getByText('Behind')).toBeTruthy();
    const points = within(screen.getByRole('group', { name: /History of/ })).getAllByRole('img');
    expect(points[0]!.getAttribute('aria-label')).toMatch(
      /€20K, confidence 8 of 10, Behind, by Pat/,
    );
    fireEvent.mouseEnter(points[2]!);
    expect(screen.getByText(/€50K, confidence 6 of 10, On track, by Pat/)).toBeTruthy();
    unmount();

    withTheme(<HistoryChart keyResult={keyResult} checkIns={checkIns} confidenceMax={10} />);
    expect(screen.queryByRole('columnheader', { name: 'Status' })).toBeNull();
  });

  it('offers edit and delete per check-in to those who may correct the record', () => {
    const onCorrect = jest.fn();
    withTheme(
      <HistoryChart
        keyResult={keyResult}
        checkIns={checkIns}
        confidenceMax={10}
        onCorrect={onCorrect}
      />,
    );
    const deletes = screen.getAllByRole('button', { name: /Delete the check-in of/ });
    fireEvent.click(deletes[0]!);
    expect(onCorrect).toHaveBeenCalledWith(checkIns[2], 'withdraw');
  });

  it('offers them only on the check-ins the reader may correct, and no column when none', () => {
    const onCorrect = jest.fn();
    const mine = { ...checkIns[1]!, author: { id: 'me', displayName: 'Me' } };
    const mixed = [checkIns[0]!, mine, checkIns[2]!];
    const mayCorrect = (checkIn: CheckIn) => checkIn.author.id === 'me';
    const { unmount } = withTheme(
      <HistoryChart
        keyResult={keyResult}
        checkIns={mixed}
        confidenceMax={10}
        onCorrect={onCorrect}
        mayCorrect={mayCorrect}
      />,
    );
    const deletes = screen.getAllByRole('button', { name: /Delete the check-in of/ });
    expect(deletes).toHaveLength(1);
    fireEvent.click(deletes[0]!);
    expect(onCorrect).toHaveBeenCalledWith(mine, 'withdraw');
    unmount();

    withTheme(
      <HistoryChart
        keyResult={keyResult}
        checkIns={[checkIns[0]!]}
        confidenceMax={10}
        onCorrect={onCorrect}
        mayCorrect={mayCorrect}
      />,
    );
    expect(screen.queryByRole('columnheader', { name: 'Correct' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit the check-in/ })).toBeNull();
  });

  const axisLabels = (axis: string) =>
    [...document.querySelectorAll(`text[data-axis="${axis}"]`)].map((text) => ({
      text: text.textContent ?? '',
      x: Number(text.getAttribute('x')),
    }));

  it("makes room for the value axis's longest label, whatever the unit", () => {
    const customers = { ...keyResult, start: 10, target: 40, unit: 'customers' };
    withTheme(
      <HistoryChart
        keyResult={customers}
        checkIns={checkIns.map((checkIn) => ({ ...checkIn, value: checkIn.value / 2 }))}
        confidenceMax={10}
      />,
    );
    const width = Number(
      document.querySelector('svg[role="group"]')!.getAttribute('viewBox')!.split(' ')[2],
    );
    const value = axisLabels('value');
    expect(value.map((label) => label.text)).toEqual([
      '10 customers',
      '25 customers',
      '40 customers',
    ]);
    // Anchored at their end: each label's whole estimated width lies inside the drawing.
    for (const label of value)
      expect(label.x - estimatedLabelWidth(label.text)).toBeGreaterThanOrEqual(0);
    for (const label of axisLabels('confidence')) {
      expect(label.x + estimatedLabelWidth(label.text)).toBeLessThanOrEqual(width);
    }
    expect(screen.getByText('Value (left scale)')).toBeTruthy();
  });

  it('names a long unit in the legend, and labels done / not done and steps once each', () => {
    const readers = {
      ...keyResult,
      start: 1_200_000,
      target: 2_500_000,
      unit: 'unique monthly newsletter readers',
    };
    const { unmount } = withTheme(
      <HistoryChart
        keyResult={readers}
        checkIns={[{ ...checkIns[0]!, value: 1_400_000 }]}
        confidenceMax={10}
      />,
    );
    expect(axisLabels('value').map((label) => label.text)).toEqual(['1.2M', '1.9M', '2.5M']);
    expect(
      screen.getByText('Value in unique monthly newsletter readers (left scale)'),
    ).toBeTruthy();
    unmount();

    const binary = { ...keyResult, kind: 'binary' as const, start: 0, target: 1, unit: '' };
    const done = checkIns.slice(0, 2).map((checkIn, index) => ({ ...checkIn, value: index }));
    const second = withTheme(
      <HistoryChart keyResult={binary} checkIns={done} confidenceMax={10} />,
    );
    expect(axisLabels('value').map((label) => label.text)).toEqual(['Not done', 'Done']);
    second.unmount();

    const steps = { ...keyResult, kind: 'milestone' as const, start: 0, target: 3, unit: '' };
    withTheme(<HistoryChart keyResult={steps} checkIns={done} confidenceMax={10} />);
    expect(axisLabels('value').map((label) => label.text)).toEqual(['Step 0', 'Step 3']);
  });

  it("draws the target's line apart from the axes whether the target is the lowest value or the highest", () => {
    const lineY = (name: string) =>
      Number(document.querySelector(`line[data-line="${name}"]`)!.getAttribute('y1'));
    const valueAxis = () => document.querySelector('line[data-line="value axis"]')!;
    const falling = { ...keyResult, start: 2.4, target: 0.8, unit: 's' };
    const lower = checkIns.map((checkIn, index) => ({ ...checkIn, value: 2.2 - index * 0.4 }));
    const first = withTheme(
      <HistoryChart keyResult={falling} checkIns={lower} confidenceMax={10} />,
    );
    expect(lineY('time axis') - lineY('target')).toBeGreaterThanOrEqual(8);
    first.unmount();

    withTheme(<HistoryChart keyResult={keyResult} checkIns={checkIns} confidenceMax={10} />);
    expect(lineY('target') - Number(valueAxis().getAttribute('y1'))).toBeGreaterThanOrEqual(8);
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

describe('CoachHealthView', () => {
  it('offers a check-in on a KR the viewer may change, and on a rolled-up one says where to check in', () => {
    const rolledUp: KeyResult = {
      ...keyResult,
      id: 'k2',
      title: 'Revenue doubles',
      rolledUpFrom: [{ kind: 'objective', id: 'o2', weight: 1 }],
    };
    const plain: KeyResult = { ...keyResult, title: 'Deals from 10 to 40' };
    const checkIn = jest.fn();
    withTheme(
      <CoachHealthView
        health={{
          staleKeyResults: [],
          fallingConfidence: [
            { keyResult: plain, previous: 8, latest: 5 },
            { keyResult: rolledUp, previous: 8, latest: 4 },
          ],
          unaligned: [],
          weaklyWritten: [],
          quietTeams: [],
          overdueInitiatives: [],
        }}
        confidenceMax={10}
        actions={{
          open: jest.fn(),
          copyLink: jest.fn(),
          mayChange: () => true,
          checkIn,
          edit: jest.fn(),
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check in on Deals from 10 to 40' }));
    expect(checkIn).toHaveBeenCalledWith(plain);
    expect(screen.queryByRole('button', { name: 'Check in on Revenue doubles' })).toBeNull();
    const actions = screen.getByRole('group', { name: 'Actions on Revenue doubles' });
    expect(within(actions).getByText('Rolled up: check in on its sources')).toBeTruthy();
  });
});
