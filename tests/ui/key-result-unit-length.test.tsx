/**
 * A unit longer than the store keeps (64 characters) was refused only by the store, after Save:
 * "The unit has 70 characters; at most 64 fit." The field says so as it is typed, before any
 * save, and a save sends nothing.
 */
import { fireEvent, screen } from '@testing-library/react';
import { UNIT_MAX_LENGTH } from '../../src/core/model';
import { lists } from '../../src/store/schema';
import type { OkrRepository } from '../../src/store/repository';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import { objective } from './support/onboarding-okrs';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

test('the store’s Unit column and the forms share one limit', () => {
  const unit = lists.keyResults.columns.find((column) => column.name === 'Unit');
  expect(unit?.type).toEqual({ kind: 'text', maxLength: UNIT_MAX_LENGTH });
});

test('a unit of 70 characters is refused in the field as it is typed, and Save sends nothing', async () => {
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
  fireEvent.change(screen.getByRole('textbox', { name: /^Key result/ }), {
    target: { value: 'Raise weekly active teams from 40 to 60' },
  });
  fireEvent.change(screen.getByRole('textbox', { name: /Target/ }), { target: { value: '60' } });
  const unit = screen.getByRole('textbox', { name: /Unit/ });
  fireEvent.change(unit, { target: { value: 'u'.repeat(70) } });

  // Before any save: the field names the limit and what it holds.
  expect(screen.getByText('Keep Unit to 64 characters or fewer (it has 70).')).toBeTruthy();
  expect(unit.getAttribute('aria-invalid')).toBe('true');

  fireEvent.submit(screen.getByRole('button', { name: 'Create key result' }).closest('form')!);
  expect(created).toEqual([]);

  fireEvent.change(unit, { target: { value: 'u'.repeat(64) } });
  expect(screen.queryByText(/Keep Unit to/)).toBeNull();
  fireEvent.submit(screen.getByRole('button', { name: 'Create key result' }).closest('form')!);
  await screen.findByRole('button', { name: /Create key result|Saving/ });
  expect(created).toHaveLength(1);
});
