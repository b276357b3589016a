import { frenchFindingTemplates } from '../../src/core/coaching/french-messages';
import { frenchIssueWords } from '../../src/core/issue-words';
import { coach } from '../../src/ui/board/words/coach-fr';
import { config } from '../../src/ui/board/words/config-fr';
import { editors } from '../../src/ui/board/words/editors-fr';
import { words } from '../../src/ui/board/words/fr';
import { meeting } from '../../src/ui/board/words/meeting-fr';
import { programme } from '../../src/ui/board/words/programme-fr';
import { states } from '../../src/ui/board/words/states-fr';
import {
  functionMetadataIn,
  functionWordKeys,
  sayInFunction,
  type FunctionId,
} from '../../src/excel/functions/function-words';
import { sayInSheet, sheetWordKeys } from '../../src/excel/sync/sheet-words';
import { words as excelPane } from '../../src/excel/words/pane-fr';
import teamsAppFrench from '../../appPackage/fr.json';

/**
 * French sets a non-breaking space before its high punctuation (: ; ? !) and inside « », so that
 * a line never starts with the mark: the board's, the meeting's, the Programme's and the other
 * screens' French as the importer's (`import-words.test.ts`), and the core's validation messages
 * and field names, which the dialogs and the Excel add-in say, and the coaching findings; and the
 * Excel add-in's own: its pane's, the sheet's cells and alerts, and its functions' refusals and
 * the metadata Excel shows of them (the cells' no-break spaces are French typography too); and the
 * Teams app's French manifest: its store descriptions and its activity feed's notifications.
 */
function* sentences(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) yield* sentences(inner, `${path} › ${key}`);
  }
}

it.each(
  Object.entries({
    coach,
    config,
    editors,
    words,
    meeting,
    programme,
    states,
    frenchIssueWords,
    frenchFindingTemplates,
    excelPane,
    excelSheet: Object.fromEntries(sheetWordKeys.map((key) => [key, sayInSheet(key, 'fr')])),
    excelFunctions: Object.fromEntries(
      functionWordKeys.map((key) => [key, sayInFunction(key, 'fr')]),
    ),
    excelFunctionMetadata: Object.fromEntries(
      (['PROGRESS', 'STATUS', 'LINT'] satisfies FunctionId[]).map((id) => [
        id,
        functionMetadataIn('fr', id),
      ]),
    ),
    teamsAppFrench,
  }),
)('the %s words keep French punctuation with its non-breaking spaces', (_, translated) => {
  const wrong = [...sentences(translated, '')].filter(
    // A cell's reference (`{sheet}!{address}`) is Excel's, not a sentence's exclamation mark.
    ([, sentence]) =>
      / [:;?!»]|«[^\u00a0]/.test(sentence) ||
      /[^\u00a0\s][;?!»]/.test(sentence.replaceAll('}!{', '')),
  );
  expect(wrong).toEqual([]);
});

it('keeps « check‑in » whole in the meeting’s French: a 300 px stage broke it at its hyphen', () => {
  const broken = [...sentences(meeting, '')].filter(
    // The round's summary is the meeting chat's text too, where the plain hyphen is searched.
    ([path, sentence]) => /check-in/i.test(sentence) && !path.endsWith('› OKR check-in round'),
  );
  expect(broken).toEqual([]);
  expect(meeting.texts['No check-in round']).toBe('Aucun tour de check\u2011in');
});
