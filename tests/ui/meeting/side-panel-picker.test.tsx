import { fireEvent, screen } from '@testing-library/react';
import { selectPrompts } from '../../../src/core/coaching';
import type { KeyResult, Objective } from '../../../src/core/model';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import { keyResult, objective } from '../../core/fixtures';
import { panelState, renderPanel } from '../support/side-panel';

const group = (theObjective: Objective, keyResults: KeyResult[]) => ({
  objective: theObjective,
  keyResults,
});

test('the side panel offers "All N of this objective" only where there is more than one to pick', () => {
  const groups = [
    group(objective({ id: 'o1', title: 'Win the mid-market' }), [
      keyResult({ id: 'k1', title: 'New customers from 10 to 40' }),
      keyResult({ id: 'k2', title: 'Pipeline coverage from 2x to 3.5x' }),
    ]),
    group(objective({ id: 'o2', title: 'Increase NPS to 50' }), [
      keyResult({ id: 'k3', title: 'Send the NPS survey every month' }),
    ]),
  ];
  renderPanel(panelState({ groups, pickerGroups: groups }));
  expect(screen.getByRole('checkbox', { name: 'All 2 of this objective' })).toBeTruthy();
  expect(screen.queryByRole('checkbox', { name: /^All 1 / })).toBeNull();
  expect(screen.getByRole('checkbox', { name: 'Send the NPS survey every month' })).toBeTruthy();
});

test('a prompt names its source in a few words and opens the whole citation on demand', () => {
  const prompts = selectPrompts('weekly-check-in', { model: defaultOperatingModel });
  const prompt = prompts[0]!;
  renderPanel(panelState({ prompts: prompts.slice(0, 1) }));
  const source = screen.getByRole('button', { name: `Source: ${prompt.shortCitation}` });
  expect(source.getAttribute('aria-expanded')).toBe('false');
  const whole = document.getElementById(source.getAttribute('aria-controls')!)!;
  expect(whole.textContent).toContain(prompt.citation);
  expect(whole.hidden).toBe(true);

  fireEvent.click(source);
  expect(source.getAttribute('aria-expanded')).toBe('true');
  expect(whole.hidden).toBe(false);
  expect(screen.getByText(prompt.citation)).toBeTruthy();

  fireEvent.click(source);
  expect(whole.hidden).toBe(true);
});

test('the side panel’s mode tabs switch between check-in and planning before the tab list loads', () => {
  const setMode = jest.fn();
  renderPanel(panelState({ setMode }));
  const tabs = screen.getByRole('tablist', { name: 'Meeting mode' });
  expect(tabs.getAttribute('aria-orientation')).toBe('horizontal');
  const checkIn = screen.getByRole('tab', { name: 'Check-in' });
  expect(checkIn.getAttribute('aria-selected')).toBe('true');
  fireEvent.click(screen.getByRole('tab', { name: 'Planning' }));
  expect(setMode).toHaveBeenCalledWith('planning');
});

test('an attendee, who cannot share to the stage, reads the key results and why, with nothing to pick', () => {
  const groups = [
    group(objective({ id: 'o1', title: 'Win the mid-market' }), [
      keyResult({ id: 'k1', title: 'New customers from 10 to 40' }),
      keyResult({ id: 'k2', title: 'Pipeline coverage from 2x to 3.5x' }),
    ]),
  ];
  renderPanel(
    panelState({
      groups,
      pickerGroups: groups,
      canShare: false,
      shareRefusal:
        'Only the organizer or a presenter can share a check-in round to the stage. Ask them to share it; you vote on the stage.',
    }),
  );
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  expect(screen.queryByRole('button', { name: 'Share to stage' })).toBeNull();
  const section = screen.getByRole('region', { name: 'Key results to review' });
  expect(section.getAttribute('aria-describedby')).toBe('pick-why');
  expect(document.getElementById('pick-why')?.textContent).toMatch(/^Only the organizer/);
  const list = screen.getByRole('list', { name: 'Win the mid-market' });
  expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
    'New customers from 10 to 40',
    'Pipeline coverage from 2x to 3.5x',
  ]);
});
