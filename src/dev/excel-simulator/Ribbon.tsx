import { linkCellCommandLabel, type PaneRequests } from '../../excel/taskpane/pane-requests';

/**
 * The Home tab's OKR Coach group, as appPackage/excel-manifest.xml declares it: "Link to a key
 * result…" runs the add-in's command in the shared runtime, which shows the pane.
 */
export function Ribbon({ requests }: { readonly requests: PaneRequests }) {
  return (
    <div role="toolbar" aria-label="OKR Coach (Home tab)">
      <button onClick={() => requests.linkSelectedCell()} data-testid="ribbon-link-cell">
        {linkCellCommandLabel}
      </button>
    </div>
  );
}
