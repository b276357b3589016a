import { resolve } from 'node:path';
import { FunctionInputError, lint, progress, status } from '../../src/excel/functions/functions';
import { functionsMetadata, localizedMetadata } from '../../src/excel/addin-assets-plugin';
import { metadataLanguages } from '../../src/excel/functions/function-words';
import { customFunctions, registerCustomFunctions } from '../../src/excel/functions/register';
import { progressAt } from '../../src/core/progress';

const source = resolve(__dirname, '../../src/excel/functions/functions.ts');
/** Excel's serial number of a date (1900 system). */
const serial = (iso: string) =>
  (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('=OKR.PROGRESS', () => {
  test('is the core’s progress for every kind', async () => {
    await expect(progress(0, 100, 40)).resolves.toBe(0.4);
    await expect(progress(10, 2, 6, 'decrease')).resolves.toBe(0.5);
    await expect(progress(0, 100, 130, 'increase')).resolves.toBeCloseTo(1.3);
    await expect(progress(0, 4, 3, 'milestone')).resolves.toBe(0.75);
    await expect(progress(0, 1, 1, 'Binary')).resolves.toBe(1);
    await expect(progress(45, 40, 38, 'stayAbove')).resolves.toBe(
      progressAt({ kind: 'stayAbove', start: 45, target: 40 }, 38),
    );
  });

  test('rejects a kind it does not know and values that are not numbers', async () => {
    await expect(progress(0, 10, 5, 'sideways')).rejects.toThrow(/kind must be one of/);
    await expect(progress(0, 10, 'five' as unknown as number)).rejects.toThrow(FunctionInputError);
  });

  test('refuses a start equal to the target, which has no progress (the store refuses such a KR)', async () => {
    const nothingToMove = /start and target are both 10.*Use a target that differs from the start/;
    await expect(progress(10, 10, 12)).rejects.toThrow(nothingToMove);
    await expect(progress(10, 10, 10, 'decrease')).rejects.toThrow(nothingToMove);
    await expect(progress(10, 10, 12, 'milestone')).rejects.toThrow(nothingToMove);
    // A line held at 10 from a start of 10 is a KR the store takes.
    await expect(progress(10, 10, 12, 'stayAbove')).resolves.toBe(1);
  });

  test('refuses a target on the wrong side of the start for its kind, naming the side it needs', async () => {
    await expect(progress(100, 50, 60)).rejects.toThrow(
      'A key result of the kind “Increase” needs a target above its start value (100); the target is 50.',
    );
    await expect(progress(10, 20, 15, 'decrease')).rejects.toThrow(
      /needs a target below its start/,
    );
    await expect(progress(4, 0, 2, 'milestone')).rejects.toThrow(/needs a target above its start/);
    await expect(progress(5, 1, 1, 'binary')).rejects.toThrow(/starts at 0 \(not done\)/);
  });

  test('refuses a current value the KR cannot take, saying what it accepts', async () => {
    await expect(progress(0, 4, 9, 'milestone')).rejects.toThrow(
      'Milestone progress must be between 0 and 4, not 9.',
    );
    await expect(progress(0, 1, 0.5, 'binary')).rejects.toThrow(
      /either 0 \(not done\) or 1 \(done\)/,
    );
    await expect(progress(0, 100, -5)).rejects.toThrow(/cannot go below zero.*Enter 0 or more/);
    await expect(progress(0, 100, 2e15)).rejects.toThrow(/too large/);
    // What the store takes is unchanged: a count beating its target, a negative range.
    await expect(progress(-10, 10, 0)).resolves.toBe(0.5);
  });
});

describe('=OKR.STATUS', () => {
  test('judges progress against the time gone, from Excel date serials or ISO text', async () => {
    const start = serial('2026-01-01');
    const end = serial('2026-12-31');
    await expect(status(0, 100, 50, start, end, 'increase', serial('2026-07-01'))).resolves.toBe(
      'On track',
    );
    await expect(status(0, 100, 10, start, end, undefined, '2026-07-01')).resolves.toBe(
      'Off track',
    );
    await expect(status(0, 100, 100, '2026-01-01', '2026-12-31', '', '2026-03-01')).resolves.toBe(
      'Achieved',
    );
  });

  test('says which date is wrong, and refuses a cycle that does not end after it starts', async () => {
    await expect(status(0, 100, 50, 'soon', '2026-12-31')).rejects.toThrow(
      /cycleStart must be a date/,
    );
    await expect(status(0, 100, 50, '2026-12-31', '2026-01-01')).rejects.toThrow(
      'cycleEnd must be after cycleStart; the cycle runs from 2026-12-31 to 2026-01-01.',
    );
    // A cycle of no days, which the store refuses too, has no pace to judge.
    await expect(status(0, 100, 10, '2026-01-01', '2026-01-01', '', '2026-01-01')).rejects.toThrow(
      /cycleEnd must be after cycleStart/,
    );
  });

  test('refuses a KR the store would refuse rather than judging its pace', async () => {
    await expect(status(100, 50, 60, '2026-01-01', '2026-12-31', '', '2026-07-01')).rejects.toThrow(
      /needs a target above its start value \(100\)/,
    );
  });

  test('refuses a start equal to the target rather than judging a KR with nothing to move', async () => {
    await expect(status(10, 10, 10, '2026-01-01', '2026-12-31', '', '2026-07-01')).rejects.toThrow(
      /start and target are both 10/,
    );
  });
});

describe('=OKR.LINT', () => {
  test('returns the top finding with its suggestion, or OK', async () => {
    await expect(lint('Launch the new website')).resolves.toMatch(/Suggestion: /);
    await expect(lint('Grow weekly active customers from 120 to 300')).resolves.toBe('OK');
    await expect(lint('   ')).rejects.toThrow(FunctionInputError);
    await expect(lint('x', 'team')).rejects.toThrow(/kind must be/);
  });

  test('reads the text by the rules of the language it is given, and answers in it', async () => {
    // German words read as English have no number; German's reader finds "Zehn".
    await expect(lint('Zehn neue Großkunden gewinnen')).resolves.toMatch(/has no number/);
    await expect(lint('Zehn neue Großkunden gewinnen', 'kr', 'de')).resolves.toBe('OK');
    const work = await lint('10 Bewerbungsgespräche durchführen', '', 'de-AT');
    expect(work).toMatch(/beschreibt Arbeit .* Vorschlag: /);
    expect(work).not.toContain('Suggestion');
    await expect(lint('Realizar una encuesta a clientes', 'kr', 'es')).resolves.toMatch(
      /Sugerencia: /,
    );
  });

  describe('without a language, in the one Office runs in', () => {
    const office = (displayLanguage: string | undefined) => {
      (globalThis as { Office?: unknown }).Office = { context: { displayLanguage } };
    };
    afterEach(() => delete (globalThis as { Office?: unknown }).Office);

    test('German, French or Spanish, or a locale of one; the language given still wins', async () => {
      office('de-DE');
      await expect(lint('Zehn neue Großkunden gewinnen')).resolves.toBe('OK');
      await expect(lint('10 Bewerbungsgespräche durchführen')).resolves.toMatch(/Vorschlag: /);
      await expect(lint('Zehn neue Großkunden gewinnen', 'kr', 'en')).resolves.toMatch(
        /has no number/,
      );
      office('es-MX');
      await expect(lint('Realizar una encuesta a clientes')).resolves.toMatch(/Sugerencia: /);
    });

    test('English when Office runs in a language the coach does not read, or says none', async () => {
      for (const language of ['ja-JP', '', undefined]) {
        office(language);
        await expect(lint('Launch the new website')).resolves.toMatch(/Suggestion: /);
      }
    });
  });

  test('refuses a language the coach does not read, naming the ones it does', async () => {
    await expect(lint('Meer klanten', 'kr', 'nl')).rejects.toThrow(
      'language must be one of en, de, fr, es (or a locale of one, such as de-AT), not “nl”.',
    );
  });

  test('quotes the number as the cell has it: "1M", not "1m"', async () => {
    const finding = await lint('Reach 1M users', 'objective');
    expect(finding).toContain('it carries a target (1M)');
    expect(finding).toContain('Move “1M” into a key result');
  });

  test('quotes a multiplier as written, and keeps the suggestion’s template in lower case', async () => {
    const finding = await lint('Double Revenue');
    expect(finding).toContain('“Double” has no starting point');
    expect(finding).toContain('to <double today>');
  });
});

describe('in Office’s display language', () => {
  const office = (displayLanguage: string | undefined) => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage } };
  };
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  test('a bad argument is told in German, French or Spanish, naming the parameter as the tooltip does', async () => {
    office('de-DE');
    await expect(progress(0, 10, 'fünf' as unknown as number)).rejects.toThrow(
      'Aktuell muss eine Zahl sein.',
    );
    await expect(progress(10, 10, 12)).rejects.toThrow(
      /^Start und Ziel sind beide 10: Es gibt nichts zu bewegen/,
    );
    // The core's own messages, in German too.
    await expect(progress(0, 4, 9, 'milestone')).rejects.toThrow(/zwischen 0 und 4/);
    office('fr-CA');
    await expect(status(0, 10, 5, serial('2026-06-30'), serial('2026-04-01'))).rejects.toThrow(
      'finCycle doit être après débutCycle ; le cycle va du 2026-06-30 au 2026-04-01.',
    );
    office('es-MX');
    await expect(lint('Realizar una encuesta', 'equipo')).rejects.toThrow(
      'tipo debe ser «kr» u «objective»; se recibió «equipo».',
    );
    await expect(status(0, 10, 5, 'mañana', serial('2026-06-30'))).rejects.toThrow(
      'inicioCiclo debe ser una fecha (una celda de fecha o un texto como 2026-03-31).',
    );
  });

  test('=OKR.STATUS says the status in it, as the sheet’s Status column does', async () => {
    const args = [0, 100, 50, serial('2026-04-01'), serial('2026-06-30'), 'increase'] as const;
    await expect(status(...args, '2026-05-16')).resolves.toBe('On track');
    office('de-AT');
    await expect(status(...args, '2026-05-16')).resolves.toBe('Im Plan');
    office('fr-FR');
    await expect(status(...args, '2026-05-16')).resolves.toBe('En bonne voie');
  });
});

