import { onRibbonCommand, showTaskPane } from '../../src/host/office';

/** The slice of office.js's `Office` global that ribbon commands use, recorded. */
function fakeOffice() {
  const commands = new Map<string, (event: { completed(): void }) => void>();
  const office = {
    actions: {
      associate: (id: string, action: (event: { completed(): void }) => void) =>
        commands.set(id, action),
    },
    addin: { showAsTaskpane: jest.fn(async () => undefined) },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return { office, commands };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('ribbon commands through office.js', () => {
  test('run their action, then tell Office they completed, even when the action failed', async () => {
    const { commands } = fakeOffice();
    const steps: string[] = [];
    onRibbonCommand('linkSelectedCell', async () => {
      steps.push('ran');
    });
    onRibbonCommand('failing', async () => {
      throw new Error('no cell selected');
    });

    await new Promise<void>((resolve) =>
      commands.get('linkSelectedCell')!({ completed: () => (steps.push('completed'), resolve()) }),
    );
    expect(steps).toEqual(['ran', 'completed']);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await new Promise<void>((resolve) => commands.get('failing')!({ completed: resolve }));
    expect(logged).toHaveBeenCalledWith(
      'OKR Coach: the command failing failed.',
      new Error('no cell selected'),
    );
    logged.mockRestore();
  });

  test('show the task pane through Office.addin', async () => {
    const { office } = fakeOffice();
    await showTaskPane();
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
  });
});
