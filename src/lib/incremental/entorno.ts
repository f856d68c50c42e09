/** The inputs of every page key (`dependencias.ts`), gathered once per build for all templates. */
import { loadContent } from '../contenido/cargar.ts';
import { resolveFolders } from '../contenido/rutas.ts';
import { loadHistory } from '../historial.ts';
import { fileFingerprints } from './archivos.ts';
import type { Entorno } from './dependencias.ts';

let entorno: Promise<Entorno> | undefined;

export function loadEnvironment(): Promise<Entorno> {
  entorno ??= loadContent().then((contenido) => ({ contenido, historial: loadHistory(), documento: fileFingerprints(resolveFolders().documentos) }));
  return entorno;
}
