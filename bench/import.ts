/**
 * Figure 7: moving in from Viva Goals. An organisation of 5,000 items (objectives, KRs and
 * projects) and 20,000 check-ins, as a Viva Goals organisation export ZIP, read, planned and
 * imported into the emulator through the repository. Requests are counted per kind of write
 * next to the least possible, ceil(N/20) `$batch`es; the heap is sampled while the file is read
 * and planned.
 */
import './support/outside-jest';
import v8 from 'node:v8';
import vm from 'node:vm';
import JSZip from 'jszip';
import { defaultOperatingModel } from '../src/core/operating-model';
import { matchPeople, planImport, readImportFile, runImport } from '../src/migrate';
import type { ImportList } from '../src/store/repository';
import { minimumRequests } from './graph';
import type { LocalGraph } from './local-graph';
import { counting, type Check, type Figure } from './report';

export interface ImportSize {
  readonly objectives: number;
  readonly keyResults: number;
  readonly projects: number;
  readonly checkIns: number;
}

export const importSize: ImportSize = {
  objectives: 1_000,
  keyResults: 3_000,
  projects: 1_000,
  checkIns: 20_000,
};

/** A fifth of `importSize`: the heap is compared at both sizes. */
const smallImportSize: ImportSize = {
  objectives: 200,
  keyResults: 600,
  projects: 200,
  checkIns: 4_000,
};

/** A synthetic Viva Goals organisation export of `size`, in one year, ten teams. */
export async function syntheticVivaExport(size: ImportSize = importSize): Promise<Uint8Array> {
  const year = new Date().getUTCFullYear();
  const period = { ID: 1, Name: `Annual ${year}` };
  const teams = Array.from({ length: 10 }, (_, index) => ({
    ID: 100 + index,
    'Team Name': `Team ${index + 1}`,
    'Parent Team': index === 0 ? null : { ID: 100 },
  }));
  const owner = (index: number) => [
    { ID: index, Name: `Person ${index % 50}`, Email: `person${index % 50}@example.com` },
  ];
  const objectives = Array.from({ length: size.objectives }, (_, index) => ({
    ID: 10_000 + index,
    Title: `Objective ${index + 1}: customers love what we ship`,
    Type: 'Big rock',
    Owner: owner(index),
    Teams: [{ ID: 100 + (index % 10), Name: `Team ${(index % 10) + 1}` }],
    'Time Period': period,
    Alignment: index >= 10 ? [{ ID: 10_000 + (index % 10), Weight: '100.0%' }] : null,
    'Goal Type': 'Committed',
  }));
  const keyResults = Array.from({ length: size.keyResults }, (_, index) => ({
    ID: 20_000 + index,
    Title: `Key result ${index + 1} from 0 to 100`,
    Type: 'Kpi',
    Owner: owner(index),
    'Time Period': period,
    Alignment: [{ ID: 10_000 + (index % size.objectives), Weight: '33.3%' }],
    Outcome: {
      'Outcome Type': 'Metric',
      'Metric Name': 'units',
      'Metric Unit': 'Number',
      Start: 0,
      Target: 100,
      'Target Type': 'Increase From',
    },
  }));
  const projects = Array.from({ length: size.projects }, (_, index) => ({
    ID: 30_000 + index,
    Title: `Project ${index + 1}`,
    Type: 'Project',
    'Time Period': period,
    Alignment: [{ ID: 20_000 + (index % size.keyResults) }],
    Status: 'On Track',
  }));
  const checkins = Array.from({ length: size.checkIns }, (_, index) => ({
    ID: 40_000 + index,
    'OKR ID': 20_000 + (index % size.keyResults),
    'CheckIn Date': `${year}-01-${String(1 + (Math.floor(index / size.keyResults) % 28)).padStart(2, '0')} 09:00:00`,
    'Check In Owner': owner(index)[0],
    'Check In Note': {
      'Check In Note': `Week ${index}: on our way, with a note of some length, like real ones.`,
      'Check In Note HTML': null,
    },
    'Current Value': index % 100,
  }));
  const zip = new JSZip();
  const name = (kind: string) =>
    `${kind}_export_file_Bench_1_Organization_Bench_20250101T000000.json`;
  zip.file(
    name('TimePeriods'),
    JSON.stringify([
      {
        ID: 1,
        'Time Period Name': period.Name,
        'Start Date': `${year}-01-01`,
        'End Date': `${year}-12-31`,
      },
    ]),
  );
  zip.file(name('Teams'), JSON.stringify(teams));
  zip.file(name('objectives'), JSON.stringify([...objectives, ...keyResults, ...projects]));
  zip.file(name('checkins'), JSON.stringify(checkins));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The whole decompressed size of a ZIP's files. */
async function unpackedBytes(file: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(file);
  let total = 0;
  for (const entry of Object.values(zip.files)) total += (await entry.async('uint8array')).length;
  return total;
}

interface ReadHeap {
  readonly items: number;
  readonly jsonBytes: number;
  /** Live heap (after a full GC) at its highest while the file was read, over the start. */
  readonly peakGrowth: number;
  /** Live heap once read, the records read still held, over the start. */
  readonly heldAfter: number;
}

/**
 * The live heap while an export is read: a full GC before each sample, taken between the
 * chunks the reader yields on, so what is counted is what the read holds, not garbage not yet
 * collected. The peak over what is held at the end is what reading costs beyond the records.
 */
async function readHeap(size: ImportSize): Promise<ReadHeap> {
  const file = await syntheticVivaExport(size);
  const jsonBytes = await unpackedBytes(file);
  const collect = fullGc();
  const heap = () => {
    collect();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, heap())), 20);
  const source = await readImportFile('bench.zip', file);
  clearInterval(sampler);
  const after = heap();
  peak = Math.max(peak, after);
  return {
    items: source.items.length,
    jsonBytes,
    peakGrowth: peak - before,
    heldAfter: after - before,
  };
}

