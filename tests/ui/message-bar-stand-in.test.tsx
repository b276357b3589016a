import { render, screen, waitFor } from '@testing-library/react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { MessageBarOnDemand } from '../../src/ui/components/MessageBarOnDemand';
import { MessageBarStandIn } from '../../src/ui/components/MessageBarStandIn';

/** The bar as it paints: its elements, classes and attributes (Fluent's empty title id aside). */
function painted(container: HTMLElement): string {
  const bar = container.querySelector('.fui-MessageBar')!;
  const copy = bar.cloneNode(true) as HTMLElement;
  copy.removeAttribute('aria-labelledby');
  return copy.outerHTML;
}

const intents: MessageBarIntent[] = ['info', 'success', 'warning', 'error'];

describe('MessageBarStandIn', () => {
  const cases = intents.flatMap((intent) =>
    (['multiline', 'singleline'] as const).map((layout) => [intent, layout] as const),
  );
  it.each(cases)(
    'paints as Fluent’s %s %s MessageBar paints the same message',
    (intent, layout) => {
      const real = render(
        <FluentProvider theme={webLightTheme}>
          <MessageBar intent={intent} layout={layout} role="status">
            <MessageBarBody data-testid="body">3 rows not sent yet.</MessageBarBody>
          </MessageBar>
        </FluentProvider>,
      );
      const expected = painted(real.container);
      real.unmount();
      const standIn = render(
        <FluentProvider theme={webLightTheme}>
          <MessageBarStandIn
            intent={intent}
            layout={layout}
            role="status"
            body={{ 'data-testid': 'body' }}
          >
            3 rows not sent yet.
          </MessageBarStandIn>
        </FluentProvider>,
      );
      expect(painted(standIn.container)).toBe(expected);
    },
  );

  it('is a group, as Fluent’s bar is, unless given a role', () => {
    render(
      <MessageBarStandIn intent="error" layout="multiline">
        Not sent.
      </MessageBarStandIn>,
    );
    expect(screen.getByRole('group').textContent).toBe('Not sent.');
  });
});

describe('MessageBarOnDemand', () => {
  it('shows its message at once, then as Fluent’s MessageBar once that has loaded', async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <MessageBarOnDemand intent="warning" layout="multiline" body={{ 'data-testid': 'body' }}>
          Not sent until fixed.
        </MessageBarOnDemand>
      </FluentProvider>,
    );
    expect(screen.getByTestId('body').textContent).toBe('Not sent until fixed.');
    expect(container.querySelector('[aria-labelledby]')).toBeNull();
    // Fluent's bar labels itself by its (absent) title: the mark of the real one.
    await waitFor(() => expect(container.querySelector('[aria-labelledby]')).not.toBeNull());
    expect(screen.getByTestId('body').textContent).toBe('Not sent until fixed.');
  });
});
