/**
 * The task pane's confirmations say what they asked until they have closed: Confirm clears the
 * request at once, while Fluent's dialog is still fading out, and the send confirmation read
 * "Vor dem Senden … 0 KRs löschen, dann senden" for that moment before; the Load review listed
 * no row once the Load it started had put the store's values back, or once the user typed the
 * cell back while it was open.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { paneWordsFor } from '../../src/excel/pane-words';
import type { SendReview as Review } from '../../src/excel/sync/structure';
import type { TaskPaneState } from '../../src/excel/taskpane/TaskPane.types';
import type { SheetSummary } from '../../src/excel/sync/workbook-sync';
import { LoadReview, SendReview } from '../../src/excel/taskpane/TaskPaneReviews';
import { useTaskPaneStyles } from '../../src/excel/taskpane/useTaskPaneStyles';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

/**
 * jsdom has no Web Animations: Fluent's dialog then closes at once. Each animation here runs
 * until the test finishes it, as a browser's would for its duration.
 */
const running: { onfinish: (() => void) | null; finish: () => void }[] = [];
beforeAll(() => {
  Element.prototype.animate = function animate() {
    const animation = {
      onfinish: null as (() => void) | null,
      oncancel: null as (() => void) | null,
      playState: 'running',
      currentTime: 0,
      effect: null,
      playbackRate: 1,
      cancel() {},
      pause() {},
      play() {},
      reverse() {},
      persist() {},
      finish() {
        this.playState = 'finished';
        this.onfinish?.();
      },
    };
    running.push(animation);
    return animation as unknown as Animation;
  };
});
afterAll(() => {
  delete (Element.prototype as Partial<Element>).animate;
});

const finishAnimations = () =>
  act(() => {
    running.splice(0).forEach((animation) => animation.finish());
  });

function Pane({ review }: { readonly review: Review | undefined }) {
  const styles = useTaskPaneStyles();
  const state = {
    words: paneWordsFor('de-DE'),
    review,
    confirmReview: () => undefined,
    cancelReview: () => undefined,
  } as unknown as TaskPaneState;
  return (
    <FluentProvider theme={webLightTheme}>
      <SendReview state={state} styles={styles} />
    </FluentProvider>
  );
}

test('the send confirmation keeps its words while it closes', async () => {
  const review: Review = {
    creates: [],
    deletes: [{ id: 'kr-2', title: 'Churn under 3 %' }],
    table: undefined,
  };
  const { rerender } = render(<Pane review={undefined} />);
  rerender(<Pane review={review} />);
  const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
  await finishAnimations();
  within(dialog).getByRole('button', { name: '1 KR löschen, dann senden' });

  // Confirmed: the request is gone, the dialog fades out saying what it asked.
  rerender(<Pane review={undefined} />);
  expect(running.length).toBeGreaterThan(0);
  expect(dialog.isConnected).toBe(true);
  within(dialog).getByRole('button', { name: '1 KR löschen, dann senden' });
  within(dialog).getByText('Churn under 3 %');
  expect(dialog.textContent).not.toContain('0 KRs');

  await finishAnimations();
  await waitFor(() => expect(dialog.isConnected).toBe(false));
});

/** The Load review over a pane whose sheet has `typedOver` read-only cells typed over. */
const answers = { confirmLoad: jest.fn(), cancelLoad: jest.fn() };

function LoadPane({
  confirming,
  typedOver,
}: {
  readonly confirming: boolean;
  readonly typedOver: readonly string[];
}) {
  const styles = useTaskPaneStyles();
  const readOnly = typedOver.map((title, index) => ({
    keyResultId: `kr-${index}`,
    title,
    message: '',
  }));
  const state = {
    words: paneWordsFor('en'),
    summary: { readOnly } as Partial<SheetSummary>,
    confirmingLoad: confirming,
    ...answers,
  } as unknown as TaskPaneState;
  return (
    <FluentProvider theme={webLightTheme}>
      <LoadReview state={state} styles={styles} />
    </FluentProvider>
  );
}

test('the Load review takes its first answer only, and lists what Load would replace until it has closed, never an empty list', async () => {
  const typed = ['Churn under 3 %'];
  const { rerender } = render(<LoadPane confirming={false} typedOver={typed} />);
  rerender(<LoadPane confirming typedOver={typed} />);
  const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
  await finishAnimations();
  within(dialog).getByText('Churn under 3 %');

  // The cell typed back in the sheet while the review is open: it still says what it asked.
  rerender(<LoadPane confirming typedOver={[]} />);
  within(dialog).getByText('Churn under 3 %');
  rerender(<LoadPane confirming typedOver={['Churn under 3 %', 'NPS above 40']} />);
  within(dialog).getByText('NPS above 40');

  // Load chosen: the Load it started puts the store's values back while the dialog fades out,
  // where a click on Cancel (or Load again) is no second answer.
  fireEvent.click(within(dialog).getByRole('button', { name: 'Load' }));
  rerender(<LoadPane confirming={false} typedOver={[]} />);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Load' }));
  expect([answers.confirmLoad.mock.calls.length, answers.cancelLoad.mock.calls.length]).toEqual([
    1, 0,
  ]);
  expect(running.length).toBeGreaterThan(0);
  expect(dialog.isConnected).toBe(true);
  expect(
    within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Churn under 3 %', 'NPS above 40']);

  await finishAnimations();
  await waitFor(() => expect(dialog.isConnected).toBe(false));
});
