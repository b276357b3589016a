/**
 * A participant's second Live Share client, as anyone could run from developer tools: the
 * product's own modules (and its own teams-js, initialized in the participant's frame, so the
 * host answers with that participant's identity and role), bundled by the test and added to a
 * stage frame. It can read all the shared state, and publish whatever a client may.
 */
import { app } from '@microsoft/teams-js';
import {
  currentRound,
  sealVote,
  votingOn,
  type Ballot,
  type VoteSecret,
} from '../../../src/core/rituals';
import { liveShareHost } from '../../../src/host/live-share';
import type { Host } from '../../../src/host/types';
import { joinLiveRound, type LiveRound } from '../../../src/ui/meeting/live/joinLiveRound';
import { webCryptoSha256 } from '../../../src/ui/meeting/live/web-crypto';
import { stageRoundFromQuery } from '../../../src/ui/meeting/round/stage-url';

let round: LiveRound | undefined;
let sealed: { ballot: Ballot; secret: VoteSecret } | undefined;

function joined(): LiveRound {
  if (!round) throw new Error('The test client has not joined.');
  return round;
}

const testClient = {
  async join(meetingId: string, fluidUrl: string): Promise<void> {
    await app.initialize([window.location.origin, new URL(document.referrer).origin]);
    // Its initialize puts the frame back in Teams' loading state, under the loading indicator,
    // until it says the app loaded, as the stage did
    // (https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/app-initialization).
    await app.notifySuccess();
    const host = {
      context: {
        kind: 'teams',
        meeting: { id: meetingId },
        user: { id: 'test', displayName: 'Test' },
      },
    } as unknown as Host;
    round = await joinLiveRound(await liveShareHost(host, { localFluidUrl: fluidUrl }));
  },
  /** What this client's Live Share state holds, as JSON. */
  state: (): string => JSON.stringify(joined().snapshot()),
  /** Tries to run the round as the participant: the error message, or 'changed'. */
  tryToReveal: (): Promise<string> => {
    const live = joined();
    const control = live.snapshot().control;
    return live.setControl({ ...control!, phase: 'revealed' }).then(
      () => 'changed',
      (error: Error) => error.message,
    );
  },
  /** Seals a vote for the participant on the stage's current vote. */
  async seal(value: number): Promise<void> {
    const live = joined();
    const setup = stageRoundFromQuery(window.location.search);
    if (!setup) throw new Error('The frame is not a stage.');
    const vote = votingOn(currentRound(live.snapshot().control, setup));
    if (!vote) throw new Error('Voting is not open.');
    const secret = { value, salt: 'ab'.repeat(16) };
    const commitment = await sealVote(
      { ...vote, userId: live.snapshot().me.userId },
      secret,
      webCryptoSha256,
    );
    sealed = { ballot: { ...vote, commitment }, secret };
    await live.publishBallot(sealed.ballot);
  },
  /** Reveals the sealed vote, but with another value. */
  async revealInstead(value: number): Promise<void> {
    if (!sealed) throw new Error('Nothing sealed.');
    await joined().publishBallot({ ...sealed.ballot, reveal: { ...sealed.secret, value } });
  },
};

Object.assign(window, { okrTestClient: testClient });
