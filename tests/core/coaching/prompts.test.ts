import { promptThemes, rituals, selectPrompts } from '../../../src/core/coaching';
import { toIsoDate } from '../../../src/core/dates';
import { defaultOperatingModel as model } from '../../../src/core/operating-model';
import { checkIn, keyResult, objective, quarter } from './builders';

const today = '2026-08-05';

describe('ritual prompts', () => {
  it.each(rituals)('%s has a standing prompt for every theme of the method', (ritual) => {
    const prompts = selectPrompts(ritual, { model });
    expect(new Set(prompts.map((prompt) => prompt.theme))).toEqual(new Set(promptThemes));
    for (const prompt of prompts) {
      expect(prompt.text).not.toMatch(/\{\w+\}/);
      expect(prompt.citation.length).toBeGreaterThan(20);
    }
  });

  it('weaves the organisation’s own “why we use OKRs” story into the planning prompt', () => {
    const story = selectPrompts('planning', {
      model: { ...model, story: 'We use OKRs to learn faster than our rivals. More text.' },
    }).find((prompt) => prompt.theme === 'story');
    expect(story!.text).toContain('“We use OKRs to learn faster than our rivals.”');
  });

  it('asks "What changed since last week?" first for a key result whose confidence fell', () => {
    const kr = keyResult({ id: 'k1', current: 88 });
    const [first] = selectPrompts('weekly-check-in', {
      model,
      today,
      dayOf: toIsoDate,
      cycle: quarter,
      keyResults: [kr],
      checkIns: [
        checkIn('k1', '2026-07-28T09:00:00Z', 86, 7),
        checkIn('k1', '2026-08-04T09:00:00Z', 88, 4),
      ],
    });
    expect(first!.trigger).toBe('confidence-fell');
    expect(first!.text).toBe(
      'Confidence in “Raise CSAT from 82% to 95%” fell from 7 to 4. What changed since last week?',
    );
    expect(first!.target).toEqual({
      kind: 'keyResult',
      id: 'k1',
      text: 'Raise CSAT from 82% to 95%',
    });
  });

  it('gives a wide vote spread and votes below the owner’s confidence their own prompts', () => {
    const prompts = selectPrompts('weekly-check-in', {
      model,
      votes: { votes: [3, 8, 6, 4], ownerConfidence: 8 },
    });
    expect(prompts.slice(0, 2).map((prompt) => prompt.trigger)).toEqual([
      'vote-spread',
      'votes-below-owner',
    ]);
    expect(prompts[0]!.text).toBe(
      'Votes range from 3 to 8. Could the lowest and the highest voter each say what they see that the others may not?',
    );
    expect(prompts[1]!.text).toContain('The team’s confidence (5.3) is below the owner’s (8).');
  });

  it('reads agreement and a team more confident than its owner', () => {
    const agree = selectPrompts('weekly-check-in', {
      model,
      votes: { votes: [7, 7, 8], ownerConfidence: 7 },
    });
    expect(agree[0]!.trigger).toBe('votes-agree');
    const above = selectPrompts('mid-cycle-review', {
      model,
      votes: { votes: [8, 9, 8], ownerConfidence: 5 },
    });
    expect(above[0]!.trigger).toBe('votes-above-owner');
    const noVotes = selectPrompts('weekly-check-in', { model, votes: { votes: [] } });
    expect(noVotes.every((prompt) => prompt.trigger === 'always')).toBe(true);
  });

  it('asks "so what?" in planning for a key result that is really a task, and flags a metric objective', () => {
    const task = keyResult({ id: 'k9', title: 'Launch in-app live chat' });
    const metric = objective({ id: 'o-support', title: 'Improve CSAT by 10%' });
    const prompts = selectPrompts('planning', { model, keyResults: [task], objectives: [metric] });
    const triggers = prompts.map((prompt) => prompt.trigger);
    expect(triggers.slice(0, 3)).toEqual([
      'output-key-result',
      'metric-objective',
      'key-result-count',
    ]);
    expect(prompts[0]!.text).toMatch(/^“Launch in-app live chat” is work we will do\. So what\?/);
  });

  it('brings behind-pace, stale and unowned key results into the mid-cycle review', () => {
    const behind = keyResult({ id: 'k1', current: 82, lastCheckInAt: '2026-08-03T09:00:00Z' });
    const stale = {
      ...keyResult({
        id: 'k2',
        title: 'Cut first response time from 4h to 1h',
        lastCheckInAt: '2026-07-05T09:00:00Z',
        kind: 'decrease',
        start: 4,
        target: 1,
        current: 2,
      }),
      owner: undefined,
    };
    const prompts = selectPrompts('mid-cycle-review', {
      model,
      today,
      dayOf: toIsoDate,
      cycle: quarter,
      keyResults: [behind, stale],
    });
    const contextual = prompts
      .filter((prompt) => prompt.trigger !== 'always')
      .map((prompt) => `${prompt.trigger}:${prompt.target?.id}`);
    expect(contextual).toEqual(['behind-pace:k1', 'stale-check-in:k2', 'no-owner:k2']);
    expect(prompts.filter((prompt) => prompt.trigger === 'always')).toHaveLength(
      promptThemes.length,
    );
  });

  it('does not bring weekly-only prompts into the retrospective', () => {
    const prompts = selectPrompts('retrospective', {
      model,
      votes: { votes: [1, 10], ownerConfidence: 10 },
    });
    expect(
      prompts.every((prompt) => prompt.ritual === 'retrospective' && prompt.trigger === 'always'),
    ).toBe(true);
  });
});
