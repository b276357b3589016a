import {
  applyRoundAction,
  canFacilitate,
  currentKeyResultId,
  currentRound,
  initialRound,
  keyResultAfterRound,
  meetingSessionOf,
  nextRevision,
  notReviewedIfEnded,
  recordDue,
  revealDue,
  revealedVotesLostBy,
  roundKeyResults,
  roundCheckInClientId,
  roundSummary,
  sealVote,
  startDecision,
  verifyVotes,
  validVotes,
  votesCast,
  votingOn,
  type Participant,
  type RoundAction,
  type RoundControl,
  type RoundOutcome,
} from '../../../src/core/rituals';
import { keyResult } from '../fixtures';
import { saltOf, sha256 } from './support';

const setup = { roundId: 'r1', keyResultIds: ['41', '42'] };
const organizer = ['organizer'] as const;
const presenter = ['presenter'] as const;
const attendee = ['attendee'] as const;
const scale = { min: 1, max: 10 };

function step(control: RoundControl, ...actions: RoundAction[]) {
  return actions.reduce((current, action) => {
    const result = applyRoundAction(current, action, organizer);
    if (!result.ok) throw new Error(result.reason);
    return result.control;
  }, control);
}

function outcome(keyResultId: string, extra: Partial<RoundOutcome> = {}): RoundOutcome {
  return {
    keyResultId,
    value: 12,
    confidence: 5,
    checkInClientId: roundCheckInClientId('r1', keyResultId),
    savedBy: 'Adele',
    ...extra,
  };
}

/** A participant who voted `value` honestly on the control's current vote. */
async function voter(
  control: RoundControl,
  userId: string,
  displayName: string,
  value: number,
): Promise<Participant> {
  const on = votingOn(control);
  if (!on) throw new Error('Voting is not open.');
  const commitment = await sealVote({ ...on, userId }, { value, salt: saltOf(userId) }, sha256);
  return { userId, displayName, roles: ['attendee'], ballots: [{ ...on, commitment }] };
}

/** The participant's client publishing its reveal. */
function revealing(participant: Participant, value: number): Participant {
  const [ballot] = participant.ballots;
  if (!ballot) throw new Error('No ballot.');
  const reveal = { value, salt: saltOf(participant.userId) };
  return { ...participant, ballots: [{ ...ballot, reveal }] };
}

const sealedOf = (control: RoundControl, participants: Participant[]): RoundAction => ({
  type: 'reveal',
  sealed: votesCast(control, participants),
});

describe('who runs the round', () => {
  it('lets organizers and presenters facilitate, not attendees', () => {
    expect(canFacilitate(organizer)).toBe(true);
    expect(canFacilitate(presenter)).toBe(true);
    expect(canFacilitate(attendee)).toBe(false);
    expect(canFacilitate([])).toBe(false);
  });

  it('refuses every facilitator step from an attendee and leaves the state alone', () => {
    const start = initialRound(setup);
    for (const action of [
      { type: 'reveal', sealed: [{ userId: 'a', displayName: 'A', commitment: 'x' }] },
      { type: 'next' },
      { type: 'revote' },
      { type: 'skip', reason: 'Owner is away', skippedBy: 'Ben' },
      { type: 'saved', outcome: outcome('41') },
    ] as const) {
      const result = applyRoundAction(start, action, attendee);
      expect(result).toEqual({
        ok: false,
        reason: 'Only the organizer or a presenter can run the check-in round.',
      });
    }
    expect(start).toEqual(initialRound(setup));
  });

  it('lets a facilitator start a round, asks before replacing one, and tells an attendee why not', () => {
    const idle = { sharing: false, roundRunning: false };
    expect(startDecision(organizer, idle)).toEqual({ kind: 'start' });
    expect(startDecision(presenter, { ...idle, sharing: true })).toEqual({
      kind: 'confirmReplace',
    });
    const refused = startDecision(attendee, idle);
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' && refused.reason).toMatch(/organizer or a presenter/);
    // When the host does not say, its own permission check decides.
    expect(startDecision(undefined, { ...idle, sharing: true })).toEqual({
      kind: 'confirmReplace',
    });
  });

  it('asks before replacing a round still running after its presenter stopped sharing', () => {
    expect(startDecision(organizer, { sharing: false, roundRunning: true })).toEqual({
      kind: 'confirmReplace',
    });
  });

  it('replaces an ended round’s recorded summary without asking, and asks while it is not recorded', () => {
    const summary = { sharing: true, roundRunning: false } as const;
    expect(startDecision(organizer, { ...summary, roundEnded: 'recorded' })).toEqual({
      kind: 'start',
    });
    expect(startDecision(presenter, { ...summary, roundEnded: 'notRecorded' })).toEqual({
      kind: 'confirmReplaceSummary',
    });
    // A round that runs (reopened, or another one) is asked about as before.
    expect(
      startDecision(organizer, { sharing: true, roundRunning: true, roundEnded: 'recorded' }),
    ).toEqual({ kind: 'confirmReplace' });
    // Not known yet whether it ended: a round may be on the stage.
    expect(
      startDecision(organizer, { sharing: true, roundRunning: 'unknown', roundEnded: undefined }),
    ).toEqual({ kind: 'confirmReplace' });
    expect(startDecision(attendee, { ...summary, roundEnded: 'recorded' }).kind).toBe('refused');
  });

  it('waits to learn whether a round still runs before starting one on an empty stage', () => {
    expect(startDecision(organizer, { sharing: false, roundRunning: 'unknown' })).toEqual({
      kind: 'wait',
    });
    // On the stage already: replacing it is asked about without waiting.
    expect(startDecision(organizer, { sharing: true, roundRunning: 'unknown' })).toEqual({
      kind: 'confirmReplace',
    });
    // The shared state could not be reached: a round may run, so ask rather than replace unseen.
    expect(startDecision(presenter, { sharing: false, roundRunning: 'unreachable' })).toEqual({
      kind: 'confirmReplace',
    });
    expect(startDecision(attendee, { sharing: false, roundRunning: 'unknown' }).kind).toBe(
      'refused',
    );
  });
});

