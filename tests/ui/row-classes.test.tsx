import { fireEvent, render, screen, within } from '@testing-library/react';
import {
  Badge,
  Button,
  FluentProvider,
  Link,
  makeStyles,
  ProgressBar as FluentProgressBar,
  Subtitle2,
  Text,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { KeyResult, Objective } from '../../src/core/model';
import type { KeyResultView } from '../../src/ui/board/boardView.types';
import { KeyResultRow } from '../../src/ui/components/KeyResultRow/KeyResultRow';
import { ObjectiveCard } from '../../src/ui/components/ObjectiveCard/ObjectiveCard';
import {
  RowClassesProvider,
  useRowClasses,
  type RowClasses,
} from '../../src/ui/components/RowClasses';

/**
 * A board row paints plain elements with the classes of Fluent's own styles hooks (taken once
 * for the board): each must render as the Fluent component it stands for.
 */
const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Grow recurring revenue',
  kind: 'increase',
  start: 0,
  target: 100,
  current: 40,
  unit: 'k€',
  weight: 1,
  confidence: 7,
  owner: { id: 'p2', displayName: 'Pat' },
};

/** The KR on track, as the board views it, awaiting its check-in (so it offers a Nudge). */
const onTrack: KeyResultView = {
  keyResult,
  progress: 0.4,
  status: 'onTrack',
  needsCheckIn: true,
  initiatives: [],
};

const objective: Objective = {
  id: 'o1',
  cycleId: 'c1',
  teamId: 't1',
  title: 'Customers love onboarding',
  description: '',
  commitment: 'committed',
  state: 'active',
};

function classOf(element: Element | null): string {
  if (!element) throw new Error('The element is not in the page.');
  return element.getAttribute('class') ?? '';
}

/** A heading's own reset, as a Fluent app gives `<Subtitle2 as="h3">` through `className`. */
const useHeadingStyles = makeStyles({ heading: { margin: 0 } });

/** Fluent's own components, for the classes and attributes they render. */
function Reference() {
  const headingStyles = useHeadingStyles();
  return (
    <div data-testid="fluent">
      <Button
        size="small"
        appearance="subtle"
        icon={<EditRegular />}
        aria-label="icon"
        title="Edit"
      />
      <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label="off" disabled />
      <Button size="small" appearance="primary" aria-label="primary">
        Check in
      </Button>
      <FluentProgressBar value={0.4} max={1} thickness="large" color="success" aria-label="bar" />
      <Badge appearance="tint" color="success" shape="rounded">
        badge
      </Badge>
      <Text weight="semibold">strong</Text>
      <Subtitle2 as="h3" className={headingStyles.heading}>
        subtitle
      </Subtitle2>
    </div>
  );
}

function renderBoth(node: ReactNode, theme = webLightTheme) {
  render(
    <FluentProvider theme={theme}>
      <Reference />
      <RowClassesProvider>{node}</RowClassesProvider>
    </FluentProvider>,
  );
  return within(screen.getByTestId('fluent'));
}

describe.each([
  ['light', webLightTheme],
  ['dark', webDarkTheme],
])('a board row, %s theme', (_, theme) => {
  it('renders its buttons as Fluent renders a small subtle icon button and a primary one', () => {
    const onEdit = jest.fn();
    const onCheckIn = jest.fn();
    const sendNudge = jest.fn();
    const fluent = renderBoth(
      <ul>
        <KeyResultRow
          view={onTrack}
          confidenceMax={10}
          onEdit={onEdit}
          onCheckIn={onCheckIn}
          nudge={{ canNudge: () => true, nudge: sendNudge, sending: keyResult.id }}
        />
      </ul>,
      theme,
    );
    const reference = fluent.getByRole('button', { name: 'icon' });
    const edit = screen.getByRole('button', { name: `Edit ${keyResult.title}` });
    expect(classOf(edit)).toBe(classOf(reference));
    expect(classOf(edit.firstElementChild)).toBe(classOf(reference.firstElementChild));
    expect(edit.getAttribute('type')).toBe('button');
    expect(edit.getAttribute('title')).toBe('Edit');
    fireEvent.click(edit);
    expect(onEdit).toHaveBeenCalledWith(keyResult);

    const checkIn = screen.getByRole('button', { name: `Check in on ${keyResult.title}` });
    expect(classOf(checkIn)).toBe(classOf(fluent.getByRole('button', { name: 'primary' })));
    expect(checkIn.textContent).toBe('Check in');
    fireEvent.click(checkIn);
    expect(onCheckIn).toHaveBeenCalledWith(keyResult);

    // The nudge being sent: looks as a disabled Fluent button, and is one for a screen reader,
    // but keeps the focus (Fluent's disabledFocusable); pressed again, it sends nothing.
    const nudge = screen.getByRole('button', {
      name: `Nudge Pat to check in on ${keyResult.title}`,
    });
    expect(nudge.getAttribute('aria-disabled')).toBe('true');
    expect(nudge.hasAttribute('disabled')).toBe(false);
    fireEvent.click(nudge);
    expect(sendNudge).not.toHaveBeenCalled();
    expect(classOf(nudge)).toBe(classOf(fluent.getByRole('button', { name: 'off' })));
  });

  it('renders its progress bar, badge and texts with Fluent’s classes', () => {
    const fluent = renderBoth(
      <ul>
        <KeyResultRow view={onTrack} confidenceMax={10} />
      </ul>,
      theme,
    );
    const bar = screen.getByRole('progressbar', { name: `${keyResult.title}: 40% progress` });
    const reference = fluent.getByRole('progressbar', { name: 'bar' });
    for (const name of ['aria-valuemin', 'aria-valuemax', 'aria-valuenow']) {
      expect(bar.getAttribute(name)).toBe(reference.getAttribute(name));
    }
    // The row's own layout class is merged into Fluent's root, as on Fluent's `className`.
    expect(classOf(bar).split(' ')).toEqual(expect.arrayContaining(['fui-ProgressBar']));
    expect(classOf(bar.firstElementChild)).toBe(classOf(reference.firstElementChild));
    expect(bar.firstElementChild?.getAttribute('style')).toBe(
      reference.firstElementChild?.getAttribute('style'),
    );
    expect(classOf(screen.getByText('On track').parentElement).split(' ')[0]).toBe(
      classOf(fluent.getByText('badge')).split(' ')[0],
    );
    expect(classOf(screen.getByText(keyResult.title))).toBe(classOf(fluent.getByText('strong')));
  });
});

