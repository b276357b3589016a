import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useBoardView } from '../../src/ui/screens/BoardScreen/useBoardView';
import { siteRolesOf } from './support/site-roles';

/** An export says, once its file is handed to the browser, how many KRs it holds and where. */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const keyResult = {
  objectiveId: 'o1',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 35,
  unit: '',
  weight: 1,
} as const;
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [
    {
      id: 'o1',
      cycleId: 'q1',
      teamId: 't1',
      title: 'Customers love onboarding',
      description: '',
      commitment: 'committed',
      state: 'active',
    },
  ],
  keyResults: [
    { ...keyResult, id: 'k1', title: 'Raise NPS from 30 to 50' },
    { ...keyResult, id: 'k2', title: 'Halve time to first value' },
  ],
  initiatives: [],
};

function renderView(onExported: (message: string) => void) {
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
        onExportFailed: () => undefined,
        onExported,
      }),
    { wrapper },
  );
}

// jsdom has no object URLs, and a download link's click would navigate.
URL.createObjectURL = () => 'blob:export';
URL.revokeObjectURL = () => undefined;
jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

it.each([
  ['exportCsv', 'Sales, Q1.csv'],
  ['exportXlsx', 'Sales, Q1.xlsx'],
] as const)('%s says it exported the 2 KRs shown to %s', async (exportAs, fileName) => {
  const onExported = jest.fn();
  const { result } = renderView(onExported);
  act(() => result.current[exportAs]());
  await waitFor(
    () => expect(onExported).toHaveBeenCalledWith(`Exported 2 key results to ${fileName}`),
    { timeout: 30_000 },
  );
});
