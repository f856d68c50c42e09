/**
 * Rules over the CSV tables (agreement follow-up, calendars, events) and the phases of a
 * commitment: each checks one record against the rest of the content.
 */
import type { CompromisoDatos } from '../../schemas/compromiso.ts';
import type { EntradaDeCalendario, Evento, SeguimientoDeAcuerdo } from '../../schemas/tablas.ts';
import type { ContextoDeReglas, InformarError } from './contexto.ts';
import type { RegistroLeido } from '../lectura/lectura.ts';

export function checkFollowUp({ error, REF, refAcuerdo, acuerdos, hoy }: ContextoDeReglas, registro: RegistroLeido, datos: SeguimientoDeAcuerdo) {
  refAcuerdo(registro, ['acuerdo'], datos.acuerdo);
  REF.sesion(registro, ['sesion'], datos.sesion);
  const origen = acuerdos.get(datos.acuerdo);
  if (origen && datos.fecha < origen.sesion.datos.fecha) {
    error(registro, ['fecha'], `la fecha (${datos.fecha}) es anterior a la sesión que adoptó el acuerdo (${origen.sesion.datos.fecha})`);
  }
  if (datos.fecha > hoy) error(registro, ['fecha'], `la fecha del seguimiento (${datos.fecha}) es futura`);
}

/** `planeadas`: the entries seen so far, by body, year, type and number. */
export function checkCalendarEntry(
  { error, REF, refAcuerdo, sesiones, sesionPorId }: ContextoDeReglas,
  planeadas: Map<string, RegistroLeido>,
  registro: RegistroLeido,
  datos: EntradaDeCalendario,
) {
  REF.organo(registro, ['organo'], datos.organo);
  refAcuerdo(registro, ['aprobado_por'], datos.aprobado_por);
  REF.sesion(registro, ['sesion'], datos.sesion);
  const key = `${datos.organo}|${datos.anio}|${datos.tipo}|${datos.numero}`;
  const previo = planeadas.get(key);
  if (previo)
    error(registro, ['numero'], `la sesión ${datos.tipo} número ${datos.numero} de ${datos.anio} ya está en ${previo.archivo}:${previo.ubicar([]).linea}`);
  planeadas.set(key, registro);
  if (!datos.fecha_programada.startsWith(String(datos.anio))) {
    error(registro, ['fecha_programada'], `la fecha ${datos.fecha_programada} no es del año ${datos.anio} del calendario`);
  }
  const celebrada = datos.sesion ? sesionPorId.get(datos.sesion) : undefined;
  if (celebrada && celebrada.datos.organo !== datos.organo) {
    error(registro, ['sesion'], `la sesión «${datos.sesion}» es de otro órgano (${celebrada.datos.organo})`);
  }
  const mismoDia = sesiones.find((s) => s.datos.organo === datos.organo && s.datos.fecha === datos.fecha_programada && s.datos.estado === 'celebrada');
  if (mismoDia && datos.estado === 'cancelada') {
    error(registro, ['estado'], `el calendario dice «cancelada» pero la sesión «${mismoDia.id}» se celebró ese día`);
  }
}

export function checkEvent({ error, REF, sesionIds, acuerdoIds, idsConErrores }: ContextoDeReglas, registro: RegistroLeido, datos: Evento) {
  REF.organo(registro, ['organo'], datos.organo);
  REF.institucion(registro, ['institucion'], datos.institucion);
  datos.ponentes?.forEach((id) => REF.persona(registro, ['ponentes'], id));
  if (datos.fuente && !sesionIds.has(datos.fuente) && !acuerdoIds.has(datos.fuente) && !idsConErrores.has(datos.fuente)) {
    error(registro, ['fuente'], `no existe una sesión ni un acuerdo con el identificador «${datos.fuente}»`);
  }
}

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