describe('an objective card', () => {
  it('titles itself as a Fluent Subtitle2 heading, with Fluent buttons', () => {
    const onEditObjective = jest.fn();
    const fluent = renderBoth(
      <ObjectiveCard
        view={{ objective, progress: 0, status: 'notStarted', keyResults: [] }}
        confidenceMax={10}
        onEditObjective={onEditObjective}
        onToggleCollapsed={jest.fn()}
      />,
    );
    const heading = screen.getByRole('heading', { level: 3, name: objective.title });
    // Griffel's `___` class names a merge of classes, no rule: it differs with where they come from.
    const rules = (element: Element) =>
      classOf(element)
        .split(' ')
        .filter((name) => !name.startsWith('___'));
    expect(rules(heading)).toEqual(rules(fluent.getByRole('heading', { name: 'subtitle' })));
    const edit = screen.getByRole('button', { name: `Edit ${objective.title}` });
    expect(classOf(edit)).toBe(classOf(fluent.getByRole('button', { name: 'icon' })));
    fireEvent.click(edit);
    expect(onEditObjective).toHaveBeenCalledWith(objective);
    const toggle = screen.getByRole('button', { name: `Key results of ${objective.title}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('the rows’ badges', () => {
  it('are Fluent’s tinted, rounded, medium Badge of each colour', () => {
    const colors = [
      'brand',
      'danger',
      'important',
      'informative',
      'severe',
      'subtle',
      'success',
      'warning',
    ] as const;
    let classes: RowClasses | undefined;
    function ReadClasses() {
      classes = useRowClasses();
      return null;
    }
    render(
      <FluentProvider theme={webLightTheme}>
        {colors.map((color) => (
          <Badge key={color} appearance="tint" shape="rounded" color={color}>
            {color}
          </Badge>
        ))}
        <RowClassesProvider>
          <ReadClasses />
        </RowClassesProvider>
      </FluentProvider>,
    );
    for (const color of colors) {
      expect(classes?.badge[color]).toBe(classOf(screen.getByText(color)));
    }
  });
});

describe('a row’s links and initiatives', () => {
  it('render as Fluent renders a Link to a page, a Link as a button and a tinted Badge', () => {
    const described: KeyResultView = {
      ...onTrack,
      keyResult: { ...keyResult, description: 'Why it matters. '.repeat(20) },
      initiatives: [
        {
          id: 'i1',
          keyResultId: keyResult.id,
          title: 'Onboarding survey',
          status: 'inProgress',
          link: 'https://example.com/plan',
        },
      ],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <div data-testid="fluent">
          <Link href="https://example.com/plan" target="_blank" rel="noopener noreferrer">
            Onboarding survey
          </Link>
          <Link as="button" aria-expanded={false}>
            Show more
          </Link>
          <Badge appearance="tint" shape="rounded" color="brand">
            In progress
          </Badge>
        </div>
        <ul data-testid="row">
          <KeyResultRow view={described} confidenceMax={10} />
        </ul>
      </FluentProvider>,
    );
    const fluent = within(screen.getByTestId('fluent'));
    const row = within(screen.getByTestId('row'));
    expect(row.getByRole('link', { name: 'Onboarding survey' }).outerHTML).toBe(
      fluent.getByRole('link').outerHTML,
    );
    const more = row.getByRole('button', { name: /^Show more of the details/ });
    const fluentMore = fluent.getByRole('button', { name: 'Show more' });
    for (const name of ['class', 'type', 'aria-expanded']) {
      expect(more.getAttribute(name)).toBe(fluentMore.getAttribute(name));
    }
    expect(row.getByText('In progress').outerHTML).toBe(fluent.getByText('In progress').outerHTML);
  });
});

describe('a row shown alone (no board around it)', () => {
  it('takes the same classes itself', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Reference />
        <ul>
          <KeyResultRow view={onTrack} confidenceMax={10} onEdit={jest.fn()} />
        </ul>
      </FluentProvider>,
    );
    expect(classOf(screen.getByRole('button', { name: `Edit ${keyResult.title}` }))).toBe(
      classOf(screen.getByRole('button', { name: 'icon' })),
    );
  });
});
