import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { BottomToaster } from '../../src/ui/components/Toasts/Toasts';
import { toastMessage } from '../../src/ui/components/Toasts/toastMessage';
import { useToasts, useToastWaiting } from '../../src/ui/components/Toasts/toasts';

/**
 * A screen's toaster loads after its first paint, while its buttons already work: a toast asked
 * for before the toaster is there waits for it, and is shown once it is.
 */
function Screen({ toasterId }: { readonly toasterId: string }) {
  const { dispatchToast, dismissToast } = useToasts(toasterId);
  const [toasterLoaded, setToasterLoaded] = useState(false);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <button
        type="button"
        onClick={() => dispatchToast(toastMessage('Link copied'), { intent: 'success' })}
      >
        Copy link
      </button>
      <button
        type="button"
        onClick={() => {
          dispatchToast(toastMessage('Saved'), { toastId: 'saved' });
          dismissToast('saved');
        }}
      >
        Save and take it back
      </button>
      <button type="button" onClick={() => setToasterLoaded(true)}>
        Load the toaster
      </button>
      {toasterLoaded ? <BottomToaster toasterId={toasterId} /> : null}
    </FluentProvider>
  );
}

describe('toasts asked for before their toaster is there', () => {
  it('are shown once it is, and a dismissed one is not', async () => {
    render(<Screen toasterId="early" />);
    act(() => screen.getByRole('button', { name: 'Copy link' }).click());
    act(() => screen.getByRole('button', { name: 'Save and take it back' }).click());
    expect(screen.queryByText('Link copied')).toBeNull();
    act(() => screen.getByRole('button', { name: 'Load the toaster' }).click());
    expect((await screen.findAllByText('Link copied')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('go straight to a toaster that is there', async () => {
    render(<Screen toasterId="loaded" />);
    act(() => screen.getByRole('button', { name: 'Load the toaster' }).click());
    act(() => screen.getByRole('button', { name: 'Copy link' }).click());
    expect((await screen.findAllByText('Link copied')).length).toBeGreaterThan(0);
  });
});

/** A screen whose toaster loads once a toast waits for it (as the board's dialogs and toasters). */
function ScreenLoadingItsToaster({ toasterId }: { readonly toasterId: string }) {
  const { dispatchToast } = useToasts(toasterId);
  const waiting = useToastWaiting([toasterId]);
  const [toasterLoaded, setToasterLoaded] = useState(false);
  if (waiting && !toasterLoaded) setToasterLoaded(true);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <button type="button" onClick={() => dispatchToast(toastMessage('Link copied'))}>
        Copy link
      </button>
      <span>{waiting ? 'A toast waits' : 'No toast waits'}</span>
      {toasterLoaded ? <BottomToaster toasterId={toasterId} /> : null}
    </FluentProvider>
  );
}

describe('a screen told that a toast waits', () => {
  it('loads its toaster then, which shows the toast; then no toast waits', async () => {
    render(<ScreenLoadingItsToaster toasterId="on-demand" />);
    expect(screen.getByText('No toast waits')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Copy link' }).click());
    expect((await screen.findAllByText('Link copied')).length).toBeGreaterThan(0);
    expect(screen.getByText('No toast waits')).toBeTruthy();
  });

  it('is not told of toasts for another toaster', () => {
    render(
      <>
        <ScreenLoadingItsToaster toasterId="mine" />
        <Screen toasterId="theirs" />
      </>,
    );
    act(() => screen.getAllByRole('button', { name: 'Copy link' })[1]!.click());
    expect(screen.getByText('No toast waits')).toBeTruthy();
  });
});

/** A dialog with toasts of its own for its screen's toaster, say "Saved" as it closes. */
function SavingDialog({ toasterId, onClose }: { toasterId: string; onClose: () => void }) {
  const { dispatchToast } = useToasts(toasterId);
  return (
    <button
      type="button"
      onClick={() => {
        dispatchToast(toastMessage('Saved'));
        onClose();
      }}
    >
      Save
    </button>
  );
}

function ScreenWithDialog({ toasterId }: { readonly toasterId: string }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <Screen toasterId={toasterId} />
      {open ? <SavingDialog toasterId={toasterId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** A toaster on its own, to see what still waits for it. */
function ToasterLater({ toasterId }: { readonly toasterId: string }) {
  const { dispatchToast } = useToasts(toasterId);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <button type="button" onClick={() => dispatchToast(toastMessage('Next'))}>
        Next
      </button>
      <BottomToaster toasterId={toasterId} />
    </FluentProvider>
  );
}

describe('toasts waiting for a toaster', () => {
  it('still show once it loads when the dialog that asked closed meanwhile', async () => {
    render(<ScreenWithDialog toasterId="dialog" />);
    act(() => screen.getByRole('button', { name: 'Save' }).click());
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    act(() => screen.getByRole('button', { name: 'Load the toaster' }).click());
    expect((await screen.findAllByText('Saved')).length).toBeGreaterThan(0);
  });

  it('go with their screen when it goes before its toaster loaded, and none is asked for after', async () => {
    let saveEnds: (() => void) | undefined;
    function SavingScreen() {
      const { dispatchToast } = useToasts('gone');
      saveEnds = () => dispatchToast(toastMessage('Saved late'));
      return <Screen toasterId="gone" />;
    }
    const gone = render(<SavingScreen />);
    act(() => screen.getByRole('button', { name: 'Copy link' }).click());
    gone.unmount();
    // A save that ends after its screen closed.
    act(() => saveEnds!());

    render(<ToasterLater toasterId="gone" />);
    act(() => screen.getByRole('button', { name: 'Next' }).click());
    expect((await screen.findAllByText('Next')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Link copied')).toBeNull();
    expect(screen.queryByText('Saved late')).toBeNull();
  });
});
