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

export const roundCpu = (segundos: number | undefined) => (segundos === undefined ? undefined : Math.round(segundos * 10) / 10);

/** The median CPU seconds of some runs, when every one was measured (Linux). */
export function medianCpu(corridas: readonly Medicion[]): number | undefined {
  const cpu = corridas.map((c) => c.cpuSegundos);
  return cpu.every((s) => s !== undefined) ? roundCpu(median(cpu as number[])) : undefined;
}

/** Our median CPU time over the bare site's, when both were measured. */
export function cpuRatio(nuestras: readonly Medicion[], basicas: readonly Medicion[]): number | undefined {
  const [a, b] = [medianCpu(nuestras), medianCpu(basicas)];
  return a === undefined || b === undefined ? undefined : Math.round((a / b) * 100) / 100;
}

/** The run with the median time, so its memory and exit code go with the time reported. */
export function medianRun(corridas: readonly Medicion[]): Medicion {
  const mediana = median(corridas.map((c) => c.segundos));
  return corridas.find((c) => c.segundos === mediana)!;
}
