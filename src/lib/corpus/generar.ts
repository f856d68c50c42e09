/**
 * Deterministic synthetic corpus for benchmarks: given sizes and a seed, the content of a whole
 * state-wide deployment (many bodies, sessions with attendees, agendas and agreements, follow-ups,
 * commitments with progress, calendars, events). Every file validates; the same seed always gives
 * the same bytes.
 */
import { stringify } from 'yaml';
import { sessionTitleFor } from '../nuevo/ordinales.ts';
import { prng } from '../azar.ts';

export interface TamanosDelCorpus {
  sesiones: number;
  acuerdosPorSesion?: number;
  organos?: number;
  personas?: number;
  compromisos?: number;
  eventos?: number;
  semilla?: number;
}

const NOMBRES = [
  'María',
  'José',
  'Guadalupe',
  'Juan',
  'Ana',
  'Luis',
  'Rosa',
  'Carlos',
  'Lucía',
  'Jorge',
  'Elena',
  'Miguel',
  'Sofía',
  'Andrés',
  'Patricia',
  'Ricardo',
];
const APELLIDOS = [
  'Hernández',
  'García',
  'Martínez',
  'López',
  'González',
  'Pérez',
  'Rodríguez',
  'Sánchez',
  'Ramírez',
  'Cruz',
  'Flores',
  'Gómez',
  'Morales',
  'Vázquez',
  'Jiménez',
  'Reyes',
];
const CARGOS = [
  'Presidenta Municipal',
  'Síndico',
  'Regidora',
  'Secretario del Ayuntamiento',
  'Titular de la Unidad de Transparencia',
  'Contralora Municipal',
  'Representante de la Sociedad Civil',
];
const TEMAS = [
  'transparencia proactiva',
  'datos abiertos',
  'participación ciudadana',
  'rendición de cuentas',
  'presupuesto participativo',
  'obra pública',
  'protección de datos personales',
  'cabildo abierto',
];
const PARRAFO =
  'En uso de la voz, la Secretaría Técnica presentó el punto y explicó sus antecedentes, el avance de los trabajos y las acciones propuestas para el siguiente periodo, en el marco del ejercicio local de Gobierno Abierto. Las y los integrantes expresaron sus comentarios y se recabó la votación correspondiente.';

