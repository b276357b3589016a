import { render, screen } from '@testing-library/react';
import { ErrorState } from '../../src/ui/components/States/ErrorState';
import { describeError } from '../../src/ui/errors/describeError';

const chunk = 'http://localhost:41000/assets/BoardOverlays-Cx1a2b3c.js';

/** How each browser (and Vite's preloading) words a part of the app that could not be fetched. */
const lostChunks = {
  Chromium: new TypeError(`Failed to fetch dynamically imported module: ${chunk}`),
  Firefox: new TypeError(`error loading dynamically imported module: ${chunk}`),
  Safari: new TypeError('Importing a module script failed.'),
  'Vite preloading a stylesheet': new Error(
    'Unable to preload CSS for http://localhost:41000/assets/BoardOverlays-D4e5f6.css',
  ),
};

describe('a part of the app that could not be loaded', () => {
  it.each(Object.entries(lostChunks))('is said in the product’s words (%s)', (_, error) => {
    expect(describeError(error)).toEqual({
      title: 'Part of OKR Coach could not be loaded',
      message: 'Check your connection, then try again.',
      retryable: true,
    });
  });

  it('shows in the error state without the browser’s text or the chunk’s address', () => {
    render(<ErrorState error={lostChunks.Chromium} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Part of OKR Coach could not be loaded');
    expect(alert.textContent).toContain('Check your connection, then try again.');
    expect(alert.textContent).not.toMatch(/dynamically imported|assets|Something went wrong/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('leaves other failures as they were', () => {
    expect(describeError(new TypeError('Failed to fetch')).title).toBe('Something went wrong');
  });
});