describe('the round, step by step', () => {
  it('starts voting on the first KR', () => {
    const start = initialRound(setup);
    expect(start.phase).toBe('voting');
    expect(currentKeyResultId(start)).toBe('41');
    expect(votingOn(start)).toEqual({ roundId: 'r1', keyResultId: '41', attempt: 0 });
  });

  it('freezes one commitment per person at the reveal, in one voter order for everyone', async () => {
    const start = initialRound(setup);
    const people = [
      await voter(start, 'c', 'cai', 5),
      await voter(start, 'a', 'Ben', 8),
      await voter(start, 'b', 'Adele', 3),
    ];
    const revealed = step(start, sealedOf(start, people));
    expect(revealed.phase).toBe('revealed');
    expect(revealed.sealed.map((vote) => vote.displayName)).toEqual(['Adele', 'Ben', 'cai']);
    expect(votesCast(start, [...people].reverse())).toEqual(votesCast(start, people));
  });

  it('does not reveal when nobody voted, nor twice', () => {
    const start = initialRound(setup);
    expect(applyRoundAction(start, { type: 'reveal', sealed: [] }, organizer)).toEqual({
      ok: false,
      reason: 'Nobody has voted yet.',
    });
    const sealed = [{ userId: 'a', displayName: 'A', commitment: 'x' }];
    const revealed = step(start, { type: 'reveal', sealed });
    expect(applyRoundAction(revealed, { type: 'reveal', sealed }, presenter).ok).toBe(false);
  });

  it('saves only after the reveal, for the KR under review, and keeps the first outcome', () => {
    const start = initialRound(setup);
    expect(applyRoundAction(start, { type: 'saved', outcome: outcome('41') }, organizer).ok).toBe(
      false,
    );
    const revealed = step(start, {
      type: 'reveal',
      sealed: [{ userId: 'a', displayName: 'A', commitment: 'x' }],
    });
    expect(
      applyRoundAction(revealed, { type: 'saved', outcome: outcome('42') }, organizer).ok,
    ).toBe(false);
    const saved = step(revealed, { type: 'saved', outcome: outcome('41') });
    expect(saved.phase).toBe('saved');
    expect(saved.outcomes['41']).toEqual(outcome('41'));
    const again = applyRoundAction(
      saved,
      { type: 'saved', outcome: outcome('41', { savedBy: 'Ben', confidence: 9 }) },
      presenter,
    );
    expect(again).toEqual({ ok: true, control: saved });
  });

  it('moves on only after a save or a skip, and finishes after the last KR', () => {
    const start = initialRound(setup);
    expect(applyRoundAction(start, { type: 'next' }, organizer)).toMatchObject({ ok: false });
    const sealed = [{ userId: 'a', displayName: 'A', commitment: 'x' }];
    const second = step(
      start,
      { type: 'reveal', sealed },
      { type: 'saved', outcome: outcome('41') },
      { type: 'next' },
    );
    expect(currentKeyResultId(second)).toBe('42');
    // A new attempt on every KR visited: a ballot cast on another visit never counts.
    expect(second).toMatchObject({ phase: 'voting', attempt: 1, sealed: [] });
    const finished = step(second, { type: 'skip', reason: 'Owner is away', skippedBy: 'Adele' });
    expect(finished.phase).toBe('finished');
    expect(currentKeyResultId(finished)).toBeUndefined();
    expect(finished.skipped['42']).toEqual({
      keyResultId: '42',
      reason: 'Owner is away',
      skippedBy: 'Adele',
    });
    expect(applyRoundAction(finished, { type: 'next' }, organizer).ok).toBe(false);
  });

  it('skips only with a reason, and not once the check-in is saved', () => {
    const start = initialRound(setup);
    expect(
      applyRoundAction(start, { type: 'skip', reason: '  ', skippedBy: 'A' }, organizer),
    ).toEqual({ ok: false, reason: 'Say why the key result is skipped.' });
    expect(
      applyRoundAction(start, { type: 'skip', reason: 'x'.repeat(201), skippedBy: 'A' }, organizer)
        .ok,
    ).toBe(false);
    const saved = step(
      start,
      { type: 'reveal', sealed: [{ userId: 'a', displayName: 'A', commitment: 'x' }] },
      { type: 'saved', outcome: outcome('41') },
    );
    expect(
      applyRoundAction(saved, { type: 'skip', reason: 'late', skippedBy: 'A' }, organizer).ok,
    ).toBe(false);
  });

  it('votes again with the KR’s earlier votes cleared: they no longer count', async () => {
    const start = initialRound(setup);
    const people = [await voter(start, 'a', 'Adele', 3), await voter(start, 'b', 'Ben', 8)];
    const again = step(start, sealedOf(start, people), { type: 'revote' });
    expect(again).toMatchObject({ phase: 'voting', attempt: 1, sealed: [] });
    expect(votesCast(again, people)).toEqual([]);
    expect(votingOn(again)).toEqual({ roundId: 'r1', keyResultId: '41', attempt: 1 });
  });

  it('shows a shared state from an earlier round as this round’s start', () => {
    const earlier = step(initialRound({ roundId: 'r0', keyResultIds: ['7'] }), {
      type: 'skip',
      reason: 'r',
      skippedBy: 'A',
    });
    expect(currentRound(earlier, setup)).toEqual(initialRound(setup));
    const ours = step(initialRound(setup), { type: 'skip', reason: 'r', skippedBy: 'A' });
    expect(currentRound(ours, setup)).toBe(ours);
  });

  it('shows every participant the saved value and confidence on the KR', () => {
    const kr = keyResult({ id: '41', current: 1000, confidence: 7 });
    const start = initialRound(setup);
    expect(keyResultAfterRound(kr, start)).toBe(kr);
    const saved = step(
      start,
      { type: 'reveal', sealed: [{ userId: 'a', displayName: 'A', commitment: 'x' }] },
      { type: 'saved', outcome: outcome('41', { value: 1400, confidence: 4 }) },
    );
    expect(keyResultAfterRound(kr, saved)).toMatchObject({ current: 1400, confidence: 4 });
  });
});

