/**
 * One build run by the benchmark, measured from outside: wall time, the peak memory of its process
 * tree (sampled from `/proc` every 200 ms) and the CPU time it and its children used.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { endedChildrenCpuSeconds } from './cpu.ts';

/** RSS in bytes of `pid` alone and of `pid` with all its descendants, read from /proc. */
function treeRss(pid: number): { propio: number; arbol: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we were reading
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return { propio: rss.get(pid) ?? 0, arbol: total };
}

export interface Medicion {
  segundos: number;
  /** Peak of the build process and its children together (Astro plus the Pagefind indexer). */
  memoriaPicoMB: number;
  /** Peak of the Astro (Node) process alone. */
  memoriaPicoNodeMB: number;
  /** User plus system seconds of the build and every process it started (Linux only). */
  cpuSegundos?: number;
  codigo: number | null;
}

/** Runs `node …args` in `cwd` with `env` added to this process's environment, and measures it. */
export function measure(args: string[], cwd: string, env: Record<string, string>): Promise<Medicion> {
  return new Promise((resolve) => {
    const inicio = performance.now();
    const cpuAntes = endedChildrenCpuSeconds();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let pico = 0;
    let picoNode = 0;
    let errores = '';
    child.stderr.on('data', (chunk) => (errores += chunk));
    const timer = setInterval(() => {
      const { propio, arbol } = treeRss(child.pid!);
      pico = Math.max(pico, arbol);
      picoNode = Math.max(picoNode, propio);
    }, 200);
    child.on('exit', (codigo) => {
      clearInterval(timer);
      if (codigo !== 0) console.error(errores.slice(-3000));
      const cpuDespues = endedChildrenCpuSeconds();
      resolve({
        segundos: (performance.now() - inicio) / 1000,
        cpuSegundos: cpuAntes === undefined || cpuDespues === undefined ? undefined : cpuDespues - cpuAntes,
        memoriaPicoMB: Math.round(pico / 1048576),
        memoriaPicoNodeMB: Math.round(picoNode / 1048576),
        codigo,
      });
    });
  });
}
