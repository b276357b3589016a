/**
 * A new key result saved with several things wrong says every one of them at once: a target that
 * cannot be read used to hide that the key result had no title and its details were too long, so
 * each save found one more.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import { objective } from './support/onboarding-okrs';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

test('a save with a target that cannot be read also names the empty title, the weight below zero and the long details', async () => {
  const created: unknown[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    createKeyResult: (draft: unknown) => {
      created.push(draft);
      return Promise.resolve({ ...(draft as object), id: 'kr1' });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <KeyResultEditor objective={objective} onDismiss={() => undefined} onSaved={() => undefined} />,
  );
  fireEvent.change(screen.getByRole('textbox', { name: /Target/ }), { target: { value: 'ten' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Weight/ }), { target: { value: '-1' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Details/ }), {
    target: { value: 'x'.repeat(4001) },
  });
  fireEvent.submit(screen.getByRole('button', { name: 'Create key result' }).closest('form')!);

  expect(await screen.findByText(/“ten” is not a number/)).toBeTruthy();
  expect(screen.getByText(/to 4,?000 characters or fewer \(it has 4,?001\)/)).toBeTruthy();
  // The weight is judged alone: a target that cannot be read does not hide why it is refused.
  expect(screen.getByText('The weight must be greater than zero, not -1.')).toBeTruthy();
  for (const name of [/Key result/, /Target/, /Weight/, /Details/]) {
    expect(screen.getByRole('textbox', { name }).getAttribute('aria-invalid')).toBe('true');
  }
  expect(screen.getByRole('textbox', { name: /Start/ }).getAttribute('aria-invalid')).not.toBe(
    'true',
  );
  expect(created).toEqual([]);
});
