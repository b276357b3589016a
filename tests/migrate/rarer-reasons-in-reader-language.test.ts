/**
 * The rarer reasons a dry run gives (the Viva Goals reader's, a goal tree's and Jira's, a
 * confidence off the scale, a date or number read by the reader's locale) are said in the
 * reader's language, not only in English: each problem carries its sentences (`said`).
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { vivaRecords, vivaZip } from './fixtures';
import { utf8 } from './support/sheet-plan';

const inGerman = reportReader(german, 'de-DE');

const plan = async (name: string, bytes: Uint8Array, locale = 'de-DE') =>
  planImport(await readImportFile(name, bytes, undefined, { fileDate: '2026-02-10', locale }), {
    today: '2026-02-20',
    rules: defaultOperatingModel,
  });

/** Every problem of the plan as the German page says it. */
const saidInGerman = (imported: ImportPlan) =>
  imported.problems.map((problem) => problemMessage(problem, inGerman));

it('says the Viva Goals reader’s rarer reasons in German', async () => {
  const [first, ...rest] = vivaRecords.objectives;
  const records = {
    ...vivaRecords,
    objectives: [{ ...first, Type: 'Milestone', 'Custom Rating': 'A' }, ...rest],
    checkins: vivaRecords.checkins.map((checkIn, index) =>
      index === 0 ? { ...checkIn, 'CheckIn Date': 'yesterday' } : checkIn,
    ),
    Tags: [{ ID: 1, Name: 'growth' }],
  };
  const said = saidInGerman(await plan('export.zip', await vivaZip(records, { 'notes.txt': 'x' })));
  expect(said).toEqual(
    expect.arrayContaining([
      'Den Type „Milestone“ kennt der Import nicht (Big rock, Kpi, Project).',
      '„yesterday“ ist kein Datum mit Uhrzeit (erwartet: JJJJ-MM-TT HH:MM:SS).',
      'Tags werden nicht importiert: OKR Coach hat keine Tags.',
      'Das Feld „Custom Rating“ (in 1 Datensatz ausgefüllt) wird nicht importiert. Der Import liest es nicht.',
      expect.stringMatching(/^Diese Datei gehört nicht zu einem Viva-Goals-Organisationsexport/),
    ]),
  );
});

it('says a Jira export’s notes and a goal without dates in German', async () => {
  const jira = [
    'Summary,Issue key,Issue id,Issue Type,Status,Parent,Parent summary,Sprint',
    'Grow the pipeline,OKR-1,100,Epic,In Progress,,,',
    'Qualified leads,OKR-2,101,Story,Done,100,Grow the pipeline,Sprint 4',
    'Partner deals,OKR-3,102,Story,To Do,999,Partner programme,Sprint 4',
  ].join('\n');
  const said = saidInGerman(await plan('jira.csv', utf8(jira)));
  expect(said).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Als Jira-Export gelesen: Jedes Epic ist ein Objective/),
      expect.stringMatching(/^Die Sprints \(Spalte „Sprint“\) werden nicht importiert/),
      expect.stringMatching(/^Sein übergeordneter Vorgang 999 \(„Partner programme“\)/),
    ]),
  );
});

it('says a confidence off the scale, dates read by the locale and a sheet without teams in German', async () => {
  const sheet = [
    'Objective,Key result,Quarter,Baseline,Target,Current,Confidence,Updated',
    'Grow,Qualified leads,Q1 2026,0,40,12,14,03/02/2026',
  ].join('\n');
  const said = saidInGerman(await plan('okrs.csv', utf8(sheet)));
  expect(said).toEqual(
    expect.arrayContaining([
      'Die Zuversicht 14 liegt außerhalb Ihrer Skala von 1 bis 10: Die Zuversicht wird ausgelassen; das Key Result und sein Check-in werden importiert.',
      '1 Objective (Zeile 2) nennt kein Team: Es kommt in ein Team namens „Organisation“, das der Import anlegt, sofern Ihre Website keines dieses Namens hat. Tragen Sie in der Datei sein Team ein, um es in ein eigenes Team zu legen.',
      'Daten wie „03/02/2026“ werden als Tag/Monat gelesen (2026-02-03). Nichts in der Datei zeigt, was gemeint ist, daher werden sie gelesen, wie de-DE sie schreibt. Wenn sie anders geschrieben wurde, schreiben Sie diese Daten als JJJJ-MM-TT und importieren Sie sie erneut.',
    ]),
  );
});

it('says a header below a title row, a score kept at the top and a row given twice in German', async () => {
  const sheet = [
    'OKRs Vertrieb,,,,,,',
    'Objective,Key result,Quarter,Baseline,Target,Current,Score',
    'Grow,Qualified leads,Q1 2026,0,40,12,1.2',
    'Grow,Partner deals,Q1 2026,0,10,4,120%',
    'Grow,Partner deals,Q1 2026,0,10,5,',
  ].join('\n');
  const said = saidInGerman(await plan('okrs.csv', utf8(sheet)));
  expect(said).toEqual(
    expect.arrayContaining([
      '1,2 (120 %) liegt über dem oberen Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %). Übernommen wird 1,0, der Höchstwert.',
      '120 % liegt über dem oberen Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %). Übernommen wird 1,0, der Höchstwert.',
      expect.stringMatching(/^Es kommt mehrfach vor \(zuerst in okrs\.csv, Zeile 4\)/),
      'Die Kopfzeile steht in Zeile 2; die Zeilen darüber werden nicht gelesen.',
    ]),
  );
});