describe('sealed votes', () => {
  it('shares nothing but who voted and a commitment while voting', async () => {
    const start = initialRound(setup);
    const people = [await voter(start, 'a', 'Adele', 3), await voter(start, 'b', 'Ben', 8)];
    for (const participant of people) {
      expect(participant.ballots[0]?.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(participant)).not.toMatch(/"value"|"salt"/);
    }
    // The same vote under another salt, attempt or voter seals differently.
    const base = { roundId: 'r1', keyResultId: '41', attempt: 0, userId: 'a' };
    const secret = { value: 3, salt: saltOf('a') };
    const sealed = await sealVote(base, secret, sha256);
    expect(await sealVote(base, { ...secret, salt: saltOf('z') }, sha256)).not.toBe(sealed);
    expect(await sealVote({ ...base, attempt: 1 }, secret, sha256)).not.toBe(sealed);
    expect(await sealVote({ ...base, userId: 'b' }, secret, sha256)).not.toBe(sealed);
    await expect(sealVote(base, { value: 3, salt: 'short' }, sha256)).rejects.toThrow(
      'A vote salt is 16 to 64 random bytes in lowercase hex.',
    );
  });

  it('verifies every reveal against the commitment frozen at the reveal', async () => {
    const start = initialRound(setup);
    const people = [
      await voter(start, 'a', 'Adele', 3),
      await voter(start, 'b', 'Ben', 8),
      await voter(start, 'c', 'Cai', 5),
    ];
    const revealed = step(start, sealedOf(start, people));
    const due = (control: RoundControl, person: Participant) =>
      revealDue(control, person.userId, person.ballots[0]);
    expect(people.map((person) => due(revealed, person))).toEqual([true, true, true]);
    expect(due(start, people[0]!)).toBe(false);
    expect(revealDue(revealed, 'b', people[0]!.ballots[0])).toBe(false);

    const before = await verifyVotes(revealed, people, scale, sha256);
    expect(before.map((vote) => vote.status)).toEqual(['pending', 'pending', 'pending']);

    const opened = [revealing(people[0]!, 3), revealing(people[1]!, 8), people[2]!];
    expect(due(revealed, opened[0]!)).toBe(false);
    const votes = await verifyVotes(revealed, opened, scale, sha256);
    expect(votes).toEqual([
      { userId: 'a', displayName: 'Adele', status: 'valid', value: 3 },
      { userId: 'b', displayName: 'Ben', status: 'valid', value: 8 },
      { userId: 'c', displayName: 'Cai', status: 'pending' },
    ]);
    expect(validVotes(votes)).toEqual([3, 8]);
  });

  it('keeps a vote verified on this reveal once its voter has left, and only on this reveal', async () => {
    const start = initialRound(setup);
    const people = [
      await voter(start, 'a', 'Adele', 7),
      await voter(start, 'b', 'Ben', 6),
      await voter(start, 'c', 'Cai', 2),
    ];
    const revealed = step(start, sealedOf(start, people));
    const opened = people.map((person, index) => revealing(person, [7, 6, 2][index]!));
    const verified = {
      control: revealed,
      votes: await verifyVotes(revealed, opened, scale, sha256),
    };
    expect(validVotes(verified.votes)).toEqual([7, 6, 2]);

    // Cai leaves the meeting (or reloads the stage): his connection, and the reveal in it, is gone.
    const withoutCai = opened.slice(0, 2);
    const votes = await verifyVotes(revealed, withoutCai, scale, sha256, verified);
    expect(votes[2]).toEqual({ userId: 'c', displayName: 'Cai', status: 'valid', value: 2 });
    expect(validVotes(votes)).toEqual([7, 6, 2]);

    // Another attempt at the same KR (Vote again) is a new reveal: nothing is carried into it.
    const again = step(revealed, { type: 'revote' });
    const sealedAgain = [
      await voter(again, 'a', 'Adele', 7),
      await voter(again, 'b', 'Ben', 6),
      await voter(again, 'c', 'Cai', 2),
    ];
    const revealedAgain = step(again, sealedOf(again, sealedAgain));
    const [, , cai] = await verifyVotes(
      revealedAgain,
      sealedAgain.slice(0, 2),
      scale,
      sha256,
      verified,
    );
    expect(cai).toMatchObject({ userId: 'c', status: 'pending' });
  });

  it('flags a reveal that does not open its commitment, or a vote changed after the reveal', async () => {
    const start = initialRound(setup);
    const people = [
      await voter(start, 'a', 'Adele', 3),
      await voter(start, 'b', 'Ben', 8),
      await voter(start, 'c', 'Cai', 5),
    ];
    const revealed = step(start, sealedOf(start, people));
    // Ben reveals another value than he sealed; Cai seals a new vote once the reveal started.
    const changed = await voter(start, 'c', 'Cai', 9);
    const tampered = [revealing(people[0]!, 3), revealing(people[1]!, 2), revealing(changed, 9)];
    const votes = await verifyVotes(revealed, tampered, scale, sha256);
    expect(votes).toEqual([
      { userId: 'a', displayName: 'Adele', status: 'valid', value: 3 },
      {
        userId: 'b',
        displayName: 'Ben',
        status: 'invalid',
        reason: 'does not match the sealed vote',
      },
      {
        userId: 'c',
        displayName: 'Cai',
        status: 'invalid',
        reason: 'changed after the reveal started',
      },
    ]);
    expect(validVotes(votes)).toEqual([3]);
  });

  it('does not let one participant reveal with another’s commitment, or off the scale', async () => {
    const start = initialRound(setup);
    const adele = await voter(start, 'a', 'Adele', 3);
    const copier: Participant = {
      userId: 'b',
      displayName: 'Ben',
      roles: ['attendee'],
      ballots: adele.ballots,
    };
    const offScale = await voter(start, 'c', 'Cai', 11);
    const revealed = step(start, sealedOf(start, [adele, copier, offScale]));
    const votes = await verifyVotes(
      revealed,
      [
        revealing(adele, 3),
        { ...copier, ballots: [{ ...adele.ballots[0]!, reveal: { value: 3, salt: saltOf('a') } }] },
        revealing(offScale, 11),
      ],
      scale,
      sha256,
    );
    expect(votes.map((vote) => vote.status)).toEqual(['valid', 'invalid', 'invalid']);
    expect(votes[2]).toMatchObject({ reason: 'not on the confidence scale' });
  });
});

