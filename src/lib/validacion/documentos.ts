/**
 * Rules over the original documents under `public/documentos/`: each one a record lists exists
 * and matches its SHA-256, and each file there is listed by some record.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Documento } from '../../schemas/sesion.ts';
import type { Carpetas } from '../contenido/rutas.ts';
import type { RegistroLeido } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';
import { listFiles, relativePath } from './archivos.ts';
import type { InformarError } from './contexto.ts';

/** Checks the documents a record lists. */
export type ComprobarDocumentos = (registro: RegistroLeido, documentos: Documento[]) => void;

export function documentChecker(carpetas: Carpetas, error: InformarError): ComprobarDocumentos {
  return (registro, documentos) => {
    documentos.forEach((documento, i) => {
      const file = path.join(carpetas.documentos, documento.archivo);
      if (!fs.existsSync(file)) {
        error(registro, ['documentos', i, 'archivo'], `no existe el archivo public/documentos/${documento.archivo}`);
        return;
      }
      const digest = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      if (digest !== documento.sha256) {
        error(registro, ['documentos', i, 'sha256'], `no coincide con el archivo (su SHA-256 es ${digest}); si el archivo cambió, actualice el valor`);
      }
    });
  };
}

/**
 * Files under `public/documentos/` that no record lists. `ilegibles` are content files that could
 * not be read: one of them may be the one that mentions a file, and that error is reported already.
 */
export function unlistedDocuments(carpetas: Carpetas, listados: Set<string>, ilegibles: Iterable<string>): Problema[] {
  const textosIlegibles = [...ilegibles].map((file) => fs.readFileSync(file, 'latin1'));
  return listFiles(carpetas.documentos, [''])
    .filter((file) => {
      const documento = path.relative(carpetas.documentos, file).split(path.sep).join('/');
      return fs.statSync(file).isFile() && !listados.has(documento) && !textosIlegibles.some((texto) => texto.includes(documento));
    })
    .map((file) => ({ archivo: relativePath(carpetas, file), mensaje: 'ningún registro menciona este documento en «documentos»', nivel: 'aviso' as const }));
}
