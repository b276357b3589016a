import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { PageErrorBoundary } from '../../src/ui/components/States/PageErrorBoundary';

// The German words' chunk cannot be loaded (the connection dropped before it was fetched).
jest.mock('../../src/ui/board/words/de', () => {
  throw new TypeError('Failed to fetch dynamically imported module: de.js');
});

it('says the app crashed in English when the host’s words cannot be loaded either', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  function Crash(): never {
    throw new TypeError('Cannot read properties of undefined (reading "cycles")');
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <PageErrorBoundary locale="de-de">
        <Crash />
      </PageErrorBoundary>
    </FluentProvider>,
  );
  expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong');
  expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
});