describe('a person on several devices', () => {
  it('counts their one sealed vote, and flags two different ones', async () => {
    const start = initialRound(setup);
    const phone = await voter(start, 'a', 'Adele', 3);
    const laptop: Participant = {
      ...phone,
      ballots: [...phone.ballots, { ...votingOn(start)!, commitment: 'f'.repeat(64) }],
    };
    expect(votesCast(start, [laptop])).toHaveLength(1);
    const revealed = step(start, sealedOf(start, [phone]));
    const [one] = await verifyVotes(revealed, [revealing(phone, 3)], scale, sha256);
    expect(one).toMatchObject({ status: 'valid', value: 3 });
    const [two] = await verifyVotes(revealed, [laptop], scale, sha256);
    expect(two).toMatchObject({ status: 'invalid', reason: 'two different votes were published' });
  });
});

describe('the check-in’s client id', () => {
  it('is one per round and KR, within the store’s 64 characters', () => {
    const id = roundCheckInClientId('6f1c2a9e-1b2c-4d3e-8f90-123456789abc', '123456');
    expect(id).toBe(roundCheckInClientId('6f1c2a9e-1b2c-4d3e-8f90-123456789abc', '123456'));
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).not.toBe(roundCheckInClientId('6f1c2a9e-1b2c-4d3e-8f90-123456789abc', '123457'));
  });
});

