/**
 * Sharing to the stage while a check-in round still runs (its presenter pressed Stop sharing, so
 * Teams says nothing is on the stage) asks first, naming the round, with keeping it the default.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ReplaceRoundDialog } from '../../../src/ui/meeting/SidePanel/ReplaceRoundDialog';
import type { RunningRound } from '../../../src/ui/meeting/SidePanel/RoundOnStage';

jest.setTimeout(60_000);

function renderAsking(running: RunningRound | undefined, summary = false) {
  const chosen = { replaced: 0, kept: 0 };
  render(
    <FluentProvider theme={webLightTheme}>
      <ReplaceRoundDialog
        open
        summary={summary}
        running={running}
        onReplace={() => chosen.replaced++}
        onKeep={() => chosen.kept++}
      />
    </FluentProvider>,
  );
  return chosen;
}

it('names the running round, and keeps it unless Replace is pressed', async () => {
  const chosen = renderAsking({
    position: 2,
    count: 4,
    title: 'Weekly active users from 1,000 to 2,000',
  });
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace the running round?' });
  expect(dialog.textContent).toContain(
    'A check-in round is still running, at key result 2 of 4, “Weekly active users from 1,000 to 2,000”. Sharing these key results ends it for everyone; what was saved stays saved.',
  );
  const keep = screen.getByRole('button', { name: 'Keep the current round' });
  // First in the dialog, so the one a browser focuses when it opens (jsdom focuses the surface).
  expect(within(dialog).getAllByRole('button')[0]).toBe(keep);

  fireEvent.keyDown(dialog, { key: 'Escape' });
  expect(chosen).toEqual({ replaced: 0, kept: 1 });
  fireEvent.click(keep);
  expect(chosen).toEqual({ replaced: 0, kept: 2 });
  fireEvent.click(screen.getByRole('button', { name: 'Replace the round' }));
  expect(chosen).toEqual({ replaced: 1, kept: 2 });
});

it('says a round is on the stage when the panel does not follow it (yet)', async () => {
  renderAsking(undefined);
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace the running round?' });
  expect(dialog.textContent).toContain('A check-in round is on the meeting stage.');
});

it('asks about the ended round’s summary, not a running round, when that is on the stage', async () => {
  const chosen = renderAsking(undefined, true);
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace the round’s summary?' });
  expect(dialog.textContent).toContain(
    'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet. Sharing these key results replaces it for everyone, and the round is not recorded; its saved check-ins stay saved.',
  );
  const keep = screen.getByRole('button', { name: 'Keep the summary' });
  expect(within(dialog).getAllByRole('button')[0]).toBe(keep);
  fireEvent.keyDown(dialog, { key: 'Escape' });
  expect(chosen).toEqual({ replaced: 0, kept: 1 });
  fireEvent.click(screen.getByRole('button', { name: 'Replace the summary' }));
  expect(chosen).toEqual({ replaced: 1, kept: 1 });
});
