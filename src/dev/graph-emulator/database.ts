import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteSecurity } from './site-security';
import { EmulatorState, type Mutation, type SnapshotLists } from './state';

/**
 * Durable state: an append-only journal of mutations, fsynced before a write is acknowledged,
 * plus a snapshot that compaction writes to a temp file, fsyncs and renames over the old one.
 *
 * Why a kill at any moment leaves a readable store: the snapshot is only ever replaced by an atomic
 * rename; journal lines carry a checksum, so a torn last line is detected, cut off and ignored; and
 * each line carries a sequence number, so lines already folded into the snapshot are skipped.
 */
export interface DatabaseFiles {
  snapshot: string;
  journal: string;
  lock: string;
}

export function databaseFiles(dataDir: string): DatabaseFiles {
  return {
    snapshot: join(dataDir, 'graph-emulator.snapshot.json'),
    journal: join(dataDir, 'graph-emulator.journal'),
    lock: join(dataDir, 'graph-emulator.lock'),
  };
}

interface Snapshot {
  format: 1;
  seq: number;
  lists: SnapshotLists;
  /** Sites whose permissions differ from the defaults; absent in snapshots written before them. */
  siteSecurity?: SiteSecurity[];
}

/** Compact once the journal passes this size by default; small enough that replay stays quick. */
export const defaultCompactAfterBytes = 8 * 1024 * 1024;

export class Database {
  private pending: string[] = [];
  private lastSeq: number;
  private durableSeq: number;
  private journalBytes: number;
  private writing: Promise<void> | undefined;

  private constructor(
    readonly state: EmulatorState,
    private readonly files: DatabaseFiles,
    private readonly journal: FileHandle,
    seq: number,
    journalBytes: number,
    private readonly compactAfterBytes: number,
  ) {
    this.lastSeq = seq;
    this.durableSeq = seq;
    this.journalBytes = journalBytes;
  }

  static async open(
    dataDir: string,
    compactAfterBytes = defaultCompactAfterBytes,
  ): Promise<Database> {
    mkdirSync(dataDir, { recursive: true });
    const files = databaseFiles(dataDir);
    acquireLock(files.lock);
    rmSync(`${files.snapshot}.tmp`, { force: true });
    const snapshot = readSnapshot(files.snapshot);
    const state = EmulatorState.fromSnapshot(snapshot.lists, snapshot.siteSecurity);
    const { seq, validBytes } = replayJournal(files.journal, state, snapshot.seq);
    const journal = await open(files.journal, 'a');
    return new Database(state, files, journal, seq, validBytes, compactAfterBytes);
  }

  /** Applies a mutation in memory and queues it for the journal; `flush()` makes it durable. */
  commit(mutation: Mutation): void {
    this.state.apply(mutation);
    this.lastSeq += 1;
    const json = JSON.stringify({ s: this.lastSeq, m: mutation });
    this.pending.push(`${checksum(json)} ${json}\n`);
  }

  /** Resolves once every mutation committed so far is on disk (fsynced). Concurrent callers share writes. */
  async flush(): Promise<void> {
    const target = this.lastSeq;
    while (this.durableSeq < target) {
      this.writing ??= this.writePending().finally(() => {
        this.writing = undefined;
      });
      await this.writing;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.compact();
    await this.journal.close();
    releaseLock(this.files.lock);
  }

  private async writePending(): Promise<void> {
    if (this.journalBytes > this.compactAfterBytes) return this.compact();
    const lines = this.pending.join('');
    const upTo = this.lastSeq;
    this.pending = [];
    const bytes = Buffer.from(lines, 'utf8');
    await this.journal.write(bytes);
    await this.journal.datasync();
    this.journalBytes += bytes.length;
    this.durableSeq = upTo;
  }

  /** Folds everything committed so far into a new snapshot and empties the journal. */
  private async compact(): Promise<void> {
    // Taken synchronously, so the snapshot holds exactly the mutations up to `upTo`.
    const upTo = this.lastSeq;
    const snapshot: Snapshot = {
      format: 1,
      seq: upTo,
      lists: this.state.toSnapshot(),
      siteSecurity: [...this.state.siteSecurity.values()],
    };
    this.pending = [];
    const tmp = `${this.files.snapshot}.tmp`;
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(JSON.stringify(snapshot));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, this.files.snapshot);
    await syncDirectory(this.files.snapshot);
    await this.journal.truncate(0);
    await this.journal.datasync();
    this.journalBytes = 0;
    this.durableSeq = upTo;
  }
}

function checksum(json: string): string {
  return createHash('sha1').update(json).digest('hex').slice(0, 10);
}

function readSnapshot(path: string): Snapshot {
  if (!existsSync(path)) return { format: 1, seq: 0, lists: [] };
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  if (snapshot.format !== 1) throw new Error(`Unknown snapshot format in ${path}.`);
  return snapshot;
}

/** Applies journal lines newer than the snapshot; cuts off a torn or corrupt tail. */
function replayJournal(
  path: string,
  state: EmulatorState,
  snapshotSeq: number,
): { seq: number; validBytes: number } {
  if (!existsSync(path)) return { seq: snapshotSeq, validBytes: 0 };
  const content = readFileSync(path);
  let offset = 0;
  let seq = snapshotSeq;
  while (offset < content.length) {
    const end = content.indexOf(0x0a, offset);
    if (end === -1) break;
    const line = content.subarray(offset, end).toString('utf8');
    const space = line.indexOf(' ');
    const json = line.slice(space + 1);
    if (space !== 10 || checksum(json) !== line.slice(0, space)) break;
    const record = JSON.parse(json) as { s: number; m: Mutation };
    if (record.s > seq) {
      state.apply(record.m);
      seq = record.s;
    }
    offset = end + 1;
  }
  if (offset < content.length) truncateSync(path, offset);
  return { seq, validBytes: offset };
}

async function syncDirectory(fileInDirectory: string): Promise<void> {
  const directory = join(fileInDirectory, '..');
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  }
}

const lockedInThisProcess = new Set<string>();

/** One emulator per data directory: a second one would interleave journal writes. */
function acquireLock(path: string): void {
  if (lockedInThisProcess.has(path))
    throw new Error(`A Graph emulator in this process is already using ${path}.`);
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
    lockedInThisProcess.add(path);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(readFileSync(path, 'utf8'));
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
    throw new Error(`Another Graph emulator (pid ${holder}) is using ${path}.`);
  }
  writeFileSync(path, String(process.pid));
  lockedInThisProcess.add(path);
}

function releaseLock(path: string): void {
  lockedInThisProcess.delete(path);
  rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
