import { fireEvent, screen, waitFor } from '@testing-library/react';

/**
 * Shows a view by its tab once the real tab list is in (tabster's mover marks it): until then the
 * tabs are stand-ins, which it replaces, and a click on a tab found just before the swap would
 * land on a removed element.
 */
export async function showView(name: string) {
  await waitFor(() =>
    expect(screen.getByRole('tablist').getAttribute('data-tabster')).toBeTruthy(),
  );
  fireEvent.click(screen.getByRole('tab', { name }));
}