describe('going back to a KR of the round', () => {
  const three = { roundId: 'r1', keyResultIds: ['41', '42', '43'] };
  const sealed = [{ userId: 'a', displayName: 'A', commitment: 'x' }];
  /** The round at KR 43, with 41 saved and 42 skipped. */
  const atThird = () =>
    step(
      initialRound(three),
      { type: 'reveal', sealed },
      { type: 'saved', outcome: outcome('41', { value: 3100, confidence: 5 }) },
      { type: 'next' },
      { type: 'skip', reason: 'Owner away', skippedBy: 'Adele' },
    );

  it('goes back to a saved KR showing what was saved, and forward again, for everyone', () => {
    const third = atThird();
    expect(currentKeyResultId(third)).toBe('43');
    const back = step(third, { type: 'goTo', position: 0 });
    expect(currentKeyResultId(back)).toBe('41');
    expect(back).toMatchObject({ phase: 'saved', sealed: [] });
    expect(back.outcomes['41']).toMatchObject({ value: 3100, confidence: 5 });
    const forward = step(back, { type: 'goTo', position: 2 });
    expect(forward).toMatchObject({ position: 2, phase: 'voting' });
    expect(roundKeyResults(back).map((kr) => [kr.keyResultId, kr.status, kr.current])).toEqual([
      ['41', 'saved', true],
      ['42', 'skipped', false],
      ['43', 'notReviewed', false],
    ]);
  });

  it('never counts a ballot cast on an earlier visit of the KR', async () => {
    const start = initialRound(three);
    const earlier = await voter(start, 'a', 'Adele', 3);
    const back = step(start, { type: 'goTo', position: 1 }, { type: 'goTo', position: 0 });
    expect(back.attempt).not.toBe(start.attempt);
    expect(votesCast(back, [earlier])).toEqual([]);
  });

  it('refuses a KR that is not in the round, naming the ones that are, and any step once it is over', () => {
    const third = atThird();
    expect(applyRoundAction(third, { type: 'goTo', position: 3 }, organizer)).toEqual({
      ok: false,
      reason: 'There is no key result 4 in this round: pick one from 1 to 3.',
    });
    expect(applyRoundAction(third, { type: 'goTo', position: 0.5 }, organizer).ok).toBe(false);
    expect(applyRoundAction(third, { type: 'goTo', position: 0 }, attendee).ok).toBe(false);
    const over = step(third, { type: 'skip', reason: 'No time', skippedBy: 'Adele' });
    expect(applyRoundAction(over, { type: 'goTo', position: 0 }, organizer)).toEqual({
      ok: false,
      reason: 'The round is over.',
    });
  });

  it('counts the revealed votes a move would drop, and none when nothing would be lost', () => {
    const votes = [
      { userId: 'a', displayName: 'A', commitment: 'x' },
      { userId: 'b', displayName: 'B', commitment: 'y' },
    ];
    const start = initialRound(three);
    const revealed = step(start, { type: 'reveal', sealed: votes });
    expect(revealedVotesLostBy(revealed, { type: 'goTo', position: 2 })).toBe(2);
    expect(revealedVotesLostBy(revealed, { type: 'next' })).toBe(2);
    // Skipping the KR, or voting on it again, drops them too.
    expect(
      revealedVotesLostBy(revealed, { type: 'skip', reason: 'No time', skippedBy: 'Adele' }),
    ).toBe(2);
    expect(revealedVotesLostBy(revealed, { type: 'revote' })).toBe(2);
    // Staying on the KR, or saving its outcome, drops nothing.
    expect(revealedVotesLostBy(revealed, { type: 'goTo', position: 0 })).toBe(0);
    expect(revealedVotesLostBy(revealed, { type: 'saved', outcome: outcome('41', {}) })).toBe(0);
    // While voting, once saved, and on a correction without a new vote: nothing to lose.
    expect(revealedVotesLostBy(start, { type: 'goTo', position: 1 })).toBe(0);
    const saved = step(revealed, { type: 'saved', outcome: outcome('41', {}) });
    expect(revealedVotesLostBy(saved, { type: 'next' })).toBe(0);
    const correcting = step(
      saved,
      { type: 'goTo', position: 1 },
      { type: 'goTo', position: 0 },
      {
        type: 'correct',
      },
    );
    expect(correcting.phase).toBe('revealed');
    expect(revealedVotesLostBy(correcting, { type: 'goTo', position: 1 })).toBe(0);
    expect(revealedVotesLostBy(correcting, { type: 'revote' })).toBe(0);
  });

  it('moves on from a KR gone back to as it was left: saved or skipped', () => {
    const atSkipped = step(atThird(), { type: 'goTo', position: 1 });
    expect(atSkipped.phase).toBe('voting');
    expect(currentKeyResultId(step(atSkipped, { type: 'next' }))).toBe('43');
    const atSaved = step(atThird(), { type: 'goTo', position: 0 });
    expect(step(atSaved, { type: 'next' })).toMatchObject({ position: 1, phase: 'voting' });
  });

  it('saves a correction as the next revision, keeping what it corrects, never a second first save', () => {
    const back = step(atThird(), { type: 'goTo', position: 0 });
    expect(nextRevision(back, '41')).toBe(2);
    // Saving the first revision again is refused: it would be lost (same check-in id).
    const reopened = step(back, { type: 'correct' });
    expect(reopened.phase).toBe('revealed');
    expect(
      applyRoundAction(
        reopened,
        { type: 'saved', outcome: outcome('41', { value: 3300 }) },
        organizer,
      ),
    ).toEqual({
      ok: false,
      reason: 'Another facilitator saved this key result meanwhile: look at their check-in first.',
    });
    const correction = outcome('41', {
      value: 3300,
      confidence: 6,
      revision: 2,
      checkInClientId: roundCheckInClientId('r1', '41', 2),
      corrects: {
        value: 3100,
        confidence: 5,
        checkInClientId: roundCheckInClientId('r1', '41'),
        savedBy: 'Adele',
      },
    });
    const corrected = step(reopened, { type: 'saved', outcome: correction });
    expect(corrected.outcomes['41']).toEqual(correction);
    expect(roundKeyResults(corrected)[0]?.status).toBe('corrected');
    // Saved once more by a second facilitator, or a retry: it stands, once.
    expect(step(corrected, { type: 'saved', outcome: correction })).toBe(corrected);
    expect(
      applyRoundAction(corrected, { type: 'saved', outcome: outcome('41') }, organizer).ok,
    ).toBe(false);
  });

  it('votes again on a saved KR, and a KR skipped then saved is no longer skipped', () => {
    const atSkipped = step(atThird(), { type: 'goTo', position: 1 });
    const saved = step(
      atSkipped,
      { type: 'reveal', sealed },
      { type: 'saved', outcome: outcome('42') },
    );
    expect(saved.skipped['42']).toBeUndefined();
    expect(roundKeyResults(saved)[1]?.status).toBe('saved');
    const again = step(saved, { type: 'revote' });
    expect(again).toMatchObject({ phase: 'voting', attempt: saved.attempt + 1 });
    expect(
      applyRoundAction(again, { type: 'skip', reason: 'x', skippedBy: 'A' }, organizer).ok,
    ).toBe(false);
  });

  it('gives a correction a check-in id of its own, within 64 characters', () => {
    const round = '6f1c2a9e-1b2c-4d3e-8f90-123456789abc';
    const second = roundCheckInClientId(round, '123456', 2);
    expect(second).not.toBe(roundCheckInClientId(round, '123456'));
    expect(roundCheckInClientId(round, '123456', 1)).toBe(roundCheckInClientId(round, '123456'));
    expect(second.length).toBeLessThanOrEqual(64);
  });
});

