/**
 * What the add-in's ribbon commands ask of the task pane. In Excel, office.js runs the command in
 * the shared runtime (`main.tsx`); on the local stack, the workbook simulator's ribbon. A request
 * made before the pane listens (Excel may run a command while the pane is still signing in) is
 * kept for the first listener.
 */

/** The `FunctionName` of the "Link to a key result…" button in appPackage/excel-manifest.xml. */
export const linkCellCommand = 'linkSelectedCell';

/** The button's label, as the manifest and the simulator's ribbon show it. */
export const linkCellCommandLabel = 'Link to a key result…';

export class PaneRequests {
  private readonly listeners = new Set<() => void>();
  private pending = false;

  /** Asks the pane to open its Linked cells section with the selected cell. */
  linkSelectedCell(): void {
    if (this.listeners.size === 0) {
      this.pending = true;
      return;
    }
    for (const listener of [...this.listeners]) listener();
  }

  onLinkSelectedCell(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.pending) {
      this.pending = false;
      listener();
    }
    return () => this.listeners.delete(listener);
  }
}
