/**
 * The office.js globals (`Office`, `Excel`, `CustomFunctions`) behind small functions, so the
 * Excel surface reaches the workbook and Excel's runtime through the host layer only.
 */

/** `Excel.run`: one batch of workbook operations against a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** Whether the running Excel supports the ExcelApi requirement set `version` (e.g. '1.18'). */
export function supportsExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Resolves once office.js is ready (at once outside an Office application). */
export async function officeReady(): Promise<void> {
  await Office.onReady();
}

/** The slice of Excel's `CustomFunctions` global the add-in uses (custom-functions-runtime). */
export interface CustomFunctionsRuntime {
  associate(id: string, implementation: (...args: never[]) => unknown): void;
  readonly Error: new (code: string, message?: string) => Error;
  readonly ErrorCode: { readonly invalidValue: string };
}

/** Excel's custom functions runtime; undefined when the page does not run inside it. */
export function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/** Whether office.js loaded at all (it comes from Microsoft's CDN, which may be unreachable). */
export function officeJsLoaded(): boolean {
  return typeof Office !== 'undefined';
}
