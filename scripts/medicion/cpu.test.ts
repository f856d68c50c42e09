import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childrenCpuSeconds, endedChildrenCpuSeconds } from './cpu.ts';

describe('CPU time of ended children', () => {
  it('reads cutime and cstime after a command name with spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const linea = '4242 (node (a) b) S 1 4242 4242 0 -1 4194560 900 12 0 0 350 40 1234 56 20 0 11 0 777 1000000 2000';
    expect(childrenCpuSeconds(linea)).toBe(12.9);
  });

  it('rejects a line it cannot read', () => {
    expect(() => childrenCpuSeconds('4242 (node) S 1')).toThrow(/inesperada/);
  });

  it.runIf(process.platform === 'linux')('grows by the time of a child once it has ended', () => {
    const antes = endedChildrenCpuSeconds()!;
    // A third of a second of work: thirty ticks of 10 ms, well above the counting's grain.
    const hijo = spawnSync(process.execPath, ['-e', 'const fin = process.cpuUsage().user + 3e5; while (process.cpuUsage().user < fin);']);
    expect(hijo.status).toBe(0);
    expect(endedChildrenCpuSeconds()!).toBeGreaterThan(antes + 0.2);
  });
});
