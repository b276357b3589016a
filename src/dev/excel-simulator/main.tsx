import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createHost } from '../../host';
import { ExcelApp } from '../../excel/taskpane/ExcelApp';
import { PaneRequests } from '../../excel/taskpane/pane-requests';
import { defaultDevScopes } from '../../auth/dev-token-provider';
import { graphServices } from '../../ui/app/graphServices';
import { demoUserList, demoUsers } from '../graph-emulator/demo-tenant';
import { installNestedAppAuthBridge } from '../nested-app-auth';
import { simulatedTenantId } from '../teams-simulator/directory';
import { tenantOfPath } from '../tenant-path';
import { FunctionsPlayground } from './FunctionsPlayground';
import { SimulatedWorkbook } from './simulated-workbook';
import { OwnSheets } from './OwnSheets';
import { Ribbon } from './Ribbon';
import { WorkbookGrid } from './WorkbookGrid';

function rootOf(id: string) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The simulator page has no #${id}.`);
  return createRoot(element);
}

const query = new URLSearchParams(window.location.search);
const surface = query.get('surface') ?? 'taskpane';
const requests = new PaneRequests();

// Excel signs its user in for the add-in: `?user=<id>` picks who (Megan Bowen by default),
// `?consent=` what the tenant consented to, the path the tenant (see tenant-path.ts).
const user = demoUserList.find((person) => person.id === query.get('user')) ?? demoUsers.meganBowen;
installNestedAppAuthBridge(window, {
  tenantId: tenantOfPath(window.location.pathname)?.tenantId ?? simulatedTenantId,
  user,
  clientId: String(import.meta.env.VITE_AAD_CLIENT_ID ?? ''),
  consentedScopes: query.has('consent')
    ? (query.get('consent') ?? '').split(',').filter(Boolean)
    : defaultDevScopes,
  signingKey: String(import.meta.env.VITE_LOCAL_STACK_SECRET ?? ''),
});
const host = surface === 'functions' ? undefined : await createHost();
// As Excel does, the add-in writes a new table's headers in Office's display language (`?locale=`).
const workbook = new SimulatedWorkbook(window.localStorage, host?.context.locale);
// `?date1904=1`: a workbook in the 1904 date system, as an older Mac workbook is.
workbook.use1904DateSystem = query.get('date1904') === '1';
rootOf('ribbon').render(
  <StrictMode>
    <Ribbon requests={requests} />
  </StrictMode>,
);
rootOf('workbook').render(
  <StrictMode>
    <WorkbookGrid workbook={workbook} />
    <OwnSheets workbook={workbook} />
  </StrictMode>,
);

if (!host) {
  rootOf('pane').render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <FunctionsPlayground />
      </FluentProvider>
    </StrictMode>,
  );
} else {
  rootOf('pane').render(
    <StrictMode>
      <ExcelApp
        host={host}
        load={graphServices(import.meta.env, { cache: false })}
        workbook={workbook}
        requests={requests}
      />
    </StrictMode>,
  );
}
