// Timing for the benchmarks. On a shared machine the wall clock also counts the time a thread waited for
// a core; the CPU time of the process does not, so the benches report both.

/** What `fn` returns, with the wall-clock seconds and the CPU seconds (user + system, this process) it took. */
export function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const stop = clock();
  const value = fn();
  return { value, ...stop() };
}

/** The same for work that ends with a promise: timed until it settles. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const stop = clock();
  const value = await fn();
  return { value, ...stop() };
}

/** A clock started now: what its stop function returns is the time since. */
function clock(): () => { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
  };
}
