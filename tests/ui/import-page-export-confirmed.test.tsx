import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TextDecoder } from 'node:util';
import type { Host } from '../../src/host/types';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useImportPage } from '../../src/ui/migrate/ImportPage/useImportPage';
import {
  bytesOf,
  downloaded,
  exportingRepository as repository,
  handedFiles,
} from './support/export-downloads';
import { pageServices } from './support/services';

/**
 * The Import page's own export says, as the board's do, how many key results it wrote and to
 * which file: the one the browser was handed.
 */

it.each([
  ['csv', 'okr-export.csv'],
  ['xlsx', 'okr-export.xlsx'],
  ['json', 'okr-export.zip'],
] as const)('an export as %s says it exported the 1 key result to %s', async (format, file) => {
  downloaded.length = 0;
  const notify = jest.fn();
  const services = pageServices({ context: { locale: 'en-GB' } } as unknown as Host, repository);
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider services={services}>{children}</AppServicesProvider>
  );
  const { result } = renderHook(() => useImportPage({ notify }), { wrapper });
  act(() => result.current.exportAs(format));
  await waitFor(() => expect(notify).toHaveBeenCalledWith(`Exported 1 key result to ${file}`));
  expect(downloaded).toEqual([file]);
});

it('exports everything as CSV with the byte-order mark Excel needs to read "Zürich", "€" and "東京", as the board’s CSV', async () => {
  handedFiles.length = 0;
  const notify = jest.fn();
  const services = pageServices({ context: { locale: 'en-GB' } } as unknown as Host, {
    ...repository,
    listTeams: () => Promise.resolve([{ id: 't1', name: 'Zürich € 東京' }]),
  });
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider services={services}>{children}</AppServicesProvider>
  );
  const { result } = renderHook(() => useImportPage({ notify }), { wrapper });
  act(() => result.current.exportAs('csv'));
  await waitFor(() => expect(handedFiles).toHaveLength(1));
  const bytes = await bytesOf(handedFiles[0]!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes.subarray(3))).toContain('Zürich € 東京');
  expect(handedFiles[0]!.type).toBe('text/csv;charset=utf-8');
});
