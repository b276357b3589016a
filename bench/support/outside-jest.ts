/**
 * The counted Excel of the Excel tests (`tests/excel/support/fake-excel.ts`) registers a jest
 * module mock, because jest cannot require an ESM-only dependency of office-addin-mock on Node 20.
 * Outside jest, Node requires that module itself, so the registration has nothing to do. Import
 * this module before the fake.
 */
const scope = globalThis as { jest?: { mock(name: string, factory: () => unknown): void } };
scope.jest ??= { mock: () => undefined };
