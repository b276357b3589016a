/**
 * One truth per KR, on read: a KR whose value and confidence are not those of its latest check-in
 * by time (a check-in stored whose KR write never happened) is shown at its latest check-in by the
 * read that finds it, and put right in the store in the background, so the board's opening path
 * takes no extra wave. The write carries If-Match on the version read: a writer who changed the KR
 * meanwhile wins, and the repair is not tried again (the next read or write puts it right if it
 * is still behind).
 *
 * The repair gives the KR a new version, while the reader holds the one it read. A write on that
 * version (an edit, a check-in on what the board showed) waits for the repair and goes on its
 * version: what the reader saw is what the repair stored, so it is no conflict.
 */
import { catchUpReading, type KeyResultReading } from '../../core/check-in';
import type { CheckIn, KeyResult } from '../../core/model';
import { keyResultFromItem, keyResultReadingFields, type GraphListItem } from '../mapping';
import type { BatchExecutor } from './batch';
import type { KnownItems } from './known-items';
import type { ListPaths } from './queries';

interface Repair {
  /** The version the KR was read at. */
  readonly from: string;
  /** Its version once repaired; undefined when the repair did not happen. */
  readonly to: Promise<string | undefined>;
}

export class KeyResultRepairs {
  private readonly repairs = new Map<string, Repair>();

  constructor(
    private readonly batch: BatchExecutor,
    private readonly known: KnownItems,
  ) {}

  /**
   * The KRs as their record reads: each one behind its latest check-in shown at it, and written
   * so in the background (one `$batch` for all of them).
   */
  follow(
    keyResults: readonly KeyResult[],
    history: ReadonlyMap<string, readonly CheckIn[]>,
    paths: ListPaths,
    cycleId: string,
  ): KeyResult[] {
    const behind: { keyResult: KeyResult & { version: string }; reading: KeyResultReading }[] = [];
    const shown = keyResults.map((keyResult) => {
      const reading = catchUpReading(keyResult, history.get(keyResult.id) ?? []);
      if (!reading || !keyResult.version) return keyResult;
      if (this.repairs.get(keyResult.id)?.from !== keyResult.version) {
        behind.push({ keyResult: { ...keyResult, version: keyResult.version }, reading });
      }
      return showing(keyResult, reading);
    });
    if (behind.length === 0) return shown;
    const outcomes = this.batch
      .run(
        behind.map(({ keyResult, reading }) => ({
          method: 'PATCH' as const,
          url: `${paths.item('keyResults', keyResult.id)}/fields`,
          headers: { 'If-Match': keyResult.version },
          body: keyResultReadingFields(reading),
        })),
        { idempotent: true, action: 'Putting key results in step with their latest check-ins' },
      )
      .catch(() => []);
    behind.forEach(({ keyResult, reading }, index) => {
      const repair: Repair = {
        from: keyResult.version,
        to: outcomes.then((settled) => {
          const outcome = settled[index];
          if (!outcome?.ok) {
            // Refused (someone wrote meanwhile: they win) or failed: the next read may try again.
            if (this.repairs.get(keyResult.id) === repair) this.repairs.delete(keyResult.id);
            return undefined;
          }
          const fields = outcome.body as GraphListItem['fields'];
          const repaired = keyResultFromItem({ id: keyResult.id, fields });
          this.known.rememberKeyResult(repaired, cycleId, reading.lastCheckInClientId);
          return repaired.version;
        }),
      };
      this.repairs.set(keyResult.id, repair);
    });
    return shown;
  }

  /**
   * The version to write a KR on that was read at `version`: the repaired one when a read put it
   * right since (waiting for that write), else `version` itself.
   */
  async versionAfter(
    keyResultId: string,
    version: string | undefined,
  ): Promise<string | undefined> {
    const repair = this.repairs.get(keyResultId);
    if (!repair || version === undefined || repair.from !== version) return version;
    return (await repair.to) ?? version;
  }

  /** `keyResult` with the version to write it on (`versionAfter`). */
  async onLatestVersion<T extends { readonly id: string; readonly version?: string }>(
    keyResult: T,
  ): Promise<T> {
    const version = await this.versionAfter(keyResult.id, keyResult.version);
    return version === keyResult.version ? keyResult : { ...keyResult, version };
  }
}

/** The KR showing `reading` in place of its stored numbers. */
function showing(keyResult: KeyResult, reading: KeyResultReading): KeyResult {
  return {
    ...keyResult,
    current: reading.current,
    confidence: reading.confidence,
    lastCheckInAt: reading.lastCheckInAt,
  };
}
