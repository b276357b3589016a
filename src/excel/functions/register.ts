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

function withExcelErrors<A extends unknown[], R>(
  runtime: CustomFunctionsRuntime,
  implementation: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    try {
      return implementation(...args);
    } catch (error) {
      if (error instanceof FunctionInputError) {
        throw new runtime.Error(runtime.ErrorCode.invalidValue, error.message);
      }
      throw error;
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
