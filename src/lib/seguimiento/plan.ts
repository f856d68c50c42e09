/**
 * Progress of the Local Action Plan, from the commitments' own declared state and phases: how
 * many commitments in each state, type and axis, and how many of the five phases each proactive
 * commitment has concluded. Nothing is estimated: a phase without information counts as not concluded.
 */
import { ESTADOS_DE_COMPROMISO, TIPOS_DE_COMPROMISO, type FaseDeCompromiso } from '../../schemas/compromiso.ts';
import { ORDEN_DE_FASES } from '../derivados/compromisos.ts';

export interface ConteoSimple {
  clave: string;
  total: number;
  /** Share of all commitments, 0–100. */
  porcentaje: number;
}

interface CompromisoParaPlan {
  data: { estado: string; tipo: string; eje?: string; fases: readonly FaseDeCompromiso[] };
}

/** Key used for commitments whose sources give no axis. */
export const SIN_EJE = 'sin-eje';

function countBy(claves: readonly string[], orden?: readonly string[]): ConteoSimple[] {
  const n = new Map<string, number>();
  for (const k of claves) n.set(k, (n.get(k) ?? 0) + 1);
  const todas = orden ? [...orden, ...[...n.keys()].filter((k) => !orden.includes(k)).sort()] : [...n.keys()].sort((a, b) => a.localeCompare(b, 'es'));
  return todas.map((clave) => ({ clave, total: n.get(clave) ?? 0, porcentaje: claves.length ? ((n.get(clave) ?? 0) / claves.length) * 100 : 0 }));
}

export interface AvanceDelPlan {
  total: number;
  porEstado: ConteoSimple[];
  porTipo: ConteoSimple[];
  /** Axes alphabetically, `sin-eje` last. */
  porEje: ConteoSimple[];
}

export function planProgress(compromisos: readonly CompromisoParaPlan[]): AvanceDelPlan {
  const ejes = countBy(compromisos.map((k) => k.data.eje ?? SIN_EJE));
  return {
    total: compromisos.length,
    porEstado: countBy(
      compromisos.map((k) => k.data.estado),
      Object.keys(ESTADOS_DE_COMPROMISO),
    ),
    porTipo: countBy(
      compromisos.map((k) => k.data.tipo),
      Object.keys(TIPOS_DE_COMPROMISO),
    ),
    porEje: [...ejes.filter((e) => e.clave !== SIN_EJE), ...ejes.filter((e) => e.clave === SIN_EJE)],
  };
}

/** How many of the five phases are concluded, and that as a share. */
export function phaseProgress(fases: readonly FaseDeCompromiso[]): { concluidas: number; total: number; porcentaje: number } {
  const concluidas = ORDEN_DE_FASES.filter((f) => fases.some((x) => x.fase === f && x.estado === 'concluida')).length;
  return { concluidas, total: ORDEN_DE_FASES.length, porcentaje: (concluidas / ORDEN_DE_FASES.length) * 100 };
}
