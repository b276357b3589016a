/**
 * Figure 6 (second half): the Live Share vote round trip between two local clients. Two
 * participants join the meeting's round (the product's `joinLiveRound`, Live Share's
 * `TestLiveShareHost`, one container) on the local Fluid service (tinylicious on loopback):
 * A votes; B answers as soon as it sees A's vote; the round trip ends when A sees B's answer.
 * The one-way figure is A's vote until B sees it. Votes are sealed as in the product: each is
 * hashed with a fresh salt (Web Crypto SHA-256) and only the commitment is shared.
 */
import { performance } from 'node:perf_hooks';
import { TestLiveShareHost } from '@microsoft/live-share';
import { startFluidService } from '../src/dev/fluid';
import { localFluidTokens } from '../src/host/live-share';
import { joinLiveRound, type LiveRound } from '../src/ui/meeting/live/joinLiveRound';
import { sealVote, type Ballot } from '../src/core/rituals';
import { randomSalt, webCryptoSha256 } from '../src/ui/meeting/live/web-crypto';
import type { Cleanup } from './cleanup';
import type { Figure } from './report';
import { spreadOf, tenths, type Spread } from './stats';

export interface LiveShareFigures {
  readonly joinMilliseconds: { readonly first: number; readonly second: number };
  readonly oneWay: Spread;
  readonly roundTrip: Spread;
}

const timeoutMs = 10_000;

/** Resolves with the time at which `round` first shows a ballot that `matches`. */
function whenSeen(round: LiveRound, matches: (ballot: Ballot) => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`A vote did not reach the other client within ${timeoutMs} ms.`));
    }, timeoutMs);
    const unsubscribe = round.subscribe(() => {
      const { participants, me } = round.snapshot();
      const seen = participants.some((p) => p.userId !== me.userId && p.ballots.some(matches));
      if (!seen) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(performance.now());
    });
  });
}

export async function measureLiveShare(
  cleanup: Cleanup,
  votes = 20,
): Promise<{ figures: Figure[]; data: LiveShareFigures }> {
  const fluid = await startFluidService();
  cleanup.add('the local Fluid service', () => fluid.close());
  let containerId: string | undefined;
  const join = async (id: string, displayName: string) => {
    const started = performance.now();
    const round = await joinLiveRound({
      host: TestLiveShareHost.create(
        () => containerId,
        (id) => {
          containerId = id;
        },
      ),
      connection: {
        type: 'local',
        endpoint: fluid.url,
        tokenProvider: localFluidTokens({ id, displayName }),
      },
    });
    cleanup.add(`${displayName}'s Live Share client`, () => round.dispose());
    return { round, milliseconds: performance.now() - started };
  };
  const a = await join('bench-a', 'Voter A');
  const b = await join('bench-b', 'Voter B');

  const roundId = 'bench-round';
  /** A sealed ballot, as a participant's stage makes it when they vote. */
  const sealed = async (userId: string, keyResultId: string, value: number): Promise<Ballot> => {
    const vote = { roundId, keyResultId, attempt: 0 };
    const secret = { value, salt: randomSalt() };
    const commitment = await sealVote({ ...vote, userId }, secret, webCryptoSha256);
    return { ...vote, commitment };
  };
  const oneWay: number[] = [];
  const roundTrip: number[] = [];
  for (let vote = 0; vote < votes; vote += 1) {
    const keyResultId = String(vote + 1);
    const value = (vote % 10) + 1;
    const bSeesA = whenSeen(b.round, (x) => x.keyResultId === keyResultId);
    const aSeesB = whenSeen(a.round, (x) => x.keyResultId === keyResultId);
    const started = performance.now();
    await a.round.publishBallot(await sealed(a.round.snapshot().me.userId, keyResultId, value));
    const seenByB = await bSeesA;
    await b.round.publishBallot(
      await sealed(b.round.snapshot().me.userId, keyResultId, 11 - value),
    );
    const seenByA = await aSeesB;
    oneWay.push(seenByB - started);
    roundTrip.push(seenByA - started);
  }

  const data: LiveShareFigures = {
    joinMilliseconds: { first: a.milliseconds, second: b.milliseconds },
    oneWay: spreadOf(oneWay),
    roundTrip: spreadOf(roundTrip),
  };
  const spread = (s: Spread) =>
    `median of ${s.runs} votes; p10 ${tenths(s.p10)}, p90 ${tenths(s.p90)}, max ${tenths(s.max)} ms`;
  return {
    figures: [
      {
        label: 'Live Share sealed vote round trip (A votes, B answers, A sees it)',
        value: tenths(data.roundTrip.median),
        unit: 'ms',
        note: spread(data.roundTrip),
      },
      {
        label: 'Live Share sealed vote, one way (A votes until B sees it)',
        value: tenths(data.oneWay.median),
        unit: 'ms',
        note: spread(data.oneWay),
      },
      {
        label: 'Live Share: join the round (first client, creates the container)',
        value: Math.round(data.joinMilliseconds.first),
        unit: 'ms',
      },
      {
        label: 'Live Share: join the round (second client)',
        value: Math.round(data.joinMilliseconds.second),
        unit: 'ms',
      },
    ],
    data,
  };
}
