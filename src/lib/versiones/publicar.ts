/**
 * What the site publishes of a dataset's versions: the list of versions and the changelog
 * (`/datos/<conjunto>/cambios.json`), an Atom feed of new versions (`cambios.atom`), the fixed CSV
 * of each of the latest versions (`versiones/<fecha>.csv`, with the published CSV's rules) and
 * the version named in the catalogues. Without history, each says so instead of inventing.
 */
import { escapeXml } from '../datos/feeds.ts';
import { writeCsv } from '../csv/escribir-csv.ts';
import { rutas } from '../url.ts';
import type { Conjunto, Fila } from '../datos/tipos.ts';
import { changelog, describeKey, summarise, type CambiosEntreVersiones, type Version } from './cambios.ts';
import type { CommitOmitido, HistorialDeDatos } from './historial-de-datos.ts';

export const SIN_HISTORIAL = 'historial no disponible en esta copia';

export const rutasDeVersiones = {
  cambios: (slug: string) => `/datos/${slug}/cambios.json`,
  atom: (slug: string) => `/datos/${slug}/cambios.atom`,
  version: (slug: string, version: string) => `/datos/${slug}/versiones/${version}.csv`,
} as const;

export interface VersionesDelConjunto {
  disponible: boolean;
  /** Why there is no history, when there is none. */
  motivo?: string;
  /** Oldest first. */
  versiones: Version[];
  /** Newest first. */
  cambios: CambiosEntreVersiones[];
  /** Versions that get a fixed CSV file: the latest `publicadas`, newest first. */
  conArchivo: Version[];
  /** The build's rows differ from the latest version (changes not yet committed). */
  sinConfirmar: boolean;
  omitidos: CommitOmitido[];
}

export function datasetVersions(historial: HistorialDeDatos, conjunto: Conjunto, filasActuales: readonly Fila[], publicadas: number): VersionesDelConjunto {
  if (!historial.disponible)
    return { disponible: false, motivo: historial.motivo, versiones: [], cambios: [], conArchivo: [], sinConfirmar: false, omitidos: [] };
  const versiones = historial.versiones.get(conjunto.slug) ?? [];
  const ultima = versiones[versiones.length - 1];
  return {
    disponible: true,
    versiones,
    cambios: changelog(
      versiones,
      conjunto.campos.map((c) => c.nombre),
      conjunto.clavePrimaria,
    ),
    conArchivo: versiones.slice(-publicadas).reverse(),
    sinConfirmar: !ultima || JSON.stringify(ultima.filas) !== JSON.stringify(filasActuales),
    omitidos: historial.omitidos,
  };
}

/** The version the catalogues name, and its notes (`adms:versionNotes`). */
export function catalogueVersion(v: VersionesDelConjunto): { version: string; notas: string } | undefined {
  const ultima = v.versiones[v.versiones.length - 1];
  if (!ultima) return undefined;
  const cambio = v.cambios[0];
  const notas = cambio ? `Cambios desde la versión ${cambio.desde}: ${summarise(cambio)}.` : `Primera versión registrada, con ${ultima.filas.length} filas.`;
  return { version: ultima.version, notas };
}

export function writeChangesJson(conjunto: Conjunto, v: VersionesDelConjunto, absoluta: (ruta: string) => string): string {
  const documento = {
    conjunto: conjunto.slug,
    titulo: conjunto.titulo,
    historial_disponible: v.disponible,
    ...(v.disponible ? {} : { aviso: `${SIN_HISTORIAL}: ${v.motivo}.` }),
    clave_primaria: conjunto.clavePrimaria,
    versiones: [...v.versiones].reverse().map((x) => ({
      version: x.version,
      fecha: x.version,
      commit: x.commit,
      numero_de_filas: x.filas.length,
      ...(v.conArchivo.includes(x) ? { csv: absoluta(rutasDeVersiones.version(conjunto.slug, x.version)) } : {}),
    })),
    cambios: v.cambios,
    ...(v.omitidos.length ? { commits_omitidos: v.omitidos } : {}),
  };
  return JSON.stringify(documento, null, 2) + '\n';
}

/** Atom 1.0 feed: one entry per version, newest first, with what changed. */
export function writeChangesAtom(conjunto: Conjunto, v: VersionesDelConjunto, absoluta: (ruta: string) => string, autor: string): string {
  const pagina = absoluta(rutas.conjunto(conjunto.slug));
  const propio = absoluta(rutasDeVersiones.atom(conjunto.slug));
  const nuevas = [...v.versiones].reverse();
  const instante = (fecha: string) => `${fecha}T00:00:00-06:00`;
  const entradas = nuevas.map((x) => {
    const cambio = v.cambios.find((c) => c.hasta === x.version);
    const detalle = cambio
      ? [
          `${summarise(cambio)}.`,
          ...cambio.agregadas.slice(0, 20).map((k) => `Agregada: ${describeKey(k)}.`),
          ...cambio.modificadas.slice(0, 20).map((m) => `Modificada: ${describeKey(m.clave)} (${m.campos.join(', ')}).`),
          ...cambio.eliminadas.slice(0, 20).map((k) => `Eliminada: ${describeKey(k)}.`),
        ].join(' ')
      : `Primera versión registrada, con ${x.filas.length} filas.`;
    const enlace = v.conArchivo.includes(x) ? absoluta(rutasDeVersiones.version(conjunto.slug, x.version)) : pagina;
    return [
      '  <entry>',
      `    <title>${escapeXml(`${conjunto.titulo}: versión ${x.version}`)}</title>`,
      `    <id>${escapeXml(`${pagina}#version-${x.version}`)}</id>`,
      `    <link href="${escapeXml(enlace)}"/>`,
      `    <updated>${instante(x.version)}</updated>`,
      `    <summary>${escapeXml(`${detalle} Commit ${x.commit}.`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es-MX">',
    `  <title>${escapeXml(`Versiones de «${conjunto.titulo}»`)}</title>`,
    ...(v.disponible ? [] : [`  <subtitle>${escapeXml(`${SIN_HISTORIAL}: ${v.motivo}.`)}</subtitle>`]),
    `  <id>${escapeXml(propio)}</id>`,
    `  <link rel="self" href="${escapeXml(propio)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pagina)}"/>`,
    // A feed needs an update time; with no version, the earliest instant says «never updated».
    `  <updated>${nuevas[0] ? instante(nuevas[0].version) : '1970-01-01T00:00:00Z'}</updated>`,
    `  <author><name>${escapeXml(autor)}</name></author>`,
    ...entradas,
    '</feed>',
    '',
  ].join('\n');
}

/** The fixed CSV of a past version, with the same writer and rules as the published CSV. */
export function writeVersionCsv(conjunto: Conjunto, version: Version): string {
  return writeCsv(conjunto.campos, version.filas);
}
