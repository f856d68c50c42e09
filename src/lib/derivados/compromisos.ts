/**
 * Progress of commitments: the five phases of proactive commitments in order, and the current one.
 */
import { FASES, type Avance, type Fase, type FaseDeCompromiso } from '../../schemas/compromiso.ts';

export const ORDEN_DE_FASES = Object.keys(FASES) as Fase[];

export interface FaseEnOrden {
  fase: Fase;
  /** Declared state, or `sin-informacion` when the sources say nothing about the phase. */
  estado: FaseDeCompromiso['estado'] | 'sin-informacion';
  declarada?: FaseDeCompromiso;
}

/** The five phases in canonical order, each with what was declared about it. */
export function phasesInOrder(fases: readonly FaseDeCompromiso[]): FaseEnOrden[] {
  return ORDEN_DE_FASES.map((fase) => {
    const declarada = fases.find((f) => f.fase === fase);
    return { fase, estado: declarada?.estado ?? 'sin-informacion', declarada };
  });
}

/**
 * The phase the commitment has reached: the furthest one, in canonical order, that a source
 * reports in process or concluded, with that source. Phases no source mentions are not assumed
 * pending — a commitment integrated into the launched plan is past its earlier phases even when
 * no minutes record them — and a phase once reported pending is not the current one when a source
 * reports a later phase reached. `undefined` when no source reports any phase reached.
 */
export function currentPhase(fases: readonly FaseDeCompromiso[]): FaseDeCompromiso | undefined {
  return phasesInOrder(fases)
    .filter((f) => f.estado === 'en-proceso' || f.estado === 'concluida')
    .at(-1)?.declarada;
}

/** Progress reports, newest first. */
export function reportsNewestFirst(avances: readonly Avance[]): Avance[] {
  return [...avances].sort((a, b) => b.fecha.localeCompare(a.fecha));
}
