/**
 * "Retrying…" while a save waits on Graph: the store's retry observer (fed by the graph-client
 * pipeline's retry link) tells the check-in dialog, which says so on its button; nothing in the
 * dialog loops or retries itself.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { CheckInSaveReport, OkrRepository, RetryNotice } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { CheckInDialog } from '../../src/ui/components/CheckInDialog/CheckInDialog';
import { keyResult as fixtureKeyResult } from '../core/fixtures';
import { siteRolesOf } from './support/site-roles';

const adele = { id: 'adele', displayName: 'Adele Vance' };
const cycle: Cycle = {
  id: 'q',
  name: 'This quarter',
  start: '2000-01-01',
  end: '2999-12-31',
  state: 'active',
};
const keyResult = fixtureKeyResult();

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

test('the check-in dialog says "Retrying…" once the store retries its save, and not before', async () => {
  const observers = new Set<(retry: RetryNotice) => void>();
  let answer!: (report: CheckInSaveReport) => void;
  const repository = {
    siteRoles: siteRolesOf(),
    observeRetries: (observer: (retry: RetryNotice) => void) => {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    saveCheckIns: () => new Promise<CheckInSaveReport>((resolve) => (answer = resolve)),
  } as unknown as OkrRepository;
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
        <CheckInDialog
          keyResult={keyResult}
          cycle={cycle}
          onDismiss={() => undefined}
          onSaved={onSaved}
        />
      </AppServicesProvider>
    </FluentProvider>,
  );
  fireEvent.change(await screen.findByRole('textbox', { name: /New value/ }, { timeout: 30_000 }), {
    target: { value: '1100' },
  });
  expect(observers.size).toBe(0);
  fireEvent.submit(screen.getByRole('button', { name: 'Save check-in' }).closest('form')!);
  await screen.findByRole('button', { name: 'Saving…' }, { timeout: 30_000 });
  expect(observers.size).toBe(1);

  act(() => observers.forEach((observer) => observer({ attempt: 1, delayMs: 1000, status: 429 })));
  await screen.findByRole('button', { name: 'Retrying…' }, { timeout: 30_000 });

  await act(async () => answer({ saved: [], failed: [], conflicts: [] }));
  await screen.findByRole('button', { name: 'Save check-in' }, { timeout: 30_000 });
  expect(observers.size).toBe(0);
});
