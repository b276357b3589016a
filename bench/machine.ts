import { availableParallelism, cpus, freemem, platform, release, totalmem } from 'node:os';

/** The machine the figures came from. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly availableMemoryGiB: number;
  readonly node: string;
  readonly os: string;
}

const GiB = 1024 ** 3;

export function describeThisMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown CPU',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / GiB) * 10) / 10,
    availableMemoryGiB: Math.round((freemem() / GiB) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}
