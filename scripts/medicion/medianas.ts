/**
 * Medians of repeated runs. The machine is shared and noisy, so each size is built several times and
 * the middle run is reported.
 */
import type { Medicion } from './proceso.ts';

/** The middle value (the lower middle for an even count). */
export function median(valores: readonly number[]): number {
  const ordenados = [...valores].sort((a, b) => a - b);
  return ordenados[Math.floor((ordenados.length - 1) / 2)];
}

/** Seconds to one decimal, as the tables print them. */
export const roundSeconds = (segundos: number) => Math.round(segundos * 10) / 10;

/** `a` over `b`, to two decimals. */
export const roundRatio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export const roundCpu = (segundos: number | undefined) => (segundos === undefined ? undefined : roundSeconds(segundos));

/** The median CPU seconds of some runs, when every one was measured (Linux). */
export function medianCpu(corridas: readonly Medicion[]): number | undefined {
  const cpu = corridas.map((c) => c.cpuSegundos);
  return cpu.every((s) => s !== undefined) ? roundCpu(median(cpu as number[])) : undefined;
}

/** Our median CPU time over the bare site's, when both were measured. */
export function cpuRatio(nuestras: readonly Medicion[], basicas: readonly Medicion[]): number | undefined {
  const [a, b] = [medianCpu(nuestras), medianCpu(basicas)];
  return a === undefined || b === undefined ? undefined : roundRatio(a, b);
}

/** The run with the median time, so its memory and exit code go with the time reported. */
export function medianRun(corridas: readonly Medicion[]): Medicion {
  const mediana = median(corridas.map((c) => c.segundos));
  return corridas.find((c) => c.segundos === mediana)!;
}
