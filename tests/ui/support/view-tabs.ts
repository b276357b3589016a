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

/**
 * jsdom lays nothing out: Fluent's overflowing tab list measures a row of 0 px and puts every tab
 * in its "more" menu. For the tests of the file that calls this, a tab list is `rowWidth` px wide
 * and each tab `tabWidth` px, so that every view's tab fits; jsdom's own sizes come back after them.
 */
export function layOutTabLists({ rowWidth = 1200, tabWidth = 100 } = {}): void {
  const jsdomSizes = (['clientWidth', 'offsetWidth'] as const).map(
    (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
  );
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'tablist' ? rowWidth : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'tab' ? tabWidth : 0;
      },
    });
  });
  afterAll(() => {
    for (const [name, own] of jsdomSizes) {
      // jsdom defines `clientWidth` on Element.prototype: the stub on HTMLElement is removed.
      if (own) Object.defineProperty(HTMLElement.prototype, name, own);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });
}
