import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import type { Cycle, Person, Team } from '../../../src/core/model';
import type { OkrRepository } from '../../../src/store/repository';
import type { LocaleWords } from '../../../src/ui/board/locale-words';
import ProgrammePage from '../../../src/teams/tab/ProgrammePage';
import { AppServicesProvider } from '../../../src/ui/app/AppServices';
import type { ProgrammeAccess } from '../../../src/ui/programme/programmeAccess';
import { ProgrammeScreen } from '../../../src/ui/programme/ProgrammeScreen';
import type { ProgrammeSectionProps } from '../../../src/ui/programme/ProgrammeSection.types';
import { adele, renderWithServices } from './services';
import { siteRolesOf } from './site-roles';

/** What a section told the Programme area: its toasts, and the cycles it showed saved or gone. */
export interface SectionCalls {
  readonly notices: string[];
  readonly applied: Cycle[];
  readonly removed: string[];
}

/**
 * A Programme section on its own, as the area renders it: an admin and coach by default, the
 * cycles and teams given, a repository of the methods the test needs (the site roles follow the
 * access; every cycle holds nothing unless the test says otherwise), in English unless a
 * `locale` and its `words` are given.
 */
export function renderSection(
  Section: ComponentType<ProgrammeSectionProps>,
  {
    repository = {},
    cycles = [],
    teams = [],
    access = { setUp: true, coach: true },
    cycleId,
    locale,
    words,
  }: {
    readonly locale?: string;
    readonly words?: LocaleWords;
    readonly repository?: Partial<OkrRepository>;
    readonly cycles?: readonly Cycle[];
    readonly teams?: readonly Team[];
    readonly access?: ProgrammeAccess;
    readonly cycleId?: string;
  } = {},
): SectionCalls {
  const calls: SectionCalls = { notices: [], applied: [], removed: [] };
  const services = {
    siteRoles: siteRolesOf({ admin: access.setUp, coach: access.coach }),
    cycleHoldings: (ids: readonly string[]) =>
      Promise.resolve(new Map(ids.map((id) => [id, []] as const))),
    ...repository,
  } as OkrRepository;
  renderWithServices(
    services,
    <Section
      access={access}
      programme={
        {
          data: { status: 'ready', teams, cycles },
          applyTeam: () => undefined,
          applyCycle: (cycle: Cycle) => calls.applied.push(cycle),
          removeCycle: (id: string) => calls.removed.push(id),
          reload: () => undefined,
        } as never
      }
      notify={(message) => calls.notices.push(message)}
      open={() => undefined}
      {...(cycleId ? { cycleId } : {})}
    />,
    locale,
    words,
  );
  return calls;
}

/**
 * The whole Programme area, signed in as Adele (or `me`), an admin and coach of the site; with
 * `onBack`, as the tab's page with its way back to the OKRs.
 */
export function renderProgramme(
  repository: Partial<OkrRepository>,
  {
    initialSection,
    me = adele,
    onBack,
  }: { readonly initialSection?: string; readonly me?: Person; readonly onBack?: () => void } = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository: {
            listTeams: () => Promise.resolve([]),
            listCycles: () => Promise.resolve([]),
            siteRoles: siteRolesOf({ admin: true, coach: true }),
            ...repository,
          } as OkrRepository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me,
        }}
      >
        {onBack ? (
          <ProgrammePage onBack={onBack} />
        ) : (
          <ProgrammeScreen {...(initialSection ? { initialSection } : {})} />
        )}
      </AppServicesProvider>
    </FluentProvider>,
  );
}
