/**
 * Rules over commitments: references, progress reports dated as their sessions, and phases.
 */
import type { CompromisoDatos } from '../../schemas/compromiso.ts';
import type { RegistroLeido } from '../lectura/lectura.ts';
import type { ContextoDeReglas, InformarError, Validado } from './contexto.ts';

export function checkCommitment(reglas: ContextoDeReglas, { registro, datos }: Validado<CompromisoDatos>) {
  const { error, REF, sesionPorId, hoy, checkDocuments } = reglas;
  REF.institucion(registro, ['responsable'], datos.responsable);
  datos.corresponsables.forEach((id, i) => REF.institucion(registro, ['corresponsables', i], id));
  datos.avances.forEach((avance, i) => {
    REF.sesion(registro, ['avances', i, 'sesion'], avance.sesion);
    REF.persona(registro, ['avances', i, 'presentado_por'], avance.presentado_por);
    const sesion = avance.sesion ? sesionPorId.get(avance.sesion) : undefined;
    if (sesion && sesion.datos.fecha !== avance.fecha) {
      error(
        registro,
        ['avances', i, 'fecha'],
        `el avance tiene fecha ${avance.fecha}, pero la sesión «${avance.sesion}» en que se presentó se celebró el ${sesion.datos.fecha}: use la fecha de la sesión`,
      );
    }
    if (avance.fecha > hoy) error(registro, ['avances', i, 'fecha'], `la fecha del avance (${avance.fecha}) es futura`);
  });
  checkPhaseOrder(registro, datos, error);
  checkDocuments(registro, datos.documentos);
  datos.fuentes.forEach((f, i) => REF.sesion(registro, ['fuentes', i, 'sesion'], f.sesion));
}

/** A phase appears once, and only proactive commitments have the five phases. */
export function checkPhaseOrder(registro: RegistroLeido, datos: CompromisoDatos, error: InformarError) {
  const vistas = new Set<string>();
  datos.fases.forEach((fase, i) => {
    if (vistas.has(fase.fase)) error(registro, ['fases', i, 'fase'], `la fase «${fase.fase}» aparece dos veces`);
    vistas.add(fase.fase);
  });
  if (datos.tipo === 'cocreado' && datos.fases.length) {
    error(registro, ['fases'], 'las cinco fases solo aplican a compromisos proactivos (tipo: proactivo)');
  }
}
