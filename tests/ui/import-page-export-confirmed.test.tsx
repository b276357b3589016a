import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Host } from '../../src/host/types';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useImportPage } from '../../src/ui/migrate/ImportPage/useImportPage';
import { downloaded, exportingRepository as repository } from './support/export-downloads';
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
