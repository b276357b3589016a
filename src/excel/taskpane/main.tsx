import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost } from '../../host';
import { hostConfigFromEnvironment } from '../../host/env';
import { officeJsLoaded, onRibbonCommand, showTaskPane } from '../../host/office';
import { HostThemeProvider } from '../../ui/app/HostThemeProvider';
import { registerCustomFunctions } from '../functions/register';
import { createExcelCellBindings, createExcelWorkbook } from '../workbook/office-workbook';
import { ExcelApp, preloadTaskPane } from './ExcelApp';
import { OpenInExcel } from './OpenInExcel';
import { linkCellCommand, PaneRequests } from './pane-requests';
import { graphServices } from '../../ui/app/graphServices';

// In the shared runtime this page also hosts the custom functions.
registerCustomFunctions();
preloadTaskPane();

// The configuration is passed in: without it, the host layer imports its env module on demand,
// a round trip before the first render.
const host = await createHost(hostConfigFromEnvironment());
const requests = new PaneRequests();
if (host.context.kind === 'excel') {
  onRibbonCommand(linkCellCommand, async () => {
    await showTaskPane();
    requests.linkSelectedCell();
  });
}
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount into.');
createRoot(root).render(
  <StrictMode>
    {host.context.kind === 'excel' ? (
      <ExcelApp
        host={host}
        load={graphServices(import.meta.env, { cache: false })}
        workbook={{ ...createExcelWorkbook(host.context.locale), ...createExcelCellBindings() }}
        requests={requests}
      />
    ) : (
      <HostThemeProvider host={host}>
        <OpenInExcel officeJsLoaded={officeJsLoaded()} />
      </HostThemeProvider>
    )}
  </StrictMode>,
);
