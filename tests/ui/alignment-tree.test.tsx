import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Objective } from '../../src/core/model';
import type { Board } from '../../src/store/repository';
import { AlignmentTree } from '../../src/ui/components/AlignmentTree/AlignmentTree';

const objective = (id: string, title: string, extra: Partial<Objective> = {}): Objective => ({
  id,
  cycleId: 'q1',
  teamId: 't1',
  title,
  description: '',
  commitment: 'committed',
  state: 'active',
  ...extra,
});

test('an objective aligned to several objectives names each with its weight', () => {
  const board: Board = {
    cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
    teams: [{ id: 't1', name: 'Onboarding' }],
    objectives: [
      objective('o1', 'Customers succeed'),
      objective('o2', 'Grow without burning cash'),
      objective('o3', 'Make onboarding effortless', {
        parentId: 'o1',
        alignments: [
          { objectiveId: 'o1', weight: 0.6 },
          { objectiveId: 'o2', weight: 0.4 },
        ],
      }),
    ],
    keyResults: [],
    initiatives: [],
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <AlignmentTree board={board} />
    </FluentProvider>,
  );
  expect(
    screen.getByText(
      /aligns to Customers succeed \(60\s?%\), Grow without burning cash \(40\s?%\)/,
    ),
  ).toBeTruthy();
});
