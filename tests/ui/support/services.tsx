import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { defaultLocale } from '../../../src/core/i18n';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import type { Person } from '../../../src/core/model';
import type { Host } from '../../../src/host/types';
import type { OkrRepository } from '../../../src/store/repository';
import type { LocaleWords } from '../../../src/ui/board/locale-words';
import { AppServicesProvider, type AppServicesInit } from '../../../src/ui/app/AppServices';
import { loadLocaleWords } from '../../../src/ui/board/locale-words';

/** Adele, the signed-in person of the DOM tests that render a component with its services. */
export const adele = { id: 'adele', displayName: 'Adele Vance' };

/** A page's services as its start-up hands them over: Adele signed in, the default model. */
export function pageServices(
  host: Host,
  repository: OkrRepository = {} as OkrRepository,
): AppServicesInit {
  return { repository, host, operatingModel: defaultOperatingModel, me: adele };
}

/**
 * Renders a component as a page would: Fluent's light theme and these services, signed in as
 * Adele (or `signedIn.me`, on `signedIn.site`), in a host whose display language is `locale`
 * (with its `words`, as a page that loaded them).
 */
export function renderWithServices(
  repository: OkrRepository,
  node: ReactNode,
  locale: string = defaultLocale,
  words?: LocaleWords,
  signedIn: { readonly me?: Person; readonly site?: string } = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me: signedIn.me ?? adele,
          ...(signedIn.site ? { site: signedIn.site } : {}),
          ...(words ? { words } : {}),
        }}
      >
        {node}
      </AppServicesProvider>
    </FluentProvider>,
  );
}

/**
 * Renders a page of the Teams tab (`surface`) in a Teams whose display language is `locale`, with
 * the words a page loads for it (German, French or Spanish; none for English or any other).
 */
export async function renderInTeams(
  repository: OkrRepository,
  node: ReactNode,
  locale: string,
  surface: 'personalTab' | 'channelTab',
) {
  const words = await loadLocaleWords(locale);
  const host = {
    context: { kind: 'teams', surface, user: adele, theme: 'default', locale },
    notifySuccess: () => undefined,
  } as unknown as Host;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ ...pageServices(host, repository), ...(words ? { words } : {}) }}
      >
        {node}
      </AppServicesProvider>
    </FluentProvider>,
  );
}
