/** What the page says: its text, and its names, tooltips and placeholders. */
function wordsOnScreen(): string {
  const elements = [...document.body.querySelectorAll('*')];
  const attributes = elements.flatMap((element) =>
    ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  const texts = elements.flatMap((element) =>
    [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? ''),
  );
  return [...texts, ...attributes].join(' | ');
}

/**
 * The words of `english` the page says (in its text, names, tooltips and placeholders), each as a
 * word of its own ("Sort", not "Sortieren").
 */
export function englishOnScreen(english: readonly string[]): string[] {
  const said = wordsOnScreen();
  return english.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(said));
}
