import type { Host } from '../../host/types';
import { HostThemeProvider } from '../../ui/app/HostThemeProvider';
import { ServicesGate, type ServicesLoader } from '../../ui/app/ServicesGate';
import type { CellBindings, OkrWorkbook } from '../workbook/types';
import type { PaneRequests } from './pane-requests';
import { TaskPane } from './TaskPane';

/**
 * The task pane app. The workbook and the ribbon's requests are injected: `main.tsx` passes the
 * office.js workbook and commands, the dev simulator (src/dev/excel-simulator) its in-page ones.
 */
export function ExcelApp({
  host,
  load,
  workbook,
  requests,
}: {
  readonly host: Host;
  readonly load: ServicesLoader;
  readonly workbook: OkrWorkbook & CellBindings;
  readonly requests: PaneRequests;
}) {
  return (
    <HostThemeProvider host={host}>
      <ServicesGate host={host} load={load}>
        <TaskPane workbook={workbook} requests={requests} />
      </ServicesGate>
    </HostThemeProvider>
  );
}
