import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesBelow } from './arbol-de-archivos.ts';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

describe('filesBelow', () => {
  it('lists every file below a folder, with / between folders, and no folder', () => {
    const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'arbol-'));
    carpetas.push(raiz);
    for (const archivo of ['index.html', 'sesiones/a/index.html', 'sesiones/a.json', 'vacia/.gitkeep', 'a/b/c/d.txt']) {
      fs.mkdirSync(path.dirname(path.join(raiz, archivo)), { recursive: true });
      fs.writeFileSync(path.join(raiz, archivo), '');
    }
    fs.mkdirSync(path.join(raiz, 'sin-archivos'));
    // A link to a folder is followed; a link to a file is a file.
    fs.symlinkSync(path.join(raiz, 'sesiones'), path.join(raiz, 'enlace'));
    fs.symlinkSync(path.join(raiz, 'index.html'), path.join(raiz, 'inicio.html'));
    expect(filesBelow(raiz).sort()).toEqual([
      'a/b/c/d.txt',
      'enlace/a.json',
      'enlace/a/index.html',
      'index.html',
      'inicio.html',
      'sesiones/a.json',
      'sesiones/a/index.html',
      'vacia/.gitkeep',
    ]);
    // The same files Node's recursive listing names, but for folders.
    const deNode = (fs.readdirSync(raiz, { recursive: true }) as string[]).map((a) => a.split(path.sep).join('/'));
    expect(deNode.filter((a) => !fs.statSync(path.join(raiz, a)).isDirectory()).sort()).toEqual(filesBelow(raiz).sort());
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(filesBelow(path.join(os.tmpdir(), 'no-existe-esta-carpeta'))).toEqual([]);
  });
});
