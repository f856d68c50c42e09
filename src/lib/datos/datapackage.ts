/**
 * Frictionless Data Package v2 descriptor (`datapackage.json`) of every CSV dataset: table
 * schema (types, constraints, primary and foreign keys), CSV dialect, size and SHA-256. Paths are
 * relative so the same descriptor works online (beside the CSV files in `/datos/`) and inside the
 * ZIP; `id` and `homepage` are absolute.
 */
import type { Campo } from './tipos.ts';
import type { ConjuntoPublicado, ContextoDeCatalogo } from './publicacion.ts';

export const PERFIL_PAQUETE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const PERFIL_RECURSO = 'https://datapackage.org/profiles/2.0/dataresource.json';
export const PERFIL_ESQUEMA = 'https://datapackage.org/profiles/2.0/tableschema.json';
export const PERFIL_DIALECTO = 'https://datapackage.org/profiles/2.0/tabledialect.json';

/** Name of the package: a slug of the site. */
export const NOMBRE_DEL_PAQUETE = 'datos-abiertos';

/**
 * Table Schema field descriptor. The v2 profile has no `list` type, so a list is described as
 * it is written in the CSV: a `string` of items joined by the separator (the JSON file keeps an
 * array); a list of identifiers carries a pattern for that.
 */
export function fieldDescriptor(campo: Campo): Record<string, unknown> {
  const restricciones: Record<string, unknown> = {};
  if (campo.requerido) restricciones.required = true;
  if (campo.unico) restricciones.unique = true;
  if (campo.valores && campo.tipo === 'string') restricciones.enum = [...campo.valores];
  if (campo.patron && campo.tipo === 'string' && !campo.valores) restricciones.pattern = campo.patron;
  if (campo.patron && campo.tipo === 'list') {
    const item = campo.patron.replace(/^\^|\$$/g, '');
    restricciones.pattern = `^(?:${item})(?:${escapeRegExp(campo.separador ?? ';')}(?:${item}))*$`;
  }
  if (campo.minimo !== undefined) restricciones.minimum = campo.minimo;
  return {
    name: campo.nombre,
    title: campo.titulo,
    description: campo.descripcion,
    type: campo.tipo === 'list' ? 'string' : campo.tipo,
    ...(campo.formato ? { format: campo.formato } : {}),
    ...(Object.keys(restricciones).length ? { constraints: restricciones } : {}),
  };
}

const escapeRegExp = (texto: string) => texto.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function resourceDescriptor(p: ConjuntoPublicado): Record<string, unknown> {
  const c = p.conjunto;
  return {
    $schema: PERFIL_RECURSO,
    name: c.slug,
    type: 'table',
    path: p.csv.nombre,
    title: c.titulo,
    description: c.sintetico ? `${c.descripcion} (Datos sintéticos de demostración.)` : c.descripcion,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: p.csv.tamano,
    hash: `sha256:${p.csv.sha256}`,
    ...(c.licencia ? { licenses: [{ path: c.licencia.url, title: c.licencia.nombre }] } : {}),
    ...(c.fuente ? { sources: [{ title: c.fuente }] } : {}),
    homepage: p.url,
    ...(p.version ? { version: p.version.version } : {}),
    dialect: {
      $schema: PERFIL_DIALECTO,
      header: true,
      delimiter: ',',
      lineTerminator: '\r\n',
      quoteChar: '"',
      doubleQuote: true,
    },
    schema: {
      $schema: PERFIL_ESQUEMA,
      fields: c.campos.map(fieldDescriptor),
      missingValues: [''],
      ...(c.clavePrimaria.length ? { primaryKey: c.clavePrimaria } : {}),
      ...(c.clavesForaneas.length
        ? {
            foreignKeys: c.clavesForaneas.map((fk) => ({
              fields: fk.campos,
              // Without `resource`, a reference points to the same resource (self-reference).
              reference: { ...(fk.conjunto === c.slug ? {} : { resource: fk.conjunto }), fields: fk.camposReferidos },
            })),
          }
        : {}),
    },
  };
}

export function buildDataPackage(publicados: readonly ConjuntoPublicado[], contexto: ContextoDeCatalogo): Record<string, unknown> {
  const { editor } = contexto;
  return {
    $schema: PERFIL_PAQUETE,
    name: NOMBRE_DEL_PAQUETE,
    id: contexto.absoluta('/datos/datapackage.json'),
    title: `Datos abiertos · ${editor.nombre}`,
    description: editor.descripcion,
    homepage: contexto.absoluta('/datos/'),
    created: `${contexto.actualizado}T00:00:00Z`,
    keywords: [...new Set(publicados.flatMap((p) => p.conjunto.palabrasClave))],
    licenses: [{ path: editor.licencia.url, title: editor.licencia.nombre }],
    contributors: [{ title: editor.institucion.nombre, path: editor.institucion.url, email: editor.contacto.correo, roles: ['publisher'] }],
    resources: publicados.map((p) => resourceDescriptor(p)),
  };
}
