import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle, Team } from '../../../src/core/model';
import type { Host, HostContext } from '../../../src/host/types';
import type { OkrRepository } from '../../../src/store/repository';
import { ConfigPage } from '../../../src/teams/config/ConfigPage';
import { AppServicesProvider } from '../../../src/ui/app/AppServices';
import { pageServices } from './services';
import { siteRolesOf } from './site-roles';

/** The channel tab's configuration page over these teams and cycles, in a host with `context`. */
export function renderConfigPage(
  teams: readonly Team[],
  cycles: readonly Cycle[] = [],
  context: Partial<HostContext> = {},
) {
  const repository = {
    siteRoles: siteRolesOf(),
    listTeams: () => Promise.resolve(teams),
    listCycles: () => Promise.resolve(cycles),
  } as unknown as OkrRepository;
  const host = {
    context: { locale: 'en-us', ...context },
    notifySuccess: () => undefined,
  } as unknown as Host;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={pageServices(host, repository)}>
        <ConfigPage />
      </AppServicesProvider>
    </FluentProvider>,
  );
}
