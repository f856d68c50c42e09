/**
 * Rules over sessions and the agreements declared in them: unique agreement ids across all
 * sessions, then each session against the rest of the content.
 */
import type { SesionDatos } from '../../schemas/sesion.ts';
import type { ContextoDeReglas, InformarError, Validado } from './contexto.ts';

export type AcuerdosDeclarados = ContextoDeReglas['acuerdos'];

/**
 * Agreements by id, from every session. An id used twice is an error (each agreement needs its
 * own, even when its printed key repeats); a repeated printed key without a `nota` is a warning.
 */
export function declaredAgreements(sesiones: Validado<SesionDatos>[], error: InformarError): AcuerdosDeclarados {
  const acuerdos: AcuerdosDeclarados = new Map();
  const claves = new Map<string, { sesion: Validado<SesionDatos>; indice: number }>();
  for (const sesion of sesiones) {
    const { registro, datos } = sesion;
    datos.acuerdos.forEach((acuerdo, indice) => {
      const previo = acuerdos.get(acuerdo.id);
      if (previo) {
        error(
          registro,
          ['acuerdos', indice, 'id'],
          `el identificador de acuerdo «${acuerdo.id}» ya se usa en ${previo.sesion.registro.archivo}; cada acuerdo necesita uno propio aunque su clave impresa se repita`,
        );
      } else acuerdos.set(acuerdo.id, { sesion, indice });
      if (acuerdo.clave) {
        const otra = claves.get(acuerdo.clave);
        if (otra && !acuerdo.nota) {
          error(
            registro,
            ['acuerdos', indice, 'clave'],
            `la clave «${acuerdo.clave}» se repite (también en ${otra.sesion.registro.archivo}); si así está impresa en el acta, consérvela y explíquelo en «nota»`,
            'aviso',
          );
        } else if (!otra) claves.set(acuerdo.clave, { sesion, indice });
      }
    });
  }
  return acuerdos;
}

/** One session: its references, attendance, agreements, dates and file name. */
export function checkSession(reglas: ContextoDeReglas, { registro, datos, id }: Validado<SesionDatos>) {
  const { error, REF, refAcuerdo, acuerdos, hoy, organoIds, checkDocuments } = reglas;
  REF.organo(registro, ['organo'], datos.organo);
  REF.persona(registro, ['convocatoria', 'convoca'], datos.convocatoria?.convoca);
  const asistentes = new Set<string>();
  datos.asistentes.forEach((asistente, i) => {
    REF.persona(registro, ['asistentes', i, 'persona'], asistente.persona);
    REF.institucion(registro, ['asistentes', i, 'institucion'], asistente.institucion);
    if (asistentes.has(asistente.persona)) {
      error(registro, ['asistentes', i, 'persona'], `la persona «${asistente.persona}» aparece dos veces en la lista de asistencia`);
    }
    asistentes.add(asistente.persona);
  });
  const puntos = new Set(datos.orden_del_dia.map((p) => p.numero));
  datos.acuerdos.forEach((acuerdo, i) => {
    REF.compromiso(registro, ['acuerdos', i, 'compromiso'], acuerdo.compromiso);
    REF.institucion(registro, ['acuerdos', i, 'responsable', 'institucion'], acuerdo.responsable?.institucion);
    REF.persona(registro, ['acuerdos', i, 'responsable', 'persona'], acuerdo.responsable?.persona);
    if (acuerdo.plazo && acuerdo.plazo < datos.fecha) {
      error(registro, ['acuerdos', i, 'plazo'], `el plazo (${acuerdo.plazo}) es anterior a la sesión que adoptó el acuerdo (${datos.fecha})`);
    }
    if (acuerdo.punto && puntos.size && !puntos.has(acuerdo.punto)) {
      error(registro, ['acuerdos', i, 'punto'], `el punto «${acuerdo.punto}» no está en el orden del día (puntos: ${[...puntos].join(', ')})`);
    }
  });
  refAcuerdo(registro, ['acta_aprobada_en'], datos.acta_aprobada_en);
  const aprobacion = datos.acta_aprobada_en ? acuerdos.get(datos.acta_aprobada_en) : undefined;
  if (aprobacion && aprobacion.sesion.datos.fecha < datos.fecha) {
    error(
      registro,
      ['acta_aprobada_en'],
      `el acuerdo «${datos.acta_aprobada_en}» es de ${aprobacion.sesion.datos.fecha}, anterior a esta sesión (${datos.fecha})`,
    );
  }
  REF.sesion(registro, ['seguimiento', 'sesion'], datos.seguimiento?.sesion);
  if (datos.seguimiento && datos.seguimiento.fecha < datos.fecha) {
    error(registro, ['seguimiento', 'fecha'], `la reunión de seguimiento (${datos.seguimiento.fecha}) es anterior a la sesión (${datos.fecha})`);
  }
  datos.fuentes.forEach((f, i) => REF.sesion(registro, ['fuentes', i, 'sesion'], f.sesion));
  if (datos.estado === 'celebrada' && datos.fecha > hoy) {
    error(registro, ['fecha'], `la sesión está marcada como celebrada pero su fecha (${datos.fecha}) es futura (use «estado: programada»)`);
  }
  if (datos.convocatoria?.fecha && datos.convocatoria.fecha > datos.fecha) {
    error(registro, ['convocatoria', 'fecha'], `la convocatoria (${datos.convocatoria.fecha}) es posterior a la sesión (${datos.fecha})`);
  }
  // Only for a known body: for a misspelled one the message above suggests the right id.
  if (organoIds.has(datos.organo) && !id.startsWith(`${datos.organo}-`)) {
    error(registro, ['organo'], `el nombre del archivo debe empezar con el órgano («${datos.organo}-AAAA-MM-DD.md»)`, 'aviso');
  }
  checkDocuments(registro, datos.documentos);
}
