import { rendererLongTasks, type TraceEvent } from '../../bench/renderer-tasks';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});

/** A task of `wallMs` by the clock, `threadMs` of them on the thread's own CPU. */
const task = (pid: number, tid: number, startMs: number, wallMs: number, threadMs: number) =>
  ({
    name: 'ThreadControllerImpl::RunTask',
    ph: 'X',
    pid,
    tid,
    ts: startMs * 1000,
    dur: wallMs * 1000,
    tdur: threadMs * 1000,
  }) satisfies TraceEvent;

const page = { pid: 7, tid: 1 };
const otherRenderer = { pid: 9, tid: 1 };
const browserMain = { pid: 1, tid: 1 };
const threads = [
  thread(page.pid, page.tid, 'CrRendererMain'),
  thread(otherRenderer.pid, otherRenderer.tid, 'CrRendererMain'),
  thread(browserMain.pid, browserMain.tid, 'CrBrowserMain'),
];

test.each([
  {
    what: "counts the page's tasks over 50 ms of thread time, not of the clock",
    tasks: [
      task(page.pid, page.tid, 0, 120, 20), // descheduled most of the time: not long
      task(page.pid, page.tid, 200, 80, 70),
      task(page.pid, page.tid, 400, 55, 51),
      task(page.pid, page.tid, 500, 50, 50), // exactly 50: not over
    ],
    counted: { longTasks: 2, longTaskMs: 121, busyMs: 191 },
  },
  {
    what: 'takes the busiest renderer and leaves the browser process and idle renderers out',
    tasks: [
      task(browserMain.pid, browserMain.tid, 0, 300, 300),
      task(otherRenderer.pid, otherRenderer.tid, 0, 60, 60),
      task(page.pid, page.tid, 0, 40, 40),
      task(page.pid, page.tid, 100, 40, 40),
    ],
    counted: { longTasks: 0, longTaskMs: 0, busyMs: 80 },
  },
  {
    what: 'counts a task nested in another (a nested run loop) in its outer task only',
    tasks: [
      task(page.pid, page.tid, 0, 200, 150),
      task(page.pid, page.tid, 10, 100, 90),
      task(page.pid, page.tid, 300, 10, 10),
    ],
    counted: { longTasks: 1, longTaskMs: 150, busyMs: 160 },
  },
])('$what', ({ tasks, counted }) => {
  expect(rendererLongTasks([...threads, ...tasks])).toEqual(counted);
});

test("a trace without the renderer's tasks says which category to record", () => {
  expect(() => rendererLongTasks([...threads, task(browserMain.pid, 1, 0, 90, 90)])).toThrow(
    'The trace has no ThreadControllerImpl::RunTask of a renderer main thread (CrRendererMain): record the "toplevel" category.',
  );
});
