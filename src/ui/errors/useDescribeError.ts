import { useCallback } from 'react';
import { useLocale, useLocaleWords } from '../app/AppServices';
import { describeError, type ErrorDescription } from './describeError';

/**
 * `describeError` in the reader's language, where the page loaded its words (`error-words.ts`,
 * with them); in English otherwise.
 */
export function useDescribeError(): (error: unknown) => ErrorDescription {
  const words = useLocaleWords();
  const locale = useLocale();
  return useCallback(
    (error: unknown) => (words ? words.states.describeError(error, locale) : describeError(error)),
    [words, locale],
  );
}
