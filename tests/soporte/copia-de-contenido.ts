/**
 * A throw-away copy of the real content, data and documents, for tests that break one thing
 * and check what `validate` and the build say about it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFolder, type Carpetas } from '../../src/lib/contenido/rutas.ts';
import { RAIZ } from './rutas.ts';

export interface CopiaDeContenido {
  carpetas: Carpetas;
  /** Reads a file of the copy, by path relative to its root (`content/eventos.csv`). */
  leer(archivo: string): string;
  escribir(archivo: string, texto: string): void;
  /** Replaces the first occurrence of `buscar` in a file; fails if it is not there. */
  reemplazar(archivo: string, buscar: string | RegExp, por: string): void;
  borrar(): void;
}

export function copyContent(): CopiaDeContenido {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'contenido-'));
  fs.cpSync(path.join(RAIZ, 'content'), path.join(raiz, 'content'), { recursive: true });
  fs.cpSync(path.join(RAIZ, 'data'), path.join(raiz, 'data'), { recursive: true });
  fs.cpSync(path.join(RAIZ, 'public', 'documentos'), path.join(raiz, 'public', 'documentos'), { recursive: true });
  const ruta = (archivo: string) => path.join(raiz, archivo);
  const carpetas: Carpetas = { raiz, contenido: ruta('content'), datos: ruta('data'), documentos: ruta('public/documentos') };
  // Builds of the copy run from the project root, so their cache folder is named from it.
  const cache = cacheFolder({ ...carpetas, raiz: RAIZ });
  return {
    carpetas,
    leer: (archivo) => fs.readFileSync(ruta(archivo), 'utf8'),
    escribir: (archivo, texto) => {
      fs.mkdirSync(path.dirname(ruta(archivo)), { recursive: true });
      fs.writeFileSync(ruta(archivo), texto);
    },
    reemplazar(archivo, buscar, por) {
      const antes = this.leer(archivo);
      const despues = antes.replace(buscar, por);
      if (antes === despues) throw new Error(`«${String(buscar)}» no está en ${archivo}`);
      this.escribir(archivo, despues);
    },
    borrar: () => {
      fs.rmSync(raiz, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    },
  };
}
