import { render } from '@testing-library/react';
import { voteStatistics } from '../../../src/core/rituals';
import { meetingWordsFor } from '../../../src/ui/meeting/meeting-words';
import { VoteChart } from '../../../src/ui/meeting/Stage/VoteChart';

const scale = { min: 1, max: 10 };

function chartOf(votes: number[], ownerConfidence?: number) {
  const { container } = render(
    <VoteChart
      statistics={voteStatistics(votes)!}
      scale={scale}
      ownerConfidence={ownerConfidence}
      say={meetingWordsFor(undefined, 'en').say}
    />,
  );
  const marker = (label: string) =>
    container.querySelector<HTMLElement>(`[data-marker="${label}"]`);
  const dots = [...container.querySelectorAll<HTMLElement>('[data-value] > span')];
  const line = container.querySelector<HTMLElement>('[data-median]');
  const description = container.querySelector('[role="img"]')?.getAttribute('aria-label');
  return { marker, dots, line, description };
}

describe('the stage’s vote chart', () => {
  test('a median between two values is drawn as a line in the middle of both, and said so', () => {
    const { marker, dots, line, description } = chartOf([4, 5, 6, 7], 9);
    // Columns of 5 and 6 on a 1–10 scale: grid columns 5 and 6, so lines 5 to 7.
    expect(line?.style.gridColumn).toBe('5 / 7');
    expect(line?.dataset.median).toBe('5.5');
    expect(marker('median')?.style.gridColumn).toBe('5 / 7');
    expect(marker('owner')?.style.gridColumn).toBe('9');
    expect(description).toBe(
      '4 votes: 1 × 4, 1 × 5, 1 × 6, 1 × 7. Median 5.5, between 5 and 6; owner’s confidence 9.',
    );
    expect(dots).toHaveLength(4);
  });

  test('a whole median is drawn as a line up its own column, behind its dots', () => {
    const { marker, line, dots, description } = chartOf([3, 5, 5, 8]);
    expect(line?.style.gridColumn).toBe('5 / 6');
    expect(marker('median')?.style.gridColumn).toBe('5 / 6');
    expect(marker('owner')).toBeNull();
    expect(description).toBe('4 votes: 1 × 3, 2 × 5, 1 × 8. Median 5.');
    // The line comes first: the columns' dots are painted over it, all alike.
    expect(line?.nextElementSibling?.getAttribute('data-value')).toBe('1');
    expect(new Set(dots.map((dot) => dot.className)).size).toBe(1);
  });

  test('the owner’s confidence under or beside the median goes on its own line; on the median, one label', () => {
    const split = chartOf([4, 7], 6);
    expect(split.marker('median')?.style.gridRow).toBe('2');
    expect(split.marker('owner')?.style.gridRow).toBe('3');
    // In the next column the labels would touch ("medianowner" on a narrow stage); two away, not.
    for (const [votes, owner] of [
      [[6, 6, 7], 7],
      [[6, 6, 7], 5],
      [[4, 7], 4],
    ] as const) {
      expect(chartOf([...votes], owner).marker('owner')?.style.gridRow).toBe('3');
    }
    expect(chartOf([6, 6, 7], 8).marker('owner')?.style.gridRow).toBe('2');
    const same = chartOf([5, 6, 7], 6);
    expect(same.marker('median · owner')?.style.gridColumn).toBe('6 / 7');
    expect(same.marker('median')).toBeNull();
  });
});

describe('the owner’s confidence on the chart', () => {
  test('is drawn up its own column, as a dashed line, not only named under the axis', () => {
    const { container } = render(
      <VoteChart
        statistics={voteStatistics([4, 5, 6, 7])!}
        scale={scale}
        ownerConfidence={9}
        say={meetingWordsFor(undefined, 'en').say}
      />,
    );
    const owner = container.querySelector<HTMLElement>('[role="img"] [data-owner]');
    expect(owner?.dataset.owner).toBe('9');
    expect(owner?.style.gridColumn).toBe('9');
    expect(container.querySelector('figcaption')?.textContent).toContain(
      'the dashed line with a diamond marks the owner’s confidence, 9',
    );
  });

  test('is not drawn when the key result has no confidence from its owner', () => {
    const { container } = render(
      <VoteChart
        statistics={voteStatistics([4, 5])!}
        scale={scale}
        ownerConfidence={undefined}
        say={meetingWordsFor(undefined, 'en').say}
      />,
    );
    expect(container.querySelector('[data-owner]')).toBeNull();
  });
});