/** V8's full garbage collection, without starting Node with `--expose-gc`. */
function fullGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export async function measureImport(
  graph: LocalGraph,
): Promise<{ figures: Figure[]; checks: Check[]; data: unknown }> {
  const heaps = [await readHeap(smallImportSize), await readHeap(importSize)];
  const file = await syntheticVivaExport();
  const readStarted = performance.now();
  const source = await readImportFile('bench.zip', file);
  const plan = planImport(source, {
    today: new Date().toISOString().slice(0, 10),
    rules: defaultOperatingModel,
  });
  const readMs = performance.now() - readStarted;

  const repository = graph.repository();
  graph.emulator.resetStats();
  const people = await matchPeople(plan, repository);
  const peopleRequests = graph.emulator.stats();

  const perKind = new Map<ImportList, { items: number; batches: number; subRequests: number }>();
  const counting_: Parameters<typeof runImport>[1] = {
    findImported: (list, options) => repository.findImported(list, options),
    listTeams: (options) => repository.listTeams(options),
    listCycles: (options) => repository.listCycles(options),
    loadBoard: (query, options) => repository.loadBoard(query, options),
    cycleCheckInHistory: (cycleId, options) => repository.cycleCheckInHistory(cycleId, options),
    storeIdentity: (options) => repository.storeIdentity(options),
    updateTeam: (team, options) => repository.updateTeam(team, options),
    writeImported: async (list, writes, options) => {
      const before = graph.emulator.stats();
      const report = await repository.writeImported(list, writes, options);
      const after = graph.emulator.stats();
      const seen = perKind.get(list) ?? { items: 0, batches: 0, subRequests: 0 };
      perKind.set(list, {
        items: seen.items + writes.length,
        batches: seen.batches + after.batches - before.batches,
        subRequests: seen.subRequests + after.batchSubRequests - before.batchSubRequests,
      });
      return report;
    },
  };
  graph.emulator.resetStats();
  const runStarted = performance.now();
  const report = await runImport(people.plan, counting_);
  const runMs = performance.now() - runStarted;
  const total = graph.emulator.stats();
  if (report.failed.length > 0)
    throw new Error(
      `The import failed for ${report.failed.length} items: ${report.failed[0]!.message}`,
    );

  const kinds = [...perKind.entries()];
  const figures: Figure[] = [
    {
      label: `read and plan the ${Math.round(file.length / 1024).toLocaleString('en-US')} kB ZIP`,
      value: Math.round(readMs),
      unit: 'ms',
    },
    ...heaps.map((heap) => ({
      label: `live heap while reading ${heap.items.toLocaleString('en-US')} items, beyond the records read`,
      value: megabytes(heap.peakGrowth - heap.heldAfter),
      unit: 'MB',
      note: `peak ${megabytes(heap.peakGrowth)} MB over the start (full GC before each sample), ${megabytes(heap.heldAfter)} MB held once read (the records); ${megabytes(heap.jsonBytes)} MB of JSON streamed through, never held whole`,
    })),
    {
      label: 'match 50 people to the directory',
      value: peopleRequests.total,
      unit: 'HTTP requests',
      note: `${counting(peopleRequests.batches, '$batch', '$batches')}, by email then by name`,
    },
    {
      label: 'import 5,000 items and 20,000 check-ins',
      value: Math.round(runMs / 100) / 10,
      unit: 's',
      note: `${counting(total.total, 'HTTP request')}, ${counting(total.batches, '$batch', '$batches')}`,
    },
    ...kinds.map(([list, count]) => ({
      label: `  ${list}: ${count.items.toLocaleString('en-US')} writes`,
      value: count.batches,
      unit: '$batches',
      note: `minimum ${minimumRequests(count.items, 1)} (ceil(N/20))${
        list === 'teams' || list === 'objectives' ? '; parents first, one round per level' : ''
      }`,
    })),
  ];
  const [small, large] = heaps as [ReadHeap, ReadHeap];
  const flatLimit = 2 * 1024 * 1024;
  const checks: Check[] = [
    {
      label: `memory stays flat: reading 5× the items costs at most 2 MB more beyond the records read (${megabytes(small.peakGrowth - small.heldAfter)} → ${megabytes(large.peakGrowth - large.heldAfter)} MB)`,
      holds: large.peakGrowth - large.heldAfter <= small.peakGrowth - small.heldAfter + flatLimit,
    },
    {
      label: 'check-ins, KRs and initiatives are written in ceil(N/20) $batches',
      holds: (['keyResults', 'initiatives', 'checkIns'] as const).every(
        (list) =>
          (perKind.get(list)?.batches ?? 0) === minimumRequests(perKind.get(list)?.items ?? 0, 1),
      ),
    },
  ];
  return {
    figures,
    checks,
    data: { readMs, heaps, runMs, perKind: Object.fromEntries(perKind), total },
  };
}
