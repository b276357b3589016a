/**
 * The organisation's "why we use OKRs" story as a save checks it. Apart from the operating
 * model's other checks, so the first screens (which read the model) do not carry it.
 */
import { toResult, validationIssue, type ValidationIssue, type ValidationResult } from './issues';
import type { OperatingModel } from './operating-model';
import { isLocale, validateOperatingModel } from './operating-model-validation';

/** Long enough for a page of story, short enough for the settings item that keeps it. */
export const STORY_MAX_LENGTH = 8000;

/**
 * Why the "why we use OKRs" story cannot be saved as it is: empty (or only spaces), or too long.
 * An empty story left every member an empty page where the organisation's reasons should be; a
 * programme owner who wants a different one writes it, and the built-in one is the default.
 */
export function storyIssues(story: unknown, locale?: string): ValidationIssue[] {
  if (typeof story !== 'string') return [validationIssue('notText', 'story', {}, locale)];
  if (story.trim() === '') return [validationIssue('storyEmpty', 'story', {}, locale)];
  return story.length > STORY_MAX_LENGTH
    ? [validationIssue('tooLong', 'story', { max: STORY_MAX_LENGTH, length: story.length }, locale)]
    : [];
}

/**
 * The settings as a save checks them: `validateOperatingModel` and the story. Reading stays
 * lenient about the story, so settings stored with an empty one still load (and say so when
 * saved next).
 */
export function validateOperatingModelToSave(
  model: OperatingModel,
): ValidationResult<OperatingModel> {
  const checked = validateOperatingModel(model);
  const issues = [
    ...(checked.ok ? [] : checked.issues),
    ...storyIssues(model.story, isLocale(model.locale) ? model.locale : undefined),
  ];
  return toResult(model, issues);
}
