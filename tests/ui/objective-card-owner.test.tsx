import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { Objective } from '../../src/core/model';
import { ObjectiveCard } from '../../src/ui/components/ObjectiveCard/ObjectiveCard';
import { RowClassesProvider } from '../../src/ui/components/RowClasses';

/**
 * An objective card names its owner, and says when it has none, as a KR row does: an objective
 * imported without an owner showed only "Committed", as if nobody needed to be found for it.
 */
const objective: Objective = {
  id: 'o1',
  cycleId: 'c1',
  teamId: 't1',
  title: 'Increase NPS to 50',
  description: '',
  commitment: 'committed',
  state: 'active',
};

function renderCard(shown: Objective) {
  render(
    <FluentProvider theme={webLightTheme}>
      <RowClassesProvider>
        <ObjectiveCard
          view={{ objective: shown, progress: 0, status: 'notStarted', keyResults: [] }}
          confidenceMax={10}
        />
      </RowClassesProvider>
    </FluentProvider>,
  );
  return screen.getByRole('article', { name: shown.title });
}

test('says "no owner" on an objective nobody owns', () => {
  expect(renderCard(objective).textContent).toContain('no owner · Committed');
});

test('names the owner of an owned objective', () => {
  const card = renderCard({ ...objective, owner: { id: 'p1', displayName: 'Lee Gu' } });
  expect(card.textContent).toContain('Lee Gu · Committed');
  expect(card.textContent).not.toContain('no owner');
});
