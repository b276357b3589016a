import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useBoardView } from '../../src/ui/screens/BoardScreen/useBoardView';
import { siteRolesOf } from './support/site-roles';

/**
 * The board's exports load when one is asked for; when their code cannot be loaded (a dropped
 * connection), the export asked for says it failed, in its own words.
 */
jest.mock('../../src/ui/board/exportBoard', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/exportBoard-x.js');
});

const adele = { id: 'adele', displayName: 'Adele Vance' };
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [],
  keyResults: [],
  initiatives: [],
};

function renderView(onExportFailed: (format: string) => void) {
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider
      services={{
        repository: { siteRoles: siteRolesOf() } as unknown as OkrRepository,
        host: { context: { locale: 'en-GB' } } as unknown as Host,
        operatingModel: defaultOperatingModel,
        me: adele,
      }}
    >
      {children}
    </AppServicesProvider>
  );
  return renderHook(
    () =>
      useBoardView({
        board,
        history: undefined,
        whole: board,
        label: 'Sales, Q1',
        ownCycleId: 'current',
        copy: () => undefined,
        onExportFailed,
        onExported: () => undefined,
      }),
    { wrapper },
  );
}

jest.spyOn(console, 'error').mockImplementation(() => undefined);

it.each([
  ['exportCsv', 'CSV'],
  ['exportXlsx', 'Excel'],
] as const)('%s, its code not loaded, says the %s export failed', async (exportAs, format) => {
  const onExportFailed = jest.fn();
  const { result } = renderView(onExportFailed);
  act(() => result.current[exportAs]());
  await waitFor(() => expect(onExportFailed).toHaveBeenCalledWith(format), { timeout: 30_000 });
});
