import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle, Team } from '../../../src/core/model';
import type { Host, HostContext } from '../../../src/host/types';
import type { OkrRepository } from '../../../src/store/repository';
import { ConfigPage } from '../../../src/teams/config/ConfigPage';
import { AppServicesProvider } from '../../../src/ui/app/AppServices';
import { loadLocaleWords, type LocaleWords } from '../../../src/ui/board/locale-words';
import { pageServices } from './services';
import { siteRolesOf } from './site-roles';

/** What else a configuration page's host and services have: its words, its Save, its reads. */
export interface ConfigPageOptions {
  readonly words?: LocaleWords | undefined;
  readonly configuration?: Host['configuration'];
  /** The teams' read, when it is not `teams` at once (one that fails, say). */
  readonly listTeams?: () => Promise<readonly Team[]>;
}

/** The channel tab's configuration page over these teams and cycles, in a host with `context`. */
export function renderConfigPage(
  teams: readonly Team[],
  cycles: readonly Cycle[] = [],
  context: Partial<HostContext> = {},
  { words, configuration, listTeams = () => Promise.resolve(teams) }: ConfigPageOptions = {},
) {
  const repository = {
    siteRoles: siteRolesOf(),
    listTeams,
    listCycles: () => Promise.resolve(cycles),
  } as unknown as OkrRepository;
  const host = {
    context: { locale: 'en-us', ...context },
    notifySuccess: () => undefined,
    ...(configuration ? { configuration } : {}),
  } as unknown as Host;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ ...pageServices(host, repository), ...(words ? { words } : {}) }}
      >
        <ConfigPage />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

/**
 * The same page in a Teams whose display language is `locale`, with the words its entry loads
 * for it (German, French or Spanish; none for English or any other).
 */
export async function renderConfigPageIn(
  locale: string,
  teams: readonly Team[],
  cycles: readonly Cycle[] = [],
  context: Partial<HostContext> = {},
  options: Omit<ConfigPageOptions, 'words'> = {},
) {
  const words = await loadLocaleWords(locale);
  return renderConfigPage(teams, cycles, { ...context, locale }, { ...options, words });
}
