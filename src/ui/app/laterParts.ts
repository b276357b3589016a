/**
 * The parts a page imports only when first wanted (the board's dialogs) are fetched into the
 * HTTP cache once its first screen is painted, not with the page: the build writes their
 * `prefetch` links into an inert `<template>` (`src/first-screen-plugin.ts`), and this puts them
 * in the page. Fetched with the page, they took sockets and bandwidth from the scripts, sign-in
 * and Graph reads the first screen waits for (a cold open's first row came about a fifth later,
 * interleaved, on a loaded machine); fetched after it, they are still in hand before a first
 * click on a dialog. Inert template content is not fetched, and is moved into the page once:
 * https://html.spec.whatwg.org/multipage/scripting.html#the-template-element
 * https://html.spec.whatwg.org/multipage/links.html#link-type-prefetch
 */
export const laterPartsTemplateId = 'okr-later-parts';

/** Moves the page's template of `prefetch` links, if it has one, into its head. */
export function prefetchLaterParts(page: Document): void {
  const template = page.getElementById(laterPartsTemplateId);
  if (!(template instanceof HTMLTemplateElement)) return;
  template.remove();
  page.head.append(template.content);
}
