/**
 * The languages the core's messages are written in (the locales of the catalogues in
 * `messages.ts` and `issue-words.ts`), each by its own name, as a language menu lists them.
 */
export const messageLanguages = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
} as const;

export type MessageLanguage = keyof typeof messageLanguages;

/** The listed language a locale tag is in (`de-AT` → `de`), or undefined for any other. */
export function messageLanguageOf(tag: string): MessageLanguage | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(messageLanguages, language) ? (language as MessageLanguage) : undefined;
}

/** The listed languages in a sentence: "English (en), Deutsch (de), …". */
export const acceptedMessageLanguages = Object.entries(messageLanguages)
  .map(([code, name]) => `${name} (${code})`)
  .join(', ');
