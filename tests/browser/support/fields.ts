import type { Locator } from 'playwright-core';

/**
 * Waits until a text field holds `expected`: a field may be filled in a render after the one
 * that shows it (from an effect, or an answer that arrives later). Fails after the page's
 * default timeout, naming what the field holds instead.
 */
export async function waitForValue(field: Locator, expected: string): Promise<void> {
  const element = await field.elementHandle();
  const frame = await element.ownerFrame();
  if (!frame) throw new Error(`${String(field)} is in no frame.`);
  try {
    await frame.waitForFunction(([input, value]) => (input as HTMLInputElement).value === value, [
      element,
      expected,
    ] as const);
  } catch (error) {
    throw new Error(
      `${String(field)} never held “${expected}”; it holds “${await field.inputValue()}”`,
      { cause: error },
    );
  }
}
