// Fluent's MessageBar measures itself for reflow with a ResizeObserver, which jsdom lacks:
// imported by the DOM tests that render one.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
