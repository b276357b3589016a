/**
 * "Keep mine" after a status conflict (#11): my override goes on their version with their eTag,
 * the choice stays busy until the store answers, and only the answer closes the dialog (what the
 * board's browser test waits for).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle, KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { ConflictError } from '../../src/store/errors';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { StatusOverrideDialog } from '../../src/ui/components/StatusOverrideDialog/StatusOverrideDialog';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);
const found = { timeout: 20_000 };

const adele = { id: 'adele', displayName: 'Adele Vance' };
const cycle: Cycle = {
  id: 'q1',
  name: 'Q1',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'active',
};
const opened: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Sign 10 reseller agreements',
  kind: 'increase',
  start: 0,
  target: 10,
  current: 2,
  unit: 'pilots',
  weight: 1,
  version: '"v1"',
};
const theirs: KeyResult = {
  ...opened,
  target: 12,
  statusOverride: {
    status: 'onTrack',
    reason: 'Pipeline is full',
    by: adele,
    at: '2027-01-20T09:00:00Z',
  },
  version: '"v2"',
};

/** The first save meets their version (412); the second waits until the test answers it. */
function conflictThenHeldSave() {
  const written: KeyResult[] = [];
  let answer: (saved: KeyResult) => void = () => undefined;
  const updateKeyResult = (item: KeyResult) => {
    written.push(item);
    if (written.length === 1) {
      return Promise.reject(
        new ConflictError('Adele Vance changed this since you opened it.', item, theirs, {
          displayName: adele.displayName,
        }),
      );
    }
    return new Promise<KeyResult>((resolve) => (answer = resolve));
  };
  const repository = { siteRoles: siteRolesOf(), updateKeyResult } as unknown as OkrRepository;
  return { repository, written, answer: (saved: KeyResult) => answer(saved) };
}

test('Keep mine closes the status dialog only with the answer to the save of my override on theirs', async () => {
  const { repository, written, answer } = conflictThenHeldSave();
  const onSaved = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-GB' } } as never,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        <StatusOverrideDialog
          target={{ kind: 'keyResult', keyResult: opened }}
          cycle={cycle}
          onDismiss={() => undefined}
          onSaved={onSaved}
        />
      </AppServicesProvider>
    </FluentProvider>,
  );
  fireEvent.change(await screen.findByRole('textbox', { name: /Why/ }, found), {
    target: { value: 'Legal template is late' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Set status' }));
  const conflict = await screen.findByRole('alertdialog', {}, found);

  // In jsdom the choice's buttons are not exposed by role (Fluent's modal hiding does not settle
  // there as in a browser): found by their text.
  const choice = (label: string) => within(conflict).getByText(label).closest('button')!;
  fireEvent.click(choice('Keep mine'));
  await waitFor(() => expect(written).toHaveLength(2), found);
  // Only my override, on their version: their target stays, their eTag guards the write.
  expect(written[1]).toMatchObject({
    target: 12,
    version: '"v2"',
    statusOverride: { status: expect.any(String), reason: 'Legal template is late' },
  });
  // Until the store answers, nothing is closed or announced, and the choice cannot be made twice.
  expect(onSaved).not.toHaveBeenCalled();
  expect(conflict.isConnected).toBe(true);
  // Disabled for a screen reader, yet focusable: the focus stays on the choice made.
  expect(choice('Keep mine').getAttribute('aria-disabled')).toBe('true');
  expect(choice('Take theirs').getAttribute('aria-disabled')).toBe('true');

  const saved = { ...written[1]!, version: '"v3"' };
  answer(saved);
  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved), found);
  expect(onSaved).toHaveBeenCalledTimes(1);
});
