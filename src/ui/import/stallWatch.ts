/**
 * Says when a job has made no progress for `quietMilliseconds`: started when the job starts,
 * told of each step, stopped when it ends. Fires once per quiet spell.
 */
export class StallWatch {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly quietMilliseconds: number,
    private readonly onStalled: () => void,
  ) {}

  start(): void {
    this.progressed();
  }

  progressed(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onStalled();
    }, this.quietMilliseconds);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
