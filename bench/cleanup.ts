/**
 * Everything the bench starts (servers, child processes, temp directories) registers how to undo
 * it here; `run()` undoes it all, last first, even when a step fails or the user presses Ctrl+C.
 */
export class Cleanup {
  private readonly steps: { readonly what: string; readonly undo: () => unknown }[] = [];

  add(what: string, undo: () => unknown): void {
    this.steps.push({ what, undo });
  }

  async run(): Promise<string[]> {
    const failures: string[] = [];
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      try {
        await step.undo();
      } catch (error) {
        failures.push(`${step.what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failures;
  }
}
