import type { Host } from '../../host/types';
import { HostThemeProvider } from '../../ui/app/HostThemeProvider';
import { ServicesGate, type ServicesLoader } from '../../ui/app/ServicesGate';
import type { CellBindings, OkrWorkbook } from '../workbook/types';
import { TaskPane } from './TaskPane';

/**
 * The task pane app. The workbook is injected: `main.tsx` passes the office.js workbook, the
 * dev simulator (src/dev/excel-simulator) passes its in-page one.
 */
export function ExcelApp({
  host,
  load,
  workbook,
}: {
  readonly host: Host;
  readonly load: ServicesLoader;
  readonly workbook: OkrWorkbook & CellBindings;
}) {
  return (
    <HostThemeProvider host={host}>
      <ServicesGate host={host} load={load}>
        <TaskPane workbook={workbook} />
      </ServicesGate>
    </HostThemeProvider>
  );
}
