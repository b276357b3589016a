import { defaultOperatingModel as model } from '../../../src/core/operating-model';
import { discussionPrompt } from '../../../src/core/rituals/discussion';
import {
  initialRound,
  medianMark,
  proposedConfidence,
  roundCheckInClientId,
  roundSummary,
  summaryText,
  voteStatistics,
  type RoundControl,
} from '../../../src/core/rituals';
import { keyResult } from '../fixtures';

describe('vote statistics', () => {
  it('summarises the votes once, for the stage and the prompts', () => {
    expect(voteStatistics([3, 8, 5])).toEqual({
      count: 3,
      min: 3,
      max: 8,
      range: 5,
      mean: 5.3,
      median: 5,
      histogram: [
        { value: 3, count: 1 },
        { value: 5, count: 1 },
        { value: 8, count: 1 },
      ],
    });
    expect(voteStatistics([8, 7, 4, 7])).toMatchObject({
      median: 7,
      histogram: [
        { value: 4, count: 1 },
        { value: 7, count: 2 },
        { value: 8, count: 1 },
      ],
    });
    expect(voteStatistics([Number.NaN, 4])).toMatchObject({ count: 1, min: 4, max: 4 });
    expect(voteStatistics([])).toBeUndefined();
  });

  it('marks the median on the value voted in the middle, or halfway between the two middle votes', () => {
    // An odd count: the middle vote.
    expect(medianMark(voteStatistics([3, 8, 5]))).toEqual({ median: 5, from: 5, to: 5 });
    expect(medianMark(voteStatistics([9]))).toEqual({ median: 9, from: 9, to: 9 });
    // An even count: halfway between the two middle votes, on a value when they are two apart.
    expect(medianMark(voteStatistics([4, 7]))).toEqual({ median: 5.5, from: 5, to: 6 });
    expect(medianMark(voteStatistics([2, 4, 8, 10]))).toEqual({ median: 6, from: 6, to: 6 });
    expect(medianMark(voteStatistics([8, 7, 4, 7]))).toEqual({ median: 7, from: 7, to: 7 });
    // No votes (or none valid): no median, no mark.
    expect(medianMark(voteStatistics([]))).toBeUndefined();
    expect(medianMark(voteStatistics([Number.NaN]))).toBeUndefined();
  });

  it('proposes the rounded median as the agreed confidence', () => {
    expect(proposedConfidence(voteStatistics([4, 7])!)).toBe(6);
    expect(proposedConfidence(voteStatistics([3, 8, 5])!)).toBe(5);
  });
});

describe('the discussion prompt', () => {
  const kr = keyResult({ id: '41', confidence: 8 });

  it('asks the lowest and highest voter to speak when the spread is wide', () => {
    const prompt = discussionPrompt({ ...kr, confidence: undefined }, [3, 8, 5], model);
    expect(prompt?.trigger).toBe('vote-spread');
    expect(prompt?.text).toContain('3');
    expect(prompt?.text).toContain('8');
    expect(prompt?.citation).toMatch(/planning poker/);
  });

  it('names the gap when the room is below the owner', () => {
    expect(discussionPrompt({ ...kr, confidence: 9 }, [4, 4, 4], model)?.trigger).toBe(
      'votes-below-owner',
    );
  });

  it('asks for the next point when everyone agrees', () => {
    expect(discussionPrompt({ ...kr, confidence: 7 }, [7, 7, 7], model)?.trigger).toBe(
      'votes-agree',
    );
  });
});

describe('the round’s summary', () => {
  const control: RoundControl = {
    ...initialRound({ roundId: 'r1', keyResultIds: ['41', '42', '43', '44'] }),
    position: 3,
    phase: 'finished',
    outcomes: {
      '41': {
        keyResultId: '41',
        value: 3100,
        confidence: 5,
        previousConfidence: 7,
        checkInClientId: roundCheckInClientId('r1', '41'),
        savedBy: 'Adele',
        prompt: 'Lowest and highest: what do you see?',
      },
      '43': {
        keyResultId: '43',
        value: 6,
        confidence: 7,
        previousConfidence: 6,
        checkInClientId: roundCheckInClientId('r1', '43'),
        savedBy: 'Adele',
        prompt: 'Lowest and highest: what do you see?',
      },
    },
    skipped: { '42': { keyResultId: '42', reason: 'Owner is away', skippedBy: 'Adele' } },
  };

  it('counts what was saved, skipped and not reached, and the average confidence change', () => {
    const summary = roundSummary(control);
    expect(summary.saved.map((outcome) => outcome.keyResultId)).toEqual(['41', '43']);
    expect(summary.skipped.map((skipped) => skipped.keyResultId)).toEqual(['42']);
    expect(summary.notReviewed).toEqual(['44']);
    expect(summary.averageConfidenceChange).toBe(-0.5);
    // Once, with the KRs it was shown for: a prompt need not name its KR.
    expect(summary.prompts).toEqual([
      { text: 'Lowest and highest: what do you see?', keyResultIds: ['41', '43'] },
    ]);
  });

  it('reads as plain text for the meeting chat', () => {
    const titles: Record<string, string> = {
      '41': 'WAU',
      '42': '<b>NPS</b>',
      '43': 'TTV',
      '44': 'Churn',
    };
    expect(
      summaryText(roundSummary(control), {
        titleOf: (id) => titles[id] ?? id,
        valueOf: (id, value) => (id === '41' ? `${value} users` : String(value)),
      }),
    ).toBe(
      [
        'OKR check-in round',
        '2 saved, 1 skipped, 1 not reviewed; average confidence change −0.5.',
        '- Saved: WAU: 3100 users, confidence 5 (was 7)',
        '- Saved: TTV: 6, confidence 7 (was 6)',
        '- Skipped: <b>NPS</b>: Owner is away',
        '- Not reviewed: Churn',
        'Discussed:',
        '- WAU; TTV: Lowest and highest: what do you see?',
      ].join('\n'),
    );
  });

  it('has no average change when no saved KR had a confidence before', () => {
    const summary = roundSummary({ ...control, outcomes: {}, skipped: {} });
    expect(summary.averageConfidenceChange).toBeUndefined();
    expect(summary.notReviewed).toHaveLength(4);
  });
});
