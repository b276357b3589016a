/**
 * Hands the custom functions to Excel's runtime. In the shared runtime the task pane page runs
 * this; bad input reaches the sheet as #VALUE! with the function's message.
 */
import { customFunctionsRuntime, type CustomFunctionsRuntime } from '../../host/office';
import { FunctionInputError, lint, progress, status } from './functions';

/** Metadata id (`functions.json`, from the JSDoc `@customfunction` tags) → implementation. */
export const customFunctions = {
  PROGRESS: progress,
  STATUS: status,
  LINT: lint,
} as const;

/**
 * A function's bad input, thrown or (from an async function) rejected, as Excel's #VALUE!. Not
 * #NUM! for a number the KR cannot take: #NUM! carries no custom message, and the message is what
 * says what was wrong and what would be accepted.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode
 */
function withExcelErrors<A extends unknown[], R>(
  runtime: CustomFunctionsRuntime,
  implementation: (...args: A) => R,
): (...args: A) => R {
  const excelError = (error: unknown) =>
    error instanceof FunctionInputError
      ? new runtime.Error(runtime.ErrorCode.invalidValue, error.message)
      : error;
  return (...args) => {
    try {
      const result = implementation(...args);
      return (
        result instanceof Promise
          ? result.catch((error: unknown) => Promise.reject(excelError(error)))
          : result
      ) as R;
    } catch (error) {
      throw excelError(error);
    }
  };
}

/** Registers every function; false when the page does not run inside Excel's runtime. */
export function registerCustomFunctions(runtime = customFunctionsRuntime()): boolean {
  if (!runtime) return false;
  for (const [id, implementation] of Object.entries(customFunctions)) {
    runtime.associate(
      id,
      withExcelErrors(runtime, implementation as (...args: never[]) => unknown),
    );
  }
  return true;
}