describe('localized metadata', () => {
  test('each language’s functions.json keeps every id, name, type and option, and words every description and parameter', async () => {
    interface Metadata {
      functions: {
        id: string;
        name: string;
        description: string;
        parameters: { name: string; description: string; type: string; optional?: boolean }[];
        result: unknown;
      }[];
    }
    const english = await functionsMetadata(source);
    const en = JSON.parse(english) as Metadata;
    for (const language of metadataLanguages) {
      const localized = JSON.parse(localizedMetadata(english, language)) as Metadata;
      expect(localized.functions.map((f) => [f.id, f.name, f.result])).toEqual(
        en.functions.map((f) => [f.id, f.name, f.result]),
      );
      localized.functions.forEach((fn, index) => {
        const original = en.functions[index]!;
        expect(fn.description).not.toBe(original.description);
        expect(fn.parameters.map((p) => [p.type, p.optional])).toEqual(
          original.parameters.map((p) => [p.type, p.optional]),
        );
        fn.parameters.forEach((parameter, at) => {
          expect(parameter.description).not.toBe(original.parameters[at]!.description);
          // Names Excel takes: letters, digits, underscores and periods, from a letter.
          expect(parameter.name).toMatch(/^\p{L}[\p{L}\d_.]*$/u);
        });
      });
    }
    const german = JSON.parse(localizedMetadata(english, 'de')) as Metadata;
    const kind = german.functions[0]!.parameters.find((p) => p.name === 'Art');
    expect(kind?.description).toMatch(/^Steigern \(Standard\), Senken, /);
  });
});

