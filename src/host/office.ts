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

/**
 * The language Office's user interface runs in (`Office.context.displayLanguage`, "de-DE"):
 * https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member.
 * The add-in's custom functions run in the task pane's shared runtime (the manifest's
 * `<Runtimes>`), where office.js is whole; the JavaScript-only runtime functions run in without
 * one has fewer APIs (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-runtime),
 * so where `Office.context` is missing (there, or outside Office) this is undefined.
 */
export function officeDisplayLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return office?.context?.displayLanguage || undefined;
}

/** Whether office.js loaded at all (it comes from Microsoft's CDN, which may be unreachable). */
export function officeJsLoaded(): boolean {
  return typeof Office !== 'undefined';
}

/**
 * Runs `action` when a ribbon button whose `ExecuteFunction` action names `id` is pressed, and
 * tells Office it is done (the add-in command's `event.completed()`), also when it failed (the
 * failure is logged; the pane shows its own errors):
 * https://learn.microsoft.com/javascript/api/office/office.actions#office-office-actions-associate-member(1),
 * https://learn.microsoft.com/javascript/api/manifest/action#functionname.
 */
export function onRibbonCommand(id: string, action: () => Promise<void>): void {
  Office.actions.associate(id, (event: Office.AddinCommands.Event) => {
    void action()
      .catch((error: unknown) => console.error(`OKR Coach: the command ${id} failed.`, error))
      .finally(() => event.completed());
  });
}

/**
 * Shows the task pane from the shared runtime (SharedRuntime 1.1):
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in.
 */
export function showTaskPane(): Promise<void> {
  return Office.addin.showAsTaskpane();
}
