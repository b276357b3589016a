import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Objective } from '../../src/core/model';
import type { ObjectiveView, TeamView } from '../../src/ui/board/boardView.types';
import { Board } from '../../src/ui/components/Board/Board';

function objectiveView(index: number): ObjectiveView {
  const objective: Objective = {
    id: `o${index}`,
    cycleId: 'q1',
    teamId: 't1',
    title: `Objective ${index}`,
    description: '',
    commitment: 'committed',
    state: 'active',
  };
  return { objective, progress: 0, status: 'notStarted', keyResults: [] };
}

function teamOf(objectiveCount: number): TeamView[] {
  return [
    {
      team: { id: 't1', name: 'Sales' },
      objectives: Array.from({ length: objectiveCount }, (_, index) => objectiveView(index + 1)),
    },
  ];
}

/**
 * The board renders one row beyond the viewport's edge in the frame that paints it first,
 * without its virtualiser; once that frame is painted the virtualiser comes, takes over those
 * rows and renders the rest of its overscan (cards further down, for Tab and for a reader
 * scrolling). jsdom lays nothing out: the window and the board's scrolling region are given a
 * 400 px height, and each row its estimated height.
 */
describe('the board’s first frame', () => {
  const sizes = ['clientHeight', 'offsetHeight'] as const;
  const saved = sizes.map((name) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
  const windowHeight = window.innerHeight;
  /** Layout read by the page (each read forces a layout in a browser). */
  let layoutReads = 0;
  beforeAll(() => {
    window.innerHeight = 400;
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        layoutReads += 1;
        return this.getAttribute('role') === 'region' ? 400 : 0;
      },
    });
    // A row measures as estimated: a team's heading 56 px, a card with no KRs 108 + 53 px.
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        layoutReads += 1;
        if (this.dataset.index === undefined) return 0;
        return this.querySelector('article') ? 161 : 56;
      },
    });
  });
  afterAll(() => {
    window.innerHeight = windowHeight;
    sizes.forEach((name, index) => {
      // jsdom defines `clientHeight` on Element.prototype: the stub on HTMLElement is removed.
      const own = saved[index];
      if (own) Object.defineProperty(HTMLElement.prototype, name, own);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    });
  });

  it('renders one card beyond the viewport, then the rest of its overscan once painted', async () => {
    layoutReads = 0;
    // 56 + 30 × 161 px estimated: taller than a board rendered whole.
    render(
      <FluentProvider theme={webLightTheme}>
        <Board teams={teamOf(30)} confidenceMax={10} />
      </FluentProvider>,
    );
    // 400 px show the team's heading (56 px) and three cards (161 px each, estimated): one more.
    const cards = () =>
      screen.getAllByRole('article').map((card) => card.getAttribute('aria-label'));
    expect(cards()).toEqual(['Objective 1', 'Objective 2', 'Objective 3', 'Objective 4']);
    // Rendered once, one row after another: nothing is measured before it is painted.
    expect(layoutReads).toBe(0);
    const firstCard = screen.getByRole('article', { name: 'Objective 1' });
    // Once painted: two rows beyond the last one in the viewport.
    await waitFor(() => expect(cards()).toHaveLength(5), { timeout: 20_000 });
    expect(cards().at(-1)).toBe('Objective 5');
    // The virtualiser took over the first frame's elements rather than rendering new ones.
    expect(screen.getByRole('article', { name: 'Objective 1' })).toBe(firstCard);
  });

  it('renders a short board whole once painted: every card in the DOM', async () => {
    // 56 + 18 × 161 = 2,954 px estimated, about three screenfuls.
    render(
      <FluentProvider theme={webLightTheme}>
        <Board teams={teamOf(18)} confidenceMax={10} />
      </FluentProvider>,
    );
    const cards = () => screen.getAllByRole('article');
    expect(cards()).toHaveLength(4);
    await waitFor(() => expect(cards()).toHaveLength(18), { timeout: 20_000 });
    expect(cards().at(-1)?.getAttribute('aria-label')).toBe('Objective 18');
  });
});