const ROMANOS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Files of the corpus, by path relative to its root (`content/…`). */
export function generateCorpus(t: TamanosDelCorpus): Map<string, string> {
  const azar = prng(t.semilla ?? 20221216);
  const pick = <T>(list: readonly T[]) => list[Math.floor(azar() * list.length)];
  const acuerdosPorSesion = t.acuerdosPorSesion ?? 5;
  const numOrganos = t.organos ?? Math.max(1, Math.min(125, Math.ceil(t.sesiones / 80)));
  const numPersonas = t.personas ?? Math.max(20, Math.min(5000, numOrganos * 8));
  const numCompromisos = t.compromisos ?? Math.max(3, Math.min(500, Math.ceil(t.sesiones / 20)));
  const numEventos = t.eventos ?? Math.max(5, Math.ceil(t.sesiones / 10));
  const files = new Map<string, string>();

  const instituciones = [{ id: 'infoem', nombre: 'Instituto de Transparencia del Estado de México (sintético)', siglas: 'Infoem', tipo: 'organo-garante' }];
  const organos = Array.from({ length: numOrganos }, (_, i) => {
    const n = pad(i + 1, 3);
    instituciones.push({ id: `ayuntamiento-${n}`, nombre: `Ayuntamiento sintético ${n}`, siglas: `AYT-${n}`, tipo: 'gobierno-municipal' });
    return {
      id: `secretariado-${n}`,
      nombre: `Secretariado Técnico Municipal ${n}`,
      siglas: `STM-${n}`,
      institucion: `ayuntamiento-${n}`,
      descripcion: `Órgano colegiado sintético número ${n}, para pruebas de rendimiento.`,
    };
  });
  const personas = Array.from({ length: numPersonas }, (_, i) => ({
    id: `persona-${pad(i + 1, 5)}`,
    nombre: `${pick(NOMBRES)} ${pick(APELLIDOS)} ${pick(APELLIDOS)}`,
  }));
  files.set('content/instituciones.yaml', stringify(instituciones));
  files.set('content/organos.yaml', stringify(organos));
  files.set('content/personas.yaml', stringify(personas));

  const sesionesPorOrgano = new Map<string, number>();
  const acuerdos: { id: string; fecha: string; sesion: string }[] = [];
  const sesiones: { id: string; fecha: string; organo: string }[] = [];
  for (let i = 0; i < t.sesiones; i++) {
    const organo = organos[i % numOrganos];
    const numero = (sesionesPorOrgano.get(organo.id) ?? 0) + 1;
    sesionesPorOrgano.set(organo.id, numero);
    // Sessions every 30 days per body from 2015, so ids never collide and dates stay in the past.
    const fecha = new Date(Date.UTC(2015, 0, 5) + (numero - 1) * 30 * 86_400_000 + (i % 7) * 86_400_000).toISOString().slice(0, 10);
    const id = `${organo.id}-${fecha}`;
    const clave = (k: number) => `${organo.siglas}/${numero}/${k}/${fecha.slice(0, 4)}`;
    const asistentes = Array.from({ length: 6 }, (_, k) => ({
      persona: personas[(i * 3 + k * 7) % numPersonas].id,
      cargo: pick(CARGOS),
    })).filter((a, k, all) => all.findIndex((b) => b.persona === a.persona) === k);
    const orden = ROMANOS.slice(0, acuerdosPorSesion + 2).map((numeroPunto, k) => ({
      numero: numeroPunto,
      texto: k === 0 ? 'Lista de asistencia y declaratoria de quórum' : `Presentación y, en su caso, aprobación del tema de ${pick(TEMAS)}`,
    }));
    const propios = Array.from({ length: acuerdosPorSesion }, (_, k) => ({
      id: `${id}-${k + 1}`,
      clave: clave(k + 1),
      punto: orden[k + 1].numero,
      texto: `Se aprueba por unanimidad de votos la propuesta sobre ${pick(TEMAS)} presentada en el punto ${orden[k + 1].numero}.`,
      votacion: 'unanimidad',
    }));
    acuerdos.push(...propios.map((a) => ({ id: a.id, fecha, sesion: id })));
    sesiones.push({ id, fecha, organo: organo.id });
    const datos = {
      titulo: sessionTitleFor('ordinaria', numero),
      organo: organo.id,
      tipo: 'ordinaria',
      numero,
      fecha,
      hora_inicio: '11:00',
      hora_fin: '12:30',
      modalidad: pick(['presencial', 'virtual', 'hibrida']),
      resumen: `Sesión sintética ${numero} del ${organo.nombre}: ${acuerdosPorSesion} acuerdos sobre ${pick(TEMAS)}.`,
      asistentes,
      orden_del_dia: orden,
      acuerdos: propios,
    };
    const cuerpo = orden.map((p) => `## ${p.numero}. ${p.texto}\n\n${PARRAFO}\n`).join('\n');
    files.set(`content/sesiones/${id}.md`, `---\n${stringify(datos, { lineWidth: 0 })}---\n\n${cuerpo}`);
  }

  const seguimiento = ['acuerdo,fecha,estado,nota,sesion'];
  acuerdos.forEach((a, k) => {
    if (k % 3 === 0) seguimiento.push(`${a.id},${a.fecha},${pick(['pendiente', 'en-proceso', 'cumplido'])},Reporte sintético.,${a.sesion}`);
  });
  files.set('content/seguimiento-de-acuerdos.csv', seguimiento.join('\n') + '\n');

  for (let c = 0; c < numCompromisos; c++) {
    const avances = Array.from({ length: 3 }, (_, k) => sesiones[(c * 13 + k * 5) % sesiones.length])
      .filter((s, k, all) => s && all.findIndex((x) => x.id === s.id) === k)
      .map((s) => ({
        fecha: s.fecha,
        sesion: s.id,
        resumen: `Avance sintético del compromiso ${c + 1}.`,
        cifras: [{ indicador: 'Acciones realizadas', valor: Math.floor(azar() * 1000) }],
      }));
    const datos = {
      titulo: `Compromiso sintético ${c + 1} sobre ${pick(TEMAS)}`,
      tipo: c % 3 === 0 ? 'proactivo' : 'cocreado',
      plan: 'Plan de Acción sintético',
      responsable: instituciones[1 + (c % numOrganos)].id,
      estado: 'en-implementacion',
      objetivo: `Objetivo sintético del compromiso ${c + 1}.`,
      ...(c % 3 === 0
        ? {
            fases: [
              { fase: 'propuesta', estado: 'concluida' },
              { fase: 'arbol-de-problemas', estado: 'en-proceso' },
            ],
          }
        : {}),
      avances,
    };
    files.set(`content/compromisos/compromiso-sintetico-${pad(c + 1, 4)}.md`, `---\n${stringify(datos, { lineWidth: 0 })}---\n\n${PARRAFO}\n`);
  }

  const calendario = ['organo,anio,numero,tipo,fecha_programada,hora,aprobado_por,estado,sesion,nota'];
  for (const organo of organos.slice(0, Math.min(numOrganos, 50))) {
    for (let k = 1; k <= 4; k++) calendario.push(`${organo.id},2030,${k},ordinaria,2030-${pad(k * 3 - 1, 2)}-15,,,,,`);
  }
  files.set('content/calendarios/sinteticos-2030.csv', calendario.join('\n') + '\n');

  const eventos = ['id,fecha,fecha_fin,hora,titulo,tipo,organo,institucion,ponentes,grupo,modalidad,descripcion,fuente,nota'];
  for (let e = 0; e < numEventos; e++) {
    const s = sesiones[(e * 11) % sesiones.length];
    eventos.push(
      `evento-sintetico-${pad(e + 1, 5)},${s.fecha},,,Jornada sintética ${e + 1},jornada-de-sensibilizacion,${s.organo},,${personas[e % numPersonas].id},,,,${s.id},`,
    );
  }
  files.set('content/eventos.csv', eventos.join('\n') + '\n');
  return files;
}
