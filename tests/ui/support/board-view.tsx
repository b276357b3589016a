import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { BoardLayout } from '../../../src/core/board-filter';
import type { Host } from '../../../src/host/types';
import type { Board, OkrRepository } from '../../../src/store/repository';
import { AppServicesProvider } from '../../../src/ui/app/AppServices';
import type { CopyLinkApi } from '../../../src/ui/hooks/useCopyLink';
import { useBoardView } from '../../../src/ui/screens/BoardScreen/useBoardView';
import { pageServices } from './services';
import { siteRolesOf } from './site-roles';

/**
 * The "Sales, Q1" board's view, as the board screen builds it, with its export callbacks, over a
 * store that answers what `reads` gives (nothing else).
 */
export function renderBoardView(
  board: Board,
  on: {
    readonly exported?: (message: string) => void;
    readonly exportFailed?: (format: string) => void;
    readonly nothingToExport?: () => void;
    readonly copied?: CopyLinkApi['copy'];
  },
  reads: Partial<OkrRepository> = {},
  layout: BoardLayout = 'board',
) {
  const services = pageServices(
    { context: { locale: 'en-GB' } } as unknown as Host,
    {
      siteRoles: siteRolesOf(),
      // The store the board's export names its items' ids in.
      storeIdentity: async () => 'board-view-store',
      ...reads,
    } as unknown as OkrRepository,
  );
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider services={services}>{children}</AppServicesProvider>
  );
  return renderHook(
    () =>
      useBoardView({
        board,
        history: undefined,
        whole: board,
        label: 'Sales, Q1',
        ownCycleId: 'current',
        layout,
        copy: on.copied ?? (() => undefined),
        onExportFailed: on.exportFailed ?? (() => undefined),
        onExported: on.exported ?? (() => undefined),
        onNothingToExport: on.nothingToExport ?? (() => undefined),
      }),
    { wrapper },
  );
}
