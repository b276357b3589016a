/** Request counters for benchmarks and tests (`GET /_emulator/stats`). Control calls are not counted. */
export interface EmulatorStats {
  /** Top-level Graph requests, a `$batch` counting once. */
  total: number;
  byMethod: Record<string, number>;
  byStatus: Record<string, number>;
  batches: number;
  batchSubRequests: number;
  subRequestsByStatus: Record<string, number>;
  injected: { throttled: number; unavailable: number; dropped: number };
}

export class StatsRecorder {
  private stats = emptyStats();

  request(method: string): void {
    this.stats.total += 1;
    bump(this.stats.byMethod, method);
  }

  response(status: number): void {
    bump(this.stats.byStatus, String(status));
  }

  batch(subRequests: number): void {
    this.stats.batches += 1;
    this.stats.batchSubRequests += subRequests;
  }

  subResponse(status: number): void {
    bump(this.stats.subRequestsByStatus, String(status));
  }

  injected(kind: keyof EmulatorStats['injected']): void {
    this.stats.injected[kind] += 1;
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.stats);
  }

  reset(): void {
    this.stats = emptyStats();
  }
}

function emptyStats(): EmulatorStats {
  return {
    total: 0,
    byMethod: {},
    byStatus: {},
    batches: 0,
    batchSubRequests: 0,
    subRequestsByStatus: {},
    injected: { throttled: 0, unavailable: 0, dropped: 0 },
  };
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
