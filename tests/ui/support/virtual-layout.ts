/**
 * jsdom lays nothing out: a virtualiser, once in, measures a viewport of 0 px and shows no row.
 * For the tests of the file that calls this, the scrolling elements (found by their `role`) are given
 * `viewport` px of height, each row (an element with `data-index`) `row` px, and, when given, the
 * window `windowHeight` px; jsdom's own sizes come back after them.
 */
export function layOutVirtualRows({
  role,
  viewport,
  row,
  windowHeight,
}: {
  /** One role, or several (a board's `region` and a table's `rowgroup`). */
  readonly role: string | readonly string[];
  readonly viewport: number;
  readonly row: number;
  readonly windowHeight?: number;
}): void {
  const sizes = ['clientHeight', 'offsetHeight'] as const;
  const jsdomSizes = sizes.map((name) =>
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, name),
  );
  const jsdomWindowHeight = window.innerHeight;
  beforeAll(() => {
    if (windowHeight !== undefined) window.innerHeight = windowHeight;
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return [role].flat().includes(this.getAttribute('role') ?? '') ? viewport : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.index === undefined ? 0 : row;
      },
    });
  });
  afterAll(() => {
    window.innerHeight = jsdomWindowHeight;
    sizes.forEach((name, index) => {
      // jsdom defines `clientHeight` on Element.prototype: the stub on HTMLElement is removed.
      const own = jsdomSizes[index];
      if (own) Object.defineProperty(HTMLElement.prototype, name, own);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    });
  });
}
