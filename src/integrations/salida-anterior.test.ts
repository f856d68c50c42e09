import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetOutput, moveAsideAndDelete, registerOutput, removeStalePages, reusablePages } from './salida-anterior.ts';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

function write(archivo: string, texto: string) {
  fs.mkdirSync(path.dirname(archivo), { recursive: true });
  fs.writeFileSync(archivo, texto);
}

/** An output folder with two session pages and a stylesheet, and Astro's manifest listing the pages. */
function previousBuild() {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'salida-anterior-'));
  carpetas.push(raiz);
  const salida = path.join(raiz, 'dist');
  const cache = path.join(raiz, 'cache');
  write(path.join(salida, 'sesiones', 'a', 'index.html'), 'a');
  write(path.join(salida, 'sesiones', 'b', 'index.html'), 'b');
  write(path.join(salida, 'recursos', 'Base.css'), 'css');
  const manifiesto = {
    version: 1,
    routes: {
      'src/pages/sesiones/[id].astro': {
        paths: { '/sesiones/a/': { outputFile: 'sesiones/a/index.html' }, '/sesiones/b/': { outputFile: 'sesiones/b/index.html' } },
      },
    },
  };
  write(path.join(cache, 'incremental-build.json'), JSON.stringify(manifiesto));
  return { raiz, salida, cache, papelera: path.join(cache, 'salidas-anteriores') };
}

describe('the previous output', () => {
  it('is moved out of the output folder at once and deleted, with what an earlier build left', async () => {
    const { salida, papelera } = previousBuild();
    fs.mkdirSync(path.join(papelera, 'de-una-construccion-interrumpida'), { recursive: true });
    const { borrado, conservados } = moveAsideAndDelete(salida, papelera);
    // Gone from its place before the deletion ends: Astro finds no folder to empty.
    expect(fs.existsSync(salida)).toBe(false);
    expect(conservados.size).toBe(0);
    await borrado;
    expect(fs.readdirSync(papelera)).toEqual([]);
    // Without a previous output there is nothing to move.
    await moveAsideAndDelete(salida, papelera).borrado;
    expect(fs.existsSync(salida)).toBe(false);
  });

  it('keeps the pages of the manifest in place when the folder is the one the last build registered', async () => {
    const { salida, cache, papelera } = previousBuild();
    expect(reusablePages(salida, cache)).toEqual([]);
    registerOutput(salida, cache);
    expect(reusablePages(salida, cache)).toEqual(['sesiones/a/index.html', 'sesiones/b/index.html']);
    const inodo = fs.statSync(salida).ino;
    const { borrado, conservados } = moveAsideAndDelete(salida, papelera, reusablePages(salida, cache));
    await borrado;
    expect([...conservados]).toEqual(['sesiones/a/index.html', 'sesiones/b/index.html']);
    expect(fs.readFileSync(path.join(salida, 'sesiones', 'a', 'index.html'), 'utf8')).toBe('a');
    // The pages stayed where they were, in the same folder; everything else went.
    expect(fs.statSync(salida).ino).toBe(inodo);
    expect(fs.existsSync(path.join(salida, 'recursos'))).toBe(false);
    expect(fs.readdirSync(papelera)).toEqual([]);
    // Forgotten while the build writes into it, a folder is not trusted until registered again.
    forgetOutput(cache);
    expect(reusablePages(salida, cache)).toEqual([]);
  });

  it('keeps only the listed files of a folder, with the other files and folders beside and below them gone', async () => {
    const { salida, papelera } = previousBuild();
    write(path.join(salida, 'organos', 'x', 'index.html'), 'x');
    write(path.join(salida, 'organos', 'x', 'feed.xml'), 'feed');
    write(path.join(salida, 'organos', 'x', 'acuerdos', '2018', 'index.html'), '2018');
    write(path.join(salida, 'organos', 'x', 'acuerdos', '2019', 'index.html'), '2019');
    write(path.join(salida, 'organos', 'index.html'), 'lista');
    const conservar = ['organos/x/index.html', 'organos/x/acuerdos/2019/index.html', 'sesiones/a/index.html', 'sesiones/ya-no-esta/index.html'];
    const { borrado, conservados } = moveAsideAndDelete(salida, papelera, conservar);
    await borrado;
    // A listed page that is not in the folder is not kept: Astro copies it from its cache.
    expect([...conservados].sort()).toEqual(['organos/x/acuerdos/2019/index.html', 'organos/x/index.html', 'sesiones/a/index.html']);
    const quedan = fs.readdirSync(salida, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(quedan.map((e) => path.relative(salida, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort()).toEqual([...conservados].sort());
    expect(fs.readdirSync(path.join(salida, 'organos', 'x', 'acuerdos'))).toEqual(['2019']);
    expect(fs.readdirSync(papelera)).toEqual([]);
  });

  it('keeps nothing from another folder, or after the manifest changed', () => {
    const { salida, cache, raiz } = previousBuild();
    registerOutput(salida, cache);
    fs.writeFileSync(path.join(cache, 'incremental-build.json'), '{"version":1,"routes":{}}');
    expect(reusablePages(salida, cache)).toEqual([]);

    registerOutput(salida, cache);
    // Another build replaced the folder: same path, another folder.
    fs.renameSync(salida, path.join(raiz, 'otra'));
    fs.mkdirSync(salida);
    expect(reusablePages(salida, cache)).toEqual([]);
  });

  it('deletes the kept pages this build did not write, and the folders they leave empty', () => {
    const { salida } = previousBuild();
    const borrados = removeStalePages(salida, new Set(['sesiones/a/index.html', 'sesiones/b/index.html']), new Set(['sesiones/a/index.html']));
    expect(borrados).toEqual(['sesiones/b/index.html']);
    expect(fs.existsSync(path.join(salida, 'sesiones', 'b'))).toBe(false);
    expect(fs.existsSync(path.join(salida, 'sesiones', 'a', 'index.html'))).toBe(true);
  });
});
