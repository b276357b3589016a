import { fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { ErrorStateOnDemand } from '../../src/ui/components/States/ErrorStateOnDemand';
import { PageErrorBoundary } from '../../src/ui/components/States/PageErrorBoundary';
import { describeError } from '../../src/ui/errors/describeError';

// The error state's chunk cannot be loaded (the connection dropped before it was fetched).
jest.mock('../../src/ui/components/States/ErrorState', () => {
  throw new TypeError('Failed to fetch dynamically imported module: ErrorState.js');
});

describe('the error state when its own chunk does not load', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('still says what failed, as an alert, and offers to try again', async () => {
    const retry = jest.fn();
    const error = new TypeError('Failed to fetch');
    render(<ErrorStateOnDemand error={error} onRetry={retry} />);
    const alert = await screen.findByRole('alert');
    const { title, message, retryable } = describeError(error);
    expect(retryable).toBe(true);
    expect(alert.textContent).toContain(title);
    expect(alert.textContent).toContain(message);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

describe('a page whose part could not be loaded', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('says so, with Try again, instead of going blank', async () => {
    const lost = new TypeError('Failed to fetch dynamically imported module: BoardOverlays.js');
    const Part = lazy(() => Promise.reject(lost));
    render(
      <PageErrorBoundary>
        <p>The board</p>
        <Suspense fallback={null}>
          <Part />
        </Suspense>
      </PageErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(describeError(lost).title);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
