import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import type { OkrRepository } from '../../../src/store/repository';
import { AppServicesProvider } from '../../../src/ui/app/AppServices';

/** Adele, the signed-in person of the DOM tests that render a component with its services. */
export const adele = { id: 'adele', displayName: 'Adele Vance' };

/** Renders a component as a page would: Fluent's light theme and these services, signed in as Adele. */
export function renderWithServices(repository: OkrRepository, node: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: {} as never,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        {node}
      </AppServicesProvider>
    </FluentProvider>,
  );
}