describe('the round’s start, end and record', () => {
  const adele = { id: 'u-adele', displayName: 'Adele' };
  const ben = { id: 'u-ben', displayName: 'Ben' };
  const one = { roundId: 'r1', keyResultIds: ['41'] };
  const finishedBy = (
    by: typeof adele,
    control = initialRound(one, '2026-12-02T10:00:00.000Z'),
  ) => {
    const result = applyRoundAction(
      control,
      { type: 'skip', reason: 'No time', skippedBy: by.displayName },
      organizer,
      { at: '2026-12-02T10:25:00.000Z', by },
    );
    if (!result.ok) throw new Error(result.reason);
    return result.control;
  };

  it('keeps the round’s start through every step', () => {
    const started = initialRound(one, '2026-12-02T10:00:00.000Z');
    expect(started.startedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(step(started, { type: 'goTo', position: 0 }).startedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(finishedBy(adele, started).startedAt).toBe('2026-12-02T10:00:00.000Z');
  });

  it('keeps who took the latest step as the round’s facilitator, not who recorded it', () => {
    const stamp = (by: typeof adele) => ({ at: '2026-12-02T10:05:00.000Z', by });
    const revealed = applyRoundAction(
      initialRound(setup),
      { type: 'reveal', sealed: [{ userId: 'a', displayName: 'A', commitment: 'x' }] },
      organizer,
      stamp(adele),
    );
    expect(revealed.ok && revealed.control.facilitatedBy).toEqual(adele);
    const finished = finishedBy(ben);
    expect(finished.facilitatedBy).toEqual(ben);
    const recorded = applyRoundAction(
      finished,
      { type: 'recorded', at: '2026-12-02T10:26:00.000Z' },
      organizer,
      stamp(adele),
    );
    expect(recorded.ok && recorded.control.facilitatedBy).toEqual(ben);
  });

  it('records the round’s own start and end, and who finished it, whoever writes the record', () => {
    const finished = finishedBy(ben);
    expect(finished.finished).toEqual({ at: '2026-12-02T10:25:00.000Z', by: ben });
    const record = meetingSessionOf(finished, {
      meetingId: 'm',
      cycleId: '3',
      teamIds: ['12'],
      // Adele's stage writes it, having opened the stage at 10:20.
      facilitator: adele,
      startedAt: '2026-12-02T10:20:00.000Z',
      endedAt: '2026-12-02T10:26:00.000Z',
      titleOf: (id) => id,
      valueOf: (_id, value) => String(value),
    });
    expect(record).toMatchObject({
      facilitator: ben,
      startedAt: '2026-12-02T10:00:00.000Z',
      endedAt: '2026-12-02T10:25:00.000Z',
    });
  });

  it('reopens a round ended by mistake on the KR it ended on, to be finished and recorded again', () => {
    const recorded = step(finishedBy(ben), { type: 'recorded', at: '2026-12-02T10:25:01.000Z' });
    const reopened = applyRoundAction(recorded, { type: 'reopen' }, presenter, {
      at: '2026-12-02T10:26:00.000Z',
      by: adele,
    });
    if (!reopened.ok) throw new Error(reopened.reason);
    const going = reopened.control;
    // Back on its last KR, open to votes (it was skipped, and stays so until saved), for everyone.
    expect(going).toMatchObject({ phase: 'voting', position: 0, facilitatedBy: adele });
    expect(going.attempt).toBeGreaterThan(recorded.attempt);
    expect(going.skipped['41']).toEqual({ keyResultId: '41', reason: 'No time', skippedBy: 'Ben' });
    expect(going.startedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(going.finished).toBeUndefined();
    expect(going.recordedAt).toBeUndefined();
    // Finished again, by Adele: her stage writes the record again.
    const again = finishedBy(adele, going);
    expect(again.finished?.by).toEqual(adele);
    expect(recordDue(again, adele.id, [adele.id, ben.id])).toBe(true);
    // A round that is not over is not reopened, and only a facilitator reopens one.
    expect(applyRoundAction(going, { type: 'reopen' }, organizer)).toEqual({
      ok: false,
      reason: 'The round is not over: there is nothing to reopen.',
    });
    expect(applyRoundAction(recorded, { type: 'reopen' }, attendee).ok).toBe(false);
    // A KR saved before it ended is shown saved again.
    const saved = step(
      initialRound(one),
      { type: 'reveal', sealed: [{ userId: 'a', displayName: 'A', commitment: 'x' }] },
      { type: 'saved', outcome: outcome('41') },
      { type: 'next' },
      { type: 'reopen' },
    );
    expect(saved).toMatchObject({ phase: 'saved', position: 0 });
  });

  it('is written by the facilitator who finished it, or by another once they have left, until it is recorded', () => {
    const finished = finishedBy(ben);
    expect(recordDue(finished, ben.id, [adele.id, ben.id])).toBe(true);
    expect(recordDue(finished, adele.id, [adele.id, ben.id])).toBe(false);
    // Ben left before his write went out: Adele's stage writes it.
    expect(recordDue(finished, adele.id, [adele.id])).toBe(true);
    const recorded = step(finished, { type: 'recorded', at: '2026-12-02T10:25:01.000Z' });
    expect(recorded.recordedAt).toBe('2026-12-02T10:25:01.000Z');
    expect(recordDue(recorded, ben.id, [ben.id])).toBe(false);
    expect(recordDue(recorded, adele.id, [adele.id])).toBe(false);
    // Not before the round is over.
    expect(recordDue(initialRound(one, 'x'), ben.id, [ben.id])).toBe(false);
    expect(
      applyRoundAction(initialRound(one, 'x'), { type: 'recorded', at: 'y' }, organizer).ok,
    ).toBe(false);
  });
});

describe('ending the round early', () => {
  const four = { roundId: 'r1', keyResultIds: ['41', '42', '43', '44'] };
  const sealed = [{ userId: 'a', displayName: 'A', commitment: 'x' }];
  const ben = { id: 'u-ben', displayName: 'Ben' };
  /** The round at KR 43, votes revealed, with 41 saved and 42 skipped. */
  const atThirdRevealed = () =>
    step(
      initialRound(four, '2026-12-02T10:00:00.000Z'),
      { type: 'reveal', sealed },
      { type: 'saved', outcome: outcome('41') },
      { type: 'next' },
      { type: 'skip', reason: 'Owner away', skippedBy: 'Adele' },
      { type: 'reveal', sealed },
    );

  it('finishes the round now: what was saved or skipped stays, the rest is not reviewed', () => {
    const third = atThirdRevealed();
    // The KR under review and the one after it: its revealed votes are no outcome.
    expect(notReviewedIfEnded(third)).toBe(2);
    expect(revealedVotesLostBy(third, { type: 'end' })).toBe(1);
    const result = applyRoundAction(third, { type: 'end' }, presenter, {
      at: '2026-12-02T10:20:00.000Z',
      by: ben,
    });
    if (!result.ok) throw new Error(result.reason);
    const ended = result.control;
    expect(ended).toMatchObject({ phase: 'finished', position: 2, sealed: [] });
    expect(ended.finished).toEqual({ at: '2026-12-02T10:20:00.000Z', by: ben });
    expect(ended.attempt).toBeGreaterThan(third.attempt);
    expect(currentKeyResultId(ended)).toBeUndefined();
    expect(roundKeyResults(ended).map((item) => [item.keyResultId, item.status])).toEqual([
      ['41', 'saved'],
      ['42', 'skipped'],
      ['43', 'notReviewed'],
      ['44', 'notReviewed'],
    ]);
    expect(roundSummary(ended)).toMatchObject({
      saved: [outcome('41')],
      skipped: [{ keyResultId: '42', reason: 'Owner away', skippedBy: 'Adele' }],
      notReviewed: ['43', '44'],
    });
    expect(notReviewedIfEnded(ended)).toBe(0);
  });

  it('writes the KRs not reviewed into the round’s record, by whoever ended it', () => {
    const ended = applyRoundAction(atThirdRevealed(), { type: 'end' }, organizer, {
      at: '2026-12-02T10:20:00.000Z',
      by: ben,
    });
    if (!ended.ok) throw new Error(ended.reason);
    expect(recordDue(ended.control, ben.id, [ben.id])).toBe(true);
    const record = meetingSessionOf(ended.control, {
      meetingId: 'm',
      cycleId: '3',
      teamIds: ['12'],
      facilitator: ben,
      startedAt: '2026-12-02T10:00:00.000Z',
      endedAt: '2026-12-02T10:21:00.000Z',
      titleOf: (id) => `KR ${id}`,
      valueOf: (_id, value) => String(value),
    });
    expect(record).toMatchObject({
      keyResultIds: ['41', '42', '43', '44'],
      outcomes: [outcome('41')],
      skipped: [{ keyResultId: '42' }],
      notReviewed: ['43', '44'],
      endedAt: '2026-12-02T10:20:00.000Z',
      facilitator: ben,
    });
    expect(record.summary).toContain('1 saved, 1 skipped, 2 not reviewed.');
    expect(record.summary).toContain('- Not reviewed: KR 43\n- Not reviewed: KR 44');
  });

  it('keeps a check-in saved on the KR under review, and reopens on that KR', () => {
    const saved = step(
      initialRound(four),
      { type: 'reveal', sealed },
      { type: 'saved', outcome: outcome('41') },
      { type: 'end' },
    );
    expect(roundSummary(saved).notReviewed).toEqual(['42', '43', '44']);
    expect(step(saved, { type: 'reopen' })).toMatchObject({ phase: 'saved', position: 0 });
    const ended = step(atThirdRevealed(), { type: 'end' }, { type: 'recorded', at: 'then' });
    const reopened = step(ended, { type: 'reopen' });
    expect(reopened).toMatchObject({ phase: 'voting', position: 2, sealed: [] });
    expect(reopened.recordedAt).toBeUndefined();
    expect(roundKeyResults(reopened).map((item) => item.status)).toEqual([
      'saved',
      'skipped',
      'current',
      'notReviewed',
    ]);
  });

  it('is refused once the round is over, and to an attendee, with the reason', () => {
    const ended = step(atThirdRevealed(), { type: 'end' });
    expect(applyRoundAction(ended, { type: 'end' }, organizer)).toEqual({
      ok: false,
      reason: 'The round is already over: there is nothing to end.',
    });
    expect(
      applyRoundAction(
        initialRound({ roundId: 'r1', keyResultIds: [] }),
        { type: 'end' },
        organizer,
      ).ok,
    ).toBe(false);
    const attendeeEnds = applyRoundAction(atThirdRevealed(), { type: 'end' }, attendee);
    expect(attendeeEnds.ok).toBe(false);
  });
});
