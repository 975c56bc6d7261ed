/** Wraps an async function so that at most `limit` calls run at once; the others wait their turn, in order. */
export function limitConcurrency<A extends unknown[], R>(limit: number, work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (...args: A) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work(...args);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
