/**
 * Sealed votes: a commit–reveal scheme, so that nobody's vote can be read before the reveal nor
 * changed after seeing the others'.
 *
 * Threat model. Every participant's client receives everything the meeting shares (Live Share
 * state), and any participant can run their own client in developer tools: read all shared state
 * and publish whatever their own presence may hold. The host (Teams) vouches for who sent what and
 * with which meeting role; organizers and presenters are trusted to run the round.
 * - While voting, a client publishes only `SHA-256(vote context ‖ value ‖ salt)` with a fresh
 *   128-bit random salt, which it keeps to itself. With the salt unknown, trying the ten possible
 *   values tells nothing: nobody can read another's vote before the reveal.
 * - The reveal freezes the commitments that stood at that moment in the round's shared state
 *   (`RoundControl.sealed`), which only a facilitator can write. Every client then publishes its
 *   value and salt, and every client checks each against the frozen commitment itself. A value
 *   that does not hash to it, or a commitment changed after the reveal started, is shown as
 *   invalid and left out of the statistics: nobody can change their vote after seeing others'.
 * - The context (round, KR, attempt, voter) is inside the hash, so a commitment copied from
 *   another participant or from an earlier vote does not verify for the copier.
 * Not covered: a participant may refuse to reveal (shown as not revealed); who has voted is
 * visible by design; a facilitator may reveal when they choose; the Fluid service itself.
 */

/** SHA-256 of UTF-8 text, as lowercase hex (Web Crypto in the browser and in Node). */
export type Sha256 = (text: string) => Promise<string>;

/** What a vote is about, and whose it is: bound into its commitment. */
export interface VoteContext {
  readonly roundId: string;
  readonly keyResultId: string;
  /** The KR's voting attempt: "Vote again" starts the next one. */
  readonly attempt: number;
  readonly userId: string;
}

/** The secret half of a sealed vote, kept by the voter's client until the reveal. */
export interface VoteSecret {
  readonly value: number;
  /** Hex, from a cryptographic random source (at least 16 bytes). */
  readonly salt: string;
}

const saltPattern = /^[0-9a-f]{32,128}$/;
const commitmentPattern = /^[0-9a-f]{64}$/;

function commitmentText(context: VoteContext, secret: VoteSecret): string {
  return JSON.stringify([
    'okr-vote/1',
    context.roundId,
    context.keyResultId,
    context.attempt,
    context.userId,
    secret.value,
    secret.salt,
  ]);
}

/** The commitment a voter publishes instead of its vote. */
export async function sealVote(
  context: VoteContext,
  secret: VoteSecret,
  sha256: Sha256,
): Promise<string> {
  if (!saltPattern.test(secret.salt)) {
    throw new Error('A vote salt is 16 to 64 random bytes in lowercase hex.');
  }
  return sha256(commitmentText(context, secret));
}

/** Whether a revealed value and salt are the ones the commitment was made with. */
export async function opensCommitment(
  context: VoteContext,
  commitment: string,
  reveal: VoteSecret,
  sha256: Sha256,
): Promise<boolean> {
  if (!commitmentPattern.test(commitment) || !saltPattern.test(reveal.salt)) return false;
  if (!Number.isFinite(reveal.value)) return false;
  return (await sha256(commitmentText(context, reveal))) === commitment;
}
