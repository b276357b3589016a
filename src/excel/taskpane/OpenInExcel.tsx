import { TableSimpleRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../ui/components/States/EmptyState';

/**
 * The task pane opened anywhere but in Excel: what this page is and where to open it, instead
 * of a blank page. When office.js itself did not load, that is said too.
 */
export function OpenInExcel({ officeJsLoaded }: { readonly officeJsLoaded: boolean }) {
  return (
    <EmptyState
      icon={<TableSimpleRegular />}
      title="Open this in Excel"
      message={
        officeJsLoaded
          ? 'This is OKR Coach’s task pane for Excel. Open a workbook in Excel on the web, Windows or Mac and choose Home › Add-ins › OKR Coach to load your team’s key results.'
          : 'This is OKR Coach’s task pane for Excel, and office.js (which connects it to Excel) could not be loaded from Microsoft’s servers. Check your connection, then open a workbook in Excel and choose Home › Add-ins › OKR Coach.'
      }
    />
  );
}
