import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { KeyResult } from '../../src/core/model';
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

function row(kr: KeyResult) {
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
  });
});
