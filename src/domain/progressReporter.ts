/**
 * Turns the work of several stages into one fraction from 0 to 1 for a progress bar, calling the
 * listener only when the fraction has moved by at least half a percent (a worker posts a message
 * per call, so a call per zone would flood the main thread).
 */
export class ProgressReporter {
  private readonly listener: ((fraction: number) => void) | undefined;
  private readonly weights: Record<string, number>;
  private readonly totalWeight: number;
  private completedWeight = 0;
  private reported = 0;

  /** @param weights the relative cost of each stage, by name */
  constructor(listener: ((fraction: number) => void) | undefined, weights: Record<string, number>) {
    this.listener = listener;
    this.weights = weights;
    this.totalWeight = Object.values(weights).reduce((sum, weight) => sum + weight, 0) || 1;
  }

  /** Reports that `fraction` (0–1) of stage `name` is done. */
  stage(name: string, fraction: number): void {
    const weight = this.weights[name] ?? 0;
    this.emit((this.completedWeight + weight * Math.min(1, Math.max(0, fraction))) / this.totalWeight, false);
  }

  /** Marks stage `name` complete. */
  finish(name: string): void {
    this.completedWeight += this.weights[name] ?? 0;
    this.emit(this.completedWeight / this.totalWeight, this.completedWeight >= this.totalWeight);
  }

  private emit(fraction: number, force: boolean): void {
    if (!this.listener) return;
    if (force || fraction - this.reported >= 0.005) {
      this.reported = fraction;
      this.listener(Math.min(1, fraction));
    }
  }
}
