/**
 * Where each collection lives. The content and data folders can be pointed elsewhere (e.g. at a
 * synthetic corpus) with the `CONTENIDO_DIR` and `DATOS_DIR` environment variables.
 */
import path from 'node:path';

export const ARCHIVOS = {
  instituciones: 'instituciones.yaml',
  organos: 'organos.yaml',
  personas: 'personas.yaml',
  sesiones: 'sesiones',
  compromisos: 'compromisos',
  seguimientoDeAcuerdos: 'seguimiento-de-acuerdos.csv',
  calendarios: 'calendarios',
  eventos: 'eventos.csv',
  municipios: 'municipios-edomex.csv',
} as const;

export interface Carpetas {
  /** Project root; file names in messages are relative to it. */
  raiz: string;
  contenido: string;
  datos: string;
  /** Folder of the original documents of sessions (`public/documentos`). */
  documentos: string;
}

export function resolveFolders(raiz = process.cwd(), env: NodeJS.ProcessEnv = process.env): Carpetas {
  return {
    raiz,
    contenido: path.resolve(raiz, env.CONTENIDO_DIR || 'content'),
    datos: path.resolve(raiz, env.DATOS_DIR || 'data'),
    documentos: path.resolve(raiz, 'public', 'documentos'),
  };
}

/** Path of a content file relative to the project root, as git and the repository name it. */
export function contentFile(nombre: string, carpetas: Carpetas = resolveFolders()): string {
  return path.relative(carpetas.raiz, path.join(carpetas.contenido, nombre)).split(path.sep).join('/');
}
