import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { CopyLinkDialog } from '../../src/ui/components/CopyLinkDialog/CopyLinkDialog';
import { StatusBadge } from '../../src/ui/components/StatusBadge/StatusBadge';
import { locateOnBoard } from '../../src/ui/deepLink/locateTarget';
import { useCopyLink } from '../../src/ui/hooks/useCopyLink';
import { plainBrowserHost } from './support/browser-host';
import { siteRolesOf } from './support/site-roles';
import { objective, keyResult } from './support/onboarding-okrs';

const adele = { id: 'adele', displayName: 'Adele Vance' };

describe('StatusBadge', () => {
  it('says who overrode the status and why, as text, with the date in its title', () => {
    const reason = '<b>Partner</b> pulled out';
    render(
      <FluentProvider theme={webLightTheme}>
        <StatusBadge
          status="atRisk"
          override={{ status: 'atRisk', reason, by: adele, at: '2026-11-20T09:00:00Z' }}
        />
      </FluentProvider>,
    );
    const badge = screen.getByText(`At risk (set by Adele Vance: ${reason})`);
    expect(document.querySelector('b')).toBeNull();
    expect(badge.closest('[title]')?.getAttribute('title')).toMatch(/^At risk \(set by .*\), \S+/);
  });
});

describe('locateOnBoard', () => {
  const board: Board = {
    cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
    teams: [{ id: 't1', name: 'Sales' }],
    objectives: [objective],
    keyResults: [keyResult, { ...keyResult, id: 'k2', objectiveId: 'elsewhere' }],
    initiatives: [],
  };

  it('finds an objective, or a KR with its objective', () => {
    expect(locateOnBoard(board, { type: 'objective', id: 'o1' })).toEqual({ objective });
    expect(locateOnBoard(board, { type: 'keyResult', id: 'k1' })).toEqual({
      objective,
      keyResult,
    });
  });

  it('does not find what the board does not show', () => {
    expect(locateOnBoard(board, { type: 'objective', id: 'k1' })).toBeUndefined();
    expect(locateOnBoard(board, { type: 'keyResult', id: 'k2' })).toBeUndefined();
    expect(locateOnBoard(board, { type: 'keyResult', id: 'nope' })).toBeUndefined();
  });
});

function CopyButton() {
  const { copy, refused, closeRefused } = useCopyLink(() => undefined);
  return (
    <>
      <button onClick={() => copy({ type: 'keyResult', id: 'k1' }, 'Link to the key result')}>
        Copy
      </button>
      <CopyLinkDialog link={refused?.link} named={refused?.named ?? ''} onDismiss={closeRefused} />
    </>
  );
}

describe('Copy link without a clipboard', () => {
  it('shows the host’s deep link to copy by hand', () => {
    window.history.replaceState(null, '', '/teams/tab.html?teams=t1&cycle=q1&theme=default');
    expect(navigator.clipboard).toBeUndefined();
    const host = plainBrowserHost();
    render(
      <FluentProvider theme={webLightTheme}>
        <AppServicesProvider
          services={{
            // Copy link reads nothing from the store but the roles the page reads beside it.
            repository: { siteRoles: siteRolesOf() } as unknown as OkrRepository,
            host,
            operatingModel: defaultOperatingModel,
            me: adele,
          }}
        >
          <CopyButton />
        </AppServicesProvider>
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const field = screen.getByRole('textbox', { name: 'Link to the key result' });
    const link = new URL((field as HTMLInputElement).value);
    expect(link.pathname).toBe('/teams/tab.html');
    expect(link.searchParams.get('open')).toBe('kr:k1');
    expect(link.searchParams.get('teams')).toBe('t1');
    expect(host.deepLink({ type: 'keyResult', id: 'k1' })).toBe(link.href);
  });
});
