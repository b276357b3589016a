import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyScreen } from '../../src/ui/app/lazyScreen';
import { screenChunk } from '../../src/ui/app/screenChunk';

/**
 * A page's first screen whose chunk is in when the page first renders it (a reopened tab's) is
 * rendered in that render: no loading screen committed, laid out and painted before it.
 */
function screenModule() {
  return { Board: ({ team }: { readonly team: string }) => <h1>{team}’s board</h1> };
}

function renderScreen(
  Board: ReturnType<typeof lazyScreen<ReturnType<typeof screenModule>, { team: string }>>,
) {
  return render(
    <Suspense fallback={<p>Loading the OKR board</p>}>
      <Board team="Sales" />
    </Suspense>,
  );
}

test('renders a screen whose chunk is in within the same render, without its fallback', async () => {
  const load = jest.fn(() => Promise.resolve(screenModule()));
  const chunk = screenChunk(load);
  await chunk();
  renderScreen(lazyScreen(chunk, ({ Board }) => Board));
  expect(screen.getByRole('heading', { name: 'Sales’s board' })).toBeTruthy();
  expect(screen.queryByText('Loading the OKR board')).toBeNull();
  expect(load).toHaveBeenCalledTimes(1);
});

test('shows the fallback while the chunk is still coming, then the screen', async () => {
  let arrive: (module: ReturnType<typeof screenModule>) => void = () => undefined;
  // As an `import()`: every call answers with the one module.
  const module = new Promise<ReturnType<typeof screenModule>>((resolve) => (arrive = resolve));
  const chunk = screenChunk(() => module);
  const preload = chunk();
  renderScreen(lazyScreen(chunk, ({ Board }) => Board));
  expect(screen.getByText('Loading the OKR board')).toBeTruthy();
  arrive(screenModule());
  await preload;
  expect(await screen.findByRole('heading', { name: 'Sales’s board' })).toBeTruthy();
  expect(chunk.loaded()).toBeDefined();
});

test('a chunk that failed to load is not taken as loaded', async () => {
  const chunk = screenChunk(() =>
    Promise.reject(new Error('Failed to fetch dynamically imported module: /assets/board.js')),
  );
  await expect(chunk()).rejects.toThrow('Failed to fetch');
  expect(chunk.loaded()).toBeUndefined();
});
