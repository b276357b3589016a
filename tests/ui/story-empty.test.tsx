/**
 * "Why we use OKRs" could be saved empty, leaving every member an empty page where the
 * organisation's reasons should be. An emptied story says why it cannot be saved as it is
 * emptied, and Save sends nothing; the store refuses one too.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { StoryPanel } from '../../src/ui/components/StoryPanel/StoryPanel';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent drawer in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);
const found = { timeout: 30_000 };
const empty =
  'The story is empty. Write why your organisation uses OKRs: it is what people open “Why we use OKRs” to read.';

test('an emptied story is refused in the field as it is emptied, and Save sends nothing', async () => {
  const saveOperatingModel = jest.fn((model: unknown) => Promise.resolve(model));
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository: {
            siteRoles: siteRolesOf({ admin: true, coach: false }),
            observeRetries: () => () => undefined,
            saveOperatingModel,
          } as unknown as OkrRepository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        <StoryPanel open onOpenChange={() => undefined} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Edit' }, found));
  const editor = await screen.findByRole('textbox', { name: /The story/ }, found);
  expect(screen.queryByText(empty)).toBeNull();

  fireEvent.change(editor, { target: { value: '  \n ' } });
  expect(screen.getByText(empty)).toBeTruthy();
  expect(editor.getAttribute('aria-invalid')).toBe('true');

  fireEvent.click(screen.getByRole('button', { name: 'Save the story' }));
  expect(saveOperatingModel).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(editor);
  expect(screen.queryByText('The story is saved.')).toBeNull();

  // Written again, it saves.
  fireEvent.change(editor, { target: { value: '# Why\nTo focus.' } });
  expect(screen.queryByText(empty)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Save the story' }));
  await screen.findByText('The story is saved.', undefined, found);
  await waitFor(() => expect(saveOperatingModel).toHaveBeenCalledTimes(1));
});
