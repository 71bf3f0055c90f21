/**
 * Holds a refusal before it is answered: a caller over its sign-up or log-in limit hears back after
 * `holdMs` rather than at once. A script that tries again as soon as it hears back then costs one
 * request a second instead of dozens, each through HTTP, Express and Apollo on the thread that answers
 * redirects. A caller that does not wait for answers is not slowed by this; the refusal itself stays
 * cheap (no database, no hashing). At most `maxHeld` refusals wait at once (each is a socket and a
 * timer); beyond that they are answered at once.
 */
export class RefusalHold {
  private held = 0;

  constructor(
    readonly holdMs = 1_000,
    readonly maxHeld = 1_000,
  ) {}

  /** Refusals waiting now. */
  get waiting(): number {
    return this.held;
  }

  async hold(): Promise<void> {
    if (this.holdMs <= 0 || this.held >= this.maxHeld) return;
    this.held++;
    try {
      await new Promise((resolve) => setTimeout(resolve, this.holdMs));
    } finally {
      this.held--;
    }
  }
}
