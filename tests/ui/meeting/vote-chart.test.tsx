import { render } from '@testing-library/react';
import { voteStatistics } from '../../../src/core/rituals';
import { VoteChart } from '../../../src/ui/meeting/Stage/VoteChart';

const scale = { min: 1, max: 10 };

function chartOf(votes: number[], ownerConfidence?: number) {
  const { container } = render(
    <VoteChart
      statistics={voteStatistics(votes)!}
      scale={scale}
      ownerConfidence={ownerConfidence}
    />,
  );
  const marker = (label: string) =>
    container.querySelector<HTMLElement>(`[data-marker="${label}"]`);
  const dots = [...container.querySelectorAll<HTMLElement>('[data-value] > span')];
  return { marker, dots };
}

describe('the stage’s vote chart', () => {
  test('a median between two values is marked under the middle of both, and no dot is marked', () => {
    const { marker, dots } = chartOf([4, 5, 6, 7], 9);
    // Columns of 5 and 6 on a 1–10 scale: grid columns 5 and 6, so lines 5 to 7.
    expect(marker('median')?.style.gridColumn).toBe('5 / 7');
    expect(marker('owner')?.style.gridColumn).toBe('9');
    expect(dots).toHaveLength(4);
    expect(new Set(dots.map((dot) => dot.className)).size).toBe(1);
  });

  test('a whole median marks its column and its dots', () => {
    const { marker, dots } = chartOf([3, 5, 5, 8]);
    expect(marker('median')?.style.gridColumn).toBe('5 / 6');
    expect(marker('owner')).toBeNull();
    const marked = dots.filter((dot) => dot.className !== dots[0]!.className);
    expect(marked.map((dot) => dot.parentElement!.dataset.value)).toEqual(['5', '5']);
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
