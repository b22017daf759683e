import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export interface MainThreadTasks {
  /** Longest task on the page's main thread, ms. */
  longestMilliseconds: number;
  /**
   * Longest task once the time it spent waiting for the GPU to finish a frame is taken out, ms.
   * With software WebGL (SwiftShader, as here) the compositor reads each WebGL frame back
   * (`GLES2::ReadPixels`, `ImplementationBase::WaitForCmd`) and the main thread waits while
   * SwiftShader draws it on the CPU; with a GPU that wait is a few ms. What is left is our script, style, layout and paint.
   */
  longestWithoutGpuWaitMilliseconds: number;
  /** Tasks over 200 ms, with and without the GPU wait. */
  over200: number;
  over200WithoutGpuWait: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Records the page's main-thread tasks while `work` runs (Chrome's trace, devtools.timeline). */
export async function traceMainThreadTasks(browser: Browser, page: Page, work: () => Promise<void>): Promise<MainThreadTasks> {
  const folder = mkdtempSync(join(tmpdir(), 'zones-trace-'));
  const path = join(folder, 'trace.json');
  try {
    await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu'] });
    try {
      await work();
    } finally {
      await browser.stopTracing();
    }
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return summarise(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function summarise(events: TraceEvent[]): MainThreadTasks {
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000);
  // Every wait for the GPU process to finish drawing (ReadPixels waits inside one of these).
  const waits = onMain.filter((event) => event.name === 'ImplementationBase::WaitForCmd');
  const summary: MainThreadTasks = { longestMilliseconds: 0, longestWithoutGpuWaitMilliseconds: 0, over200: 0, over200WithoutGpuWait: 0 };
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const waited = waits.filter((wait) => wait.ts >= task.ts && wait.ts < end).reduce((sum, wait) => sum + (wait.dur ?? 0), 0);
    const total = task.dur! / 1000;
    const own = (task.dur! - waited) / 1000;
    summary.longestMilliseconds = Math.max(summary.longestMilliseconds, total);
    summary.longestWithoutGpuWaitMilliseconds = Math.max(summary.longestWithoutGpuWaitMilliseconds, own);
    if (total > 200) summary.over200 += 1;
    if (own > 200) summary.over200WithoutGpuWait += 1;
  }
  return summary;
}
