/**
 * Spanish labels of every enumerated value, gathered from the schemas where they are declared.
 */
import { TIPOS_DE_INSTITUCION } from '../schemas/catalogos.ts';
import { ESTADOS_DE_COMPROMISO, ESTADOS_DE_FASE, FASES, PRECISIONES, TIPOS_DE_COMPROMISO } from '../schemas/compromiso.ts';
import { CALIDADES_DE_ASISTENCIA, ESTADOS_DE_SESION, MODALIDADES, TIPOS_DE_SESION, VOTACIONES } from '../schemas/sesion.ts';
import { ESTADOS_DE_ACUERDO, ESTADOS_DE_CALENDARIO, TIPOS_DE_EVENTO } from '../schemas/tablas.ts';
import { TIPOS_DE_PREGUNTA } from '../schemas/encuesta.ts';
import { ETIQUETA_SIN_SEGUIMIENTO, ETIQUETAS_DE_ADOPCION } from './derivados/acuerdos.ts';
import { ETIQUETA_SIN_REGISTRO } from './derivados/calendario.ts';
import { formatNumber } from './numeros.ts';
import { ETIQUETA_VENCIDO } from './seguimiento/estado.ts';

export const ETIQUETAS = {
  tipoDeInstitucion: TIPOS_DE_INSTITUCION,
  tipoDeSesion: TIPOS_DE_SESION,
  estadoDeSesion: { ...ESTADOS_DE_SESION, 'sin-registro': ETIQUETA_SIN_REGISTRO },
  modalidad: MODALIDADES,
  votacion: VOTACIONES,
  calidad: CALIDADES_DE_ASISTENCIA,
  tipoDeCompromiso: TIPOS_DE_COMPROMISO,
  estadoDeCompromiso: ESTADOS_DE_COMPROMISO,
  fase: FASES,
  estadoDeFase: { ...ESTADOS_DE_FASE, 'sin-informacion': 'Sin información' },
  precision: PRECISIONES,
  estadoDeAcuerdo: { ...ESTADOS_DE_ACUERDO, 'sin-seguimiento': ETIQUETA_SIN_SEGUIMIENTO, vencido: ETIQUETA_VENCIDO },
  estadoDeCalendario: { ...ESTADOS_DE_CALENDARIO, 'sin-registro': ETIQUETA_SIN_REGISTRO },
  adopcion: ETIQUETAS_DE_ADOPCION,
  tipoDeEvento: TIPOS_DE_EVENTO,
  tipoDePregunta: TIPOS_DE_PREGUNTA,
} as const;

/** Label of `valor` in table `tabla`, or the value itself when unknown. */
export function label<T extends keyof typeof ETIQUETAS>(tabla: T, valor: string): string {
  return (ETIQUETAS[tabla] as Record<string, string>)[valor] ?? valor;
}

/** Spanish plural: «1 sesión», «3 sesiones». */
export function plural(n: number, uno: string, varios: string): string {
  return `${formatNumber(n)} ${n === 1 ? uno : varios}`;
}
