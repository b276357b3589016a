import { render, screen, waitFor } from '@testing-library/react';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { CheckInDialog } from '../../src/ui/components/CheckInDialog/CheckInDialog';
import { CopyLinkDialog } from '../../src/ui/components/CopyLinkDialog/CopyLinkDialog';
import { DeleteDialog } from '../../src/ui/components/DeleteDialog/DeleteDialog';
import { HistoryDialog } from '../../src/ui/components/HistoryDialog/HistoryDialog';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { StatusOverrideDialog } from '../../src/ui/components/StatusOverrideDialog/StatusOverrideDialog';
import { siteRolesOf } from './support/site-roles';

/**
 * A dialog opened from a board row is the active modal from the moment it opens: focus is inside
 * it, the board behind it is hidden from assistive technology, and it is not. Fluent's dialogs
 * leave that to tabster's modalizer, which takes a focus it sees as the user's (not the app's)
 * landing in a modal that is not yet active as an escape, and pulls focus back out to the board,
 * then hides the dialog itself. Here each dialog mounts already open in a render after the click,
 * as on the board, whose dialogs load when one is first asked for, and as a link's landing opens
 * a KR's history.
 */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const cycle: Cycle = {
  id: 'q1',
  name: 'Q1',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
};
const objective: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Move every customer to the new plan',
  description: '',
  commitment: 'committed',
  state: 'active',
};
const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Customers live on the new plan from 10 to 50',
  kind: 'increase',
  start: 10,
  target: 50,
  current: 35,
  unit: 'customers',
  weight: 1,
  owner: adele,
};
const checkIns: CheckIn[] = [14, 21, 28, 35].map((value, index) => ({
  clientId: `c-${value}`,
  keyResultId: 'k1',
  value,
  at: `2026-11-0${index + 1}T09:00:00Z`,
  author: adele,
  source: 'teams',
  note: `Week ${index + 1}`,
}));
const ignore = () => undefined;

/** The dialogs a KR's row opens, each as the board renders it, open on the KR. */
const dialogs: [string, () => ReactNode][] = [
  [
    'History',
    () => (
      <HistoryDialog
        keyResult={keyResult}
        checkIns={checkIns}
        confidenceMax={10}
        period={{ start: cycle.start, end: cycle.end }}
        onClose={ignore}
      />
    ),
  ],
  [
    'Check in',
    () => <CheckInDialog keyResult={keyResult} cycle={cycle} onDismiss={ignore} onSaved={ignore} />,
  ],
  [
    'Set the status',
    () => (
      <StatusOverrideDialog
        target={{ kind: 'keyResult', keyResult }}
        cycle={cycle}
        onDismiss={ignore}
        onSaved={ignore}
      />
    ),
  ],
  [
    'Copy link',
    () => (
      <CopyLinkDialog
        link="https://teams.microsoft.com/l/entity/app/tab"
        named="Link to the key result"
        onDismiss={ignore}
      />
    ),
  ],
  [
    'Edit',
    () => (
      <KeyResultEditor
        objective={objective}
        keyResult={keyResult}
        onDismiss={ignore}
        onSaved={ignore}
      />
    ),
  ],
  [
    'Delete',
    () => (
      <DeleteDialog
        target={{ kind: 'keyResult', keyResult }}
        onDismiss={ignore}
        onDeleted={ignore}
      />
    ),
  ],
];

/** A KR's row on the board; the dialog mounts in a render of its own once `arrive` is called. */
function BoardRow({
  dialog,
  arrive,
}: {
  dialog: () => ReactNode;
  arrive: (show: () => void) => void;
}) {
  const [arrived, setArrived] = useState(false);
  useEffect(() => arrive(() => setArrived(true)), [arrive]);
  return (
    <>
      <ul aria-label="Board">
        <li>
          <Button aria-label={`History of ${keyResult.title}`} />
          <Button aria-label={`Copy a link to ${keyResult.title}`} />
        </li>
      </ul>
      {arrived ? dialog() : null}
    </>
  );
}

/** Where focus is, and whether the dialog is hidden from assistive technology. */
function whereFocusIs(): string {
  const focused = document.activeElement;
  const surface = document.querySelector('[role="dialog"], [role="alertdialog"]');
  return [
    `focus is on <${focused?.tagName.toLowerCase()}> "${focused?.getAttribute('aria-label') ?? ''}"`,
    surface?.contains(focused ?? null) ? 'inside the dialog' : 'outside the dialog',
    surface?.closest('[aria-hidden="true"]')
      ? 'and the dialog is hidden from assistive technology'
      : 'and the dialog is not hidden',
  ].join(' ');
}

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

beforeAll(() => {
  // jsdom lays nothing out, and tabster finds no focusable element in a page without layout (a
  // zero-sized body, no offsetParent): these give the page the layout a browser gives it.
  jest.spyOn(document.body, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1280, 800));
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

afterAll(() => {
  delete (HTMLElement.prototype as { offsetParent?: unknown }).offsetParent;
  jest.restoreAllMocks();
});

/** Renders a board row whose dialog mounts a render after its button took the focus. */
async function openFromRow(dialog: () => ReactNode): Promise<void> {
  let show: () => void = ignore;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository: { siteRoles: siteRolesOf() } as unknown as OkrRepository,
          host: { context: { locale: 'en-GB' }, notifySuccess: ignore } as unknown as Host,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        <BoardRow dialog={dialog} arrive={(arrive) => (show = arrive)} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  const board = screen.getByRole('list', { name: 'Board' });
  // The click gave the row's button focus; the dialog renders in a later task, as React
  // renders in the browser (not inside act(), which would flush it with its effects at once).
  screen.getByRole('button', { name: `History of ${keyResult.title}` }).focus();
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    setTimeout(show);
    // The modal hides the board from assistive technology once it is active (tabster does it
    // a moment after): until then this waits.
    await waitFor(() => expect(board.closest('[aria-hidden="true"]')).not.toBeNull(), {
      onTimeout: () => new Error(`The dialog never became the active modal: ${whereFocusIs()}`),
    });
  } finally {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  }
}

describe('a dialog opened from a board row, mounting after the click', () => {
  it.each(dialogs)(
    '%s: is the active modal, with focus inside it, and never hidden from assistive technology',
    async (_name, dialog) => {
      await openFromRow(dialog);
      const surface = document.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
      expect(surface).not.toBeNull();
      expect(surface!.closest('[aria-hidden="true"]')).toBeNull();
      expect(surface!.contains(document.activeElement)).toBe(true);
    },
  );

  it('Delete: opens on Cancel, not on a delete that cannot be undone (Enter twice deleted)', async () => {
    await openFromRow(dialogs.find(([name]) => name === 'Delete')![1]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'), {
      onTimeout: () => new Error(`Not on Cancel: ${whereFocusIs()}`),
    });
  });
});