describe('registration and metadata', () => {
  test('functions.json, generated from the JSDoc, names exactly the functions registered', async () => {
    const metadata = JSON.parse(await functionsMetadata(source)) as {
      functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
    };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(customFunctions).sort());
    const statusParameters = metadata.functions.find((f) => f.id === 'STATUS')?.parameters;
    expect(statusParameters?.filter((p) => p.optional).map((p) => p.name)).toEqual([
      'kind',
      'today',
    ]);
  });

  test('bad input reaches Excel as #VALUE! with the message', async () => {
    class RuntimeError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const associated = new Map<string, (...args: never[]) => unknown>();
    const registered = registerCustomFunctions({
      associate: (id, implementation) => associated.set(id, implementation),
      Error: RuntimeError,
      ErrorCode: { invalidValue: '#VALUE!' },
    });
    expect(registered).toBe(true);
    const call = associated.get('PROGRESS') as unknown as (...args: unknown[]) => unknown;
    await expect(call(0, 10, 5)).resolves.toBe(0.5);
    await expect(call(0, 10, 5, 'sideways')).rejects.toEqual(
      expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/kind must be/) }),
    );
    await expect(call(100, 50, 60)).rejects.toEqual(
      expect.objectContaining({
        code: '#VALUE!',
        message: expect.stringMatching(/needs a target above its start value \(100\)/),
      }),
    );
    await expect(call(10, 10, 12)).rejects.toEqual(
      expect.objectContaining({
        code: '#VALUE!',
        message: expect.stringMatching(/start and target are both 10/),
      }),
    );
    // LINT answers asynchronously (its engine loads on first use): bad input still is #VALUE!.
    const lintCall = associated.get('LINT') as unknown as (...args: unknown[]) => Promise<unknown>;
    await expect(lintCall('x', 'team')).rejects.toEqual(
      expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/kind must be/) }),
    );
    await expect(lintCall('Launch the new website')).resolves.toMatch(/Suggestion: /);
    expect(registerCustomFunctions(undefined)).toBe(false);
  });
});
