/**
 * A page's long tasks by its renderer's own CPU time, from a Chromium trace. The Long Tasks API
 * times a task by the clock, which on a busy or shared host also counts the time the renderer's
 * main thread waited to be scheduled (steal, other processes): on this project's machines, of
 * 229 tasks over 50 ms by the clock in one scroll, 14 were over 50 ms of the thread's own time.
 * A trace's complete events (`ph: 'X'`) carry both: `dur`, wall time, and `tdur`, thread time,
 * in microseconds (the Trace Event Format:
 * https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU).
 */

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Microseconds. */
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

export interface RendererTasks {
  /** Top-level tasks of the renderer's main thread over the threshold of thread time. */
  readonly longTasks: number;
  /** Their thread time in all, in milliseconds. */
  readonly longTaskMs: number;
  /** Every top-level task's thread time in all, in milliseconds. */
  readonly busyMs: number;
}

/** What the `toplevel` category calls each task a thread's scheduler runs. */
const taskEvent = 'ThreadControllerImpl::RunTask';

/**
 * The long tasks of the busiest renderer main thread in `events`, a trace of the `toplevel`
 * category: one page doing the work, the other renderers idle. A task nested in another (a
 * nested run loop) is counted in its outer task only.
 */
export function rendererLongTasks(events: readonly TraceEvent[], thresholdMs = 50): RendererTasks {
  const renderers = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.name !== taskEvent || event.ph !== 'X' || !renderers.has(thread)) continue;
    const tasks = tasksByThread.get(thread) ?? [];
    tasks.push(event);
    tasksByThread.set(thread, tasks);
  }
  const outermost = (tasks: readonly TraceEvent[]) => {
    let end = -Infinity;
    return [...tasks]
      .sort((a, b) => a.ts - b.ts)
      .filter((task) => {
        if (task.ts < end) return false;
        end = task.ts + (task.dur ?? 0);
        return true;
      });
  };
  const threadMs = (task: TraceEvent) => (task.tdur ?? 0) / 1000;
  const busiest = [...tasksByThread.values()]
    .map((tasks) => {
      const outer = outermost(tasks);
      return { outer, busyMs: outer.reduce((sum, task) => sum + threadMs(task), 0) };
    })
    .sort((a, b) => b.busyMs - a.busyMs)[0];
  if (!busiest) {
    throw new Error(
      `The trace has no ${taskEvent} of a renderer main thread (CrRendererMain): record the "toplevel" category.`,
    );
  }
  const long = busiest.outer.filter((task) => threadMs(task) > thresholdMs);
  return {
    longTasks: long.length,
    longTaskMs: long.reduce((sum, task) => sum + threadMs(task), 0),
    busyMs: busiest.busyMs,
  };
}
