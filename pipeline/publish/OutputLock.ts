/** The one writer's hold on an output folder (OUT/capdo.lock). */
export interface OutputLock {
  path: string;
  token: string;
  /** Throws unless the lock file still names this holder: checked right before anything is swapped in. */
  assertHeld(): void;
  release(): void;
}
