import { afterEach, describe, expect, it, vi } from 'vitest';
import { StallWatch } from '../../src/ui/import/stallWatch';

describe('StallWatch: a read that makes no progress says so', () => {
  afterEach(() => vi.useRealTimers());

  it('fires once after a quiet spell, not while progress keeps coming, never after stop', () => {
    vi.useFakeTimers();
    const stalled = vi.fn();
    const watch = new StallWatch(20_000, stalled);
    watch.start();
    for (let step = 0; step < 5; step += 1) {
      vi.advanceTimersByTime(15_000);
      watch.progressed();
    }
    expect(stalled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_000);
    expect(stalled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(stalled).toHaveBeenCalledTimes(1);
    watch.start();
    watch.stop();
    vi.advanceTimersByTime(60_000);
    expect(stalled).toHaveBeenCalledTimes(1);
  });
});
