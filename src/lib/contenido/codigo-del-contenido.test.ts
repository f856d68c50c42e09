import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAVE_DE_CODIGO, contentCodeFingerprint, localImportClosure, rereadOnCodeChange } from './codigo-del-contenido.ts';

const RAIZ = path.resolve(import.meta.dirname, '../../..');
const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

/** A project with a content config importing a schema, which imports a helper; and a Markdown plugin. */
function project(): string {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'codigo-del-contenido-'));
  carpetas.push(raiz);
  const archivos: Record<string, string> = {
    'src/content.config.ts': "import { sesionSchema } from './schemas/sesion.ts';\nexport const collections = {};\n",
    'src/schemas/sesion.ts': "import { isRealDate } from './comunes.ts';\nexport const sesionSchema = {};\n",
    'src/schemas/comunes.ts': 'export const isRealDate = () => true;\n',
    'src/schemas/sin-usar.ts': 'export const nada = 1;\n',
    'src/lib/markdown/titulos.ts': 'export const nestHeadings = () => {};\n',
    'package-lock.json': '{}\n',
  };
  for (const [archivo, texto] of Object.entries(archivos)) {
    fs.mkdirSync(path.dirname(path.join(raiz, archivo)), { recursive: true });
    fs.writeFileSync(path.join(raiz, archivo), texto);
  }
  return raiz;
}

describe('the code that reads the content', () => {
  it('is the content config and every file it imports, directly or not', () => {
    const raiz = project();
    const relativos = localImportClosure([path.join(raiz, 'src/content.config.ts')]).map((a) => path.relative(raiz, a));
    expect(relativos).toEqual(['src/content.config.ts', 'src/schemas/comunes.ts', 'src/schemas/sesion.ts']);
    // The project's own closure reaches the session schema through the registry of collections.
    const propios = localImportClosure([path.join(RAIZ, 'src/content.config.ts')]).map((a) => path.relative(RAIZ, a));
    expect(propios).toEqual(expect.arrayContaining(['src/lib/contenido/colecciones.ts', 'src/schemas/sesion.ts', 'src/lib/csv/leer-csv.ts']));
  });

  it('changes its fingerprint with a schema, a helper of it, a Markdown plugin or the lockfile, and not with other code', () => {
    const raiz = project();
    const antes = contentCodeFingerprint(raiz);
    expect(contentCodeFingerprint(raiz)).toBe(antes);
    fs.appendFileSync(path.join(raiz, 'src/schemas/sin-usar.ts'), '// otro\n');
    expect(contentCodeFingerprint(raiz)).toBe(antes);
    const huellas = ['src/schemas/comunes.ts', 'src/lib/markdown/titulos.ts', 'package-lock.json'].map((archivo) => {
      fs.appendFileSync(path.join(raiz, archivo), '// cambio\n');
      return contentCodeFingerprint(raiz);
    });
    expect(new Set([antes, ...huellas]).size).toBe(4);
  });
});

describe('a loader read again after a change to the code', () => {
  /** The parts of Astro's loader context the wrapper uses, recording what happens to the store. */
  function context(meta: Map<string, string>, sucesos: string[]) {
    return { meta, store: { clear: () => void sucesos.push('store vaciado') } } as unknown as LoaderContext;
  }
  const loader = (sucesos: string[]): Loader => ({ name: 'prueba', load: async () => void sucesos.push('cargado') });

  it('starts from an empty store the first time and after the fingerprint changes, and keeps it otherwise', async () => {
    const meta = new Map<string, string>();
    const sucesos: string[] = [];
    let huella = 'a';
    const envuelto = rereadOnCodeChange(loader(sucesos), () => huella);
    await envuelto.load(context(meta, sucesos));
    expect(sucesos).toEqual(['store vaciado', 'cargado']);
    expect(meta.get(CLAVE_DE_CODIGO)).toBe('a');
    await envuelto.load(context(meta, sucesos));
    expect(sucesos).toEqual(['store vaciado', 'cargado', 'cargado']);
    huella = 'b';
    await envuelto.load(context(meta, sucesos));
    expect(sucesos).toEqual(['store vaciado', 'cargado', 'cargado', 'store vaciado', 'cargado']);
    expect(meta.get(CLAVE_DE_CODIGO)).toBe('b');
  });
});
