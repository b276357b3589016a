import { render, screen, within } from '@testing-library/react';
import {
  FluentProvider,
  Skeleton,
  SkeletonItem,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { LoadingState } from '../../src/ui/components/States/LoadingState';

/** Every element's tag and attributes, in order, with the classes of one as a set. */
const shape = (root: Element) =>
  [root, ...root.querySelectorAll('*')].map((element) => ({
    tag: element.tagName,
    attributes: element
      .getAttributeNames()
      .filter((name) => name !== 'class')
      .map((name) => `${name}=${element.getAttribute(name)}`),
  }));

describe.each([
  ['light', webLightTheme],
  ['dark', webDarkTheme],
])('LoadingState, %s theme', (_, theme) => {
  it('paints Fluent’s Skeleton and SkeletonItems as Fluent renders them', () => {
    render(
      <FluentProvider theme={theme}>
        <div data-testid="fluent">
          <Skeleton aria-hidden>
            <div>
              <SkeletonItem size={16} />
              <SkeletonItem size={12} />
              <SkeletonItem size={12} />
            </div>
          </Skeleton>
        </div>
        <LoadingState label="Loading the board" rows={1} />
      </FluentProvider>,
    );
    const fluent = screen.getByTestId('fluent').firstElementChild!;
    const status = screen.getByRole('status', { name: 'Loading the board' });
    const ours = status.firstElementChild!;
    expect(shape(ours)).toEqual(shape(fluent));
    expect(ours.classList.contains('fui-Skeleton')).toBe(true);
    const items = (root: Element) => [...root.querySelectorAll('.fui-SkeletonItem')];
    expect(items(ours).map((item) => item.className)).toEqual(
      items(fluent).map((item) => item.className),
    );
    expect(within(status).queryByRole('progressbar')).toBeNull();
  });
});
