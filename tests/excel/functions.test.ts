import { resolve } from 'node:path';
import { FunctionInputError, lint, progress, status } from '../../src/excel/functions/functions';
import { functionsMetadata } from '../../src/excel/addin-assets-plugin';
import { customFunctions, registerCustomFunctions } from '../../src/excel/functions/register';
import { progressAt } from '../../src/core/progress';

const source = resolve(__dirname, '../../src/excel/functions/functions.ts');
/** Excel's serial number of a date (1900 system). */
const serial = (iso: string) =>
  (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('=OKR.PROGRESS', () => {
  test('is the core’s progress for every kind', () => {
    expect(progress(0, 100, 40)).toBe(0.4);
    expect(progress(10, 2, 6, 'decrease')).toBe(0.5);
    expect(progress(0, 100, 130, 'increase')).toBeCloseTo(1.3);
    expect(progress(0, 4, 9, 'milestone')).toBe(1);
    expect(progress(0, 1, 1, 'Binary')).toBe(1);
    expect(progress(45, 40, 38, 'stayAbove')).toBe(
      progressAt({ kind: 'stayAbove', start: 45, target: 40 }, 38),
    );
  });

  test('rejects a kind it does not know and values that are not numbers', () => {
    expect(() => progress(0, 10, 5, 'sideways')).toThrow(/kind must be one of/);
    expect(() => progress(0, 10, 'five' as unknown as number)).toThrow(FunctionInputError);
  });

  test('refuses a start equal to the target, which has no progress (the store refuses such a KR)', () => {
    const nothingToMove = /start and target are both 10.*Use a target that differs from the start/;
    expect(() => progress(10, 10, 12)).toThrow(nothingToMove);
    expect(() => progress(10, 10, 10, 'decrease')).toThrow(nothingToMove);
    expect(() => progress(10, 10, 12, 'milestone')).toThrow(nothingToMove);
    // A line held at 10 from a start of 10 is a KR the store takes.
    expect(progress(10, 10, 12, 'stayAbove')).toBe(1);
  });
});

describe('=OKR.STATUS', () => {
  test('judges progress against the time gone, from Excel date serials or ISO text', () => {
    const start = serial('2026-01-01');
    const end = serial('2026-12-31');
    expect(status(0, 100, 50, start, end, 'increase', serial('2026-07-01'))).toBe('On track');
    expect(status(0, 100, 10, start, end, undefined, '2026-07-01')).toBe('Off track');
    expect(status(0, 100, 100, '2026-01-01', '2026-12-31', '', '2026-03-01')).toBe('Achieved');
  });

  test('says which date is wrong', () => {
    expect(() => status(0, 100, 50, 'soon', '2026-12-31')).toThrow(/cycleStart must be a date/);
    expect(() => status(0, 100, 50, '2026-12-31', '2026-01-01')).toThrow(/before cycleStart/);
  });

  test('refuses a start equal to the target rather than judging a KR with nothing to move', () => {
    expect(() => status(10, 10, 10, '2026-01-01', '2026-12-31', '', '2026-07-01')).toThrow(
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
    expect(call(0, 10, 5)).toBe(0.5);
    expect(() => call(0, 10, 5, 'sideways')).toThrow(
      expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/kind must be/) }),
    );
    expect(() => call(10, 10, 12)).toThrow(
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
