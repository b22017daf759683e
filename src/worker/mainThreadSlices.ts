/**
 * Long loops on the main thread, cut into slices so no task runs past the budget: the page stays
 * responsive (input, frames) while a big collection is packed or rebuilt. The bar is no
 * task over 200 ms; slices stop after `SLICE_MILLISECONDS` of work.
 */
export const SLICE_MILLISECONDS = 30;

/** Resolves in a new task (a message to ourselves: unlike setTimeout, not clamped to 4 ms when nested). */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves in a task after the page's next frame: for work that changes the DOM in slices. Tasks
 * from `yieldToMain` run back to back until a frame is due, so slices of DOM changes add up into
 * one frame's style and layout (3,788 list items appended in slices of 250 were one 510 ms style
 * recalculation); waiting for a frame between slices keeps each frame's share small. A hidden tab
 * draws no frames: there the slices only yield.
 */
export function yieldToRendering(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => requestAnimationFrame(() => void yieldToMain().then(resolve)));
}

/** Calls `work` for each index from 0 to `count - 1`, yielding to the page between slices. */
export async function forEachInSlices(count: number, work: (index: number) => void, sliceMilliseconds = SLICE_MILLISECONDS): Promise<void> {
  let sliceStart = performance.now();
  for (let index = 0; index < count; index++) {
    work(index);
    if (performance.now() - sliceStart > sliceMilliseconds && index + 1 < count) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
