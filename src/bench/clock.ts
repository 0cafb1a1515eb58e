// Timing for the benchmarks. On a shared machine the wall clock also counts the time a thread waited for
// a core; the CPU time of the process does not, so the benches report both.

/** What `fn` returns, with the wall-clock seconds and the CPU seconds (user + system, this process) it took. */
export function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1e6 };
}
