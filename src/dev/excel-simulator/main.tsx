import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createHost } from '../../host';
import { ExcelApp } from '../../excel/taskpane/ExcelApp';
import { graphServices } from '../../ui/app/graphServices';
import { FunctionsPlayground } from './FunctionsPlayground';
import { SimulatedWorkbook } from './simulated-workbook';
import { WorkbookGrid } from './WorkbookGrid';

function rootOf(id: string) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The simulator page has no #${id}.`);
  return createRoot(element);
}

const workbook = new SimulatedWorkbook(window.localStorage);
const surface = new URLSearchParams(window.location.search).get('surface') ?? 'taskpane';
rootOf('workbook').render(
  <StrictMode>
    <WorkbookGrid workbook={workbook} />
  </StrictMode>,
);

if (surface === 'functions') {
  rootOf('pane').render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <FunctionsPlayground />
      </FluentProvider>
    </StrictMode>,
  );
} else {
  const host = await createHost();
  rootOf('pane').render(
    <StrictMode>
      <ExcelApp
        host={host}
        load={graphServices(import.meta.env, { cache: false })}
        workbook={workbook}
      />
    </StrictMode>,
  );
}
