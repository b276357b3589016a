/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import OperatingModelSection from '../../src/ui/programme/sections/OperatingModelSection';
import './support/async-timeout';
import './support/resize-observer';
import { adele } from './support/services';

/**
 * The language of coaching messages was a text box: "klingon" was saved with a success toast.
 * It is a choice of the languages the messages are written in, by their own names.
 */
function renderModel(locale: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository: {} as OkrRepository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: { ...defaultOperatingModel, locale },
          me: adele,
        }}
      >
        <OperatingModelSection
          access={{ setUp: true, coach: true }}
          programme={{ data: { teams: [], cycles: [] } } as never}
          notify={() => undefined}
          open={() => undefined}
        />
      </AppServicesProvider>
    </FluentProvider>,
  );
  return screen.findByRole('combobox', {
    name: 'Language the OKRs and the coach’s messages are in',
  });
}

const refusal =
  '“klingon” is not a language the coaching messages are written in. Choose one of English (en), Deutsch (de), Français (fr), Español (es).';

it('offers the languages the messages are written in, by their own names', async () => {
  fireEvent.click(await renderModel('en'));
  const options = await screen.findAllByRole('option');
  expect(options.map((option) => option.textContent)).toEqual([
    'English',
    'Deutsch',
    'Français',
    'Español',
  ]);
});

it('shows a stored language it does not know and refuses it until another is chosen', async () => {
  const language = await renderModel('klingon');
  expect(language.textContent).toContain('klingon');
  expect(screen.getByText(refusal)).toBeTruthy();

  fireEvent.click(language);
  fireEvent.click(await screen.findByRole('option', { name: 'Deutsch' }));

  await waitFor(() => expect(screen.queryByText(refusal)).toBeNull());
  expect(
    screen.getByRole('button', { name: 'Save the operating model' }).getAttribute('aria-disabled'),
  ).not.toBe('true');
});
