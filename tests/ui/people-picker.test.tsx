import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Person } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { ForbiddenError } from '../../src/store/errors';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { PeoplePicker } from '../../src/ui/components/PeoplePicker/PeoplePicker';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { sayFor } from '../../src/ui/board/say';
import { plainBrowserHost } from './support/browser-host';
import { englishOnScreen } from './support/english-on-screen';
import { renderInTeams } from './support/services';
import { siteRolesOf } from './support/site-roles';

const adele: Person = { id: 'a1', displayName: 'Adele Vance', email: 'adelev@contoso.com' };
const alex: Person = { id: 'a2', displayName: 'Alex Wilber', email: 'alexw@contoso.com' };

function Harness({
  searchPeople,
  multiple,
  onChange,
}: {
  searchPeople: OkrRepository['searchPeople'];
  multiple?: boolean;
  onChange?: (people: readonly Person[]) => void;
}) {
  const [people, setPeople] = useState<readonly Person[]>([]);
  const services = useMemo(
    () => ({
      repository: { searchPeople, siteRoles: siteRolesOf() } as unknown as OkrRepository,
      host: plainBrowserHost(),
      operatingModel: defaultOperatingModel,
      me: adele,
    }),
    [searchPeople],
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={services}>
        <PeoplePicker
          aria-label="Coaches"
          id="coaches"
          multiple={multiple}
          selected={people}
          onChange={(next) => {
            setPeople(next);
            onChange?.(next);
          }}
        />
      </AppServicesProvider>
    </FluentProvider>
  );
}

const statusText = () => screen.getByRole('status').textContent ?? '';

describe('PeoplePicker', () => {
  it('searches as you type and adds the chosen person by name, with the keyboard', async () => {
    const searchPeople = jest.fn(async (text: string) =>
      [adele, alex].filter((p) => p.displayName.toLowerCase().startsWith(text.toLowerCase())),
    );
    const changes: (readonly Person[])[] = [];
    render(<Harness searchPeople={searchPeople} onChange={(p) => changes.push(p)} />);
    const input = screen.getByRole('combobox', { name: 'Coaches' });
    expect(statusText()).toMatch('Type a name or an email address.');
    fireEvent.change(input, { target: { value: 'al' } });
    await waitFor(() => expect(statusText()).toMatch('1 person matches “al”.'));
    expect(searchPeople).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('option', { name: /Alex Wilber/ })).toBeTruthy();
    act(() => {
      fireEvent.keyDown(input, { key: 'ArrowDown' });
    });
    act(() => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(changes.at(-1)).toEqual([alex]);
    const tag = screen.getByText('Alex Wilber').closest('.fui-Tag');
    expect(tag?.querySelector('[aria-label="Remove Alex Wilber"]')).toBeTruthy();
    expect(screen.queryByText('a2')).toBeNull();
  }, 30_000);

  it('says when no one matches, and names what failed with a retry', async () => {
    let fail = true;
    const searchPeople = jest.fn(async () => {
      if (fail) throw new ForbiddenError('access denied', 'User.ReadBasic.All');
      return [];
    });
    render(<Harness searchPeople={searchPeople} multiple={false} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Coaches' }), {
      target: { value: 'zed' },
    });
    await waitFor(() => expect(statusText()).toMatch(/Could not search the directory/));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(statusText()).toMatch('No one in your organisation matches “zed”.'));
  }, 30_000);

  it('names what failed in the reader’s language, in a German Teams', async () => {
    const words = await loadLocaleWords('de-DE');
    const searchPeople = jest.fn(async () => {
      throw new ForbiddenError('access denied', 'User.ReadBasic.All');
    });
    await renderInTeams(
      { searchPeople, siteRoles: siteRolesOf() } as unknown as OkrRepository,
      <PeoplePicker
        aria-label="Coaches"
        id="coaches"
        selected={[]}
        onChange={() => undefined}
        say={sayFor(words, 'de-DE')}
      />,
      'de-DE',
      'channelTab',
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Coaches' }), {
      target: { value: 'zed' },
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy(),
    );
    // The reason was English: "Could not search the directory. …".
    expect(englishOnScreen(['Could not', 'directory', 'permission', 'admin'])).toEqual([]);
  }, 30_000);

  it.each([
    ['sv-SE', ['Zebra Berg', 'Ärger Holm']],
    ['de-DE', ['Ärger Holm', 'Zebra Berg']],
  ])(
    'in %s, lists the people found by name as the reader’s language files them',
    async (locale, order) => {
      // Swedish files "Ä" after "Z"; German beside "A". The directory answers in its own order.
      const found = ['Ärger Holm', 'Zebra Berg'].map((displayName, n): Person => ({
        id: `p${n}`,
        displayName,
        email: `p${n}@contoso.com`,
      }));
      await renderInTeams(
        {
          searchPeople: async () => (locale === 'sv-SE' ? found : [...found].reverse()),
          siteRoles: siteRolesOf(),
        } as unknown as OkrRepository,
        <PeoplePicker aria-label="Coaches" id="coaches" selected={[]} onChange={() => undefined} />,
        locale,
        'channelTab',
      );
      fireEvent.change(screen.getByRole('combobox', { name: 'Coaches' }), {
        target: { value: 'e' },
      });
      await screen.findAllByRole('option');
      expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
        order.map((name) => expect.stringContaining(name)),
      );
    },
    30_000,
  );
});
