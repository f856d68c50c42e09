/** The inputs of every page key (`dependencias.ts`), gathered once per build for all templates. */
import { contentCodeFingerprint } from '../contenido/codigo-del-contenido.ts';
import { loadContent } from '../contenido/cargar.ts';
import { resolveFolders } from '../contenido/rutas.ts';
import { loadHistory } from '../historial.ts';
import { fileFingerprints } from './archivos.ts';
import type { Entorno } from './dependencias.ts';

let entorno: Promise<Entorno> | undefined;

export function loadEnvironment(): Promise<Entorno> {
  entorno ??= loadContent().then((contenido) => {
    const carpetas = resolveFolders();
    return { contenido, historial: loadHistory(), documento: fileFingerprints(carpetas.documentos), codigoDelContenido: contentCodeFingerprint(carpetas.raiz) };
  });
  return entorno;
}
