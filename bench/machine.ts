import { availableParallelism, cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';

/** The machine the figures came from. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly availableMemoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** The 1-minute load average when the bench started: timings on a busy machine are slower. */
  readonly loadAverage: number;
}

const GiB = 1024 ** 3;

/** Call at the start of the run, so the load average is not the bench's own. */
export function describeThisMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown CPU',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / GiB) * 10) / 10,
    availableMemoryGiB: Math.round((freemem() / GiB) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
