import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differentFiles, fileHashes } from './huellas.ts';

describe('file hashes of a built site', () => {
  it('names the files that differ, are missing or are extra', () => {
    const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'huellas-'));
    const escribir = (sitio: string, archivo: string, texto: string) => {
      fs.mkdirSync(path.dirname(path.join(raiz, sitio, archivo)), { recursive: true });
      fs.writeFileSync(path.join(raiz, sitio, archivo), texto);
    };
    escribir('a', 'index.html', 'inicio');
    escribir('a', 'sesiones/x/index.html', 'sesión x');
    escribir('a', 'solo-a.txt', 'a');
    escribir('b', 'index.html', 'inicio');
    escribir('b', 'sesiones/x/index.html', 'sesión X');
    escribir('b', 'solo-b.txt', 'b');
    try {
      const a = fileHashes(path.join(raiz, 'a'));
      expect([...a.keys()]).toEqual(['index.html', 'sesiones/x/index.html', 'solo-a.txt']);
      expect(a.get('index.html')).toMatch(/^[0-9a-f]{64}$/);
      expect(differentFiles(a, fileHashes(path.join(raiz, 'b')))).toEqual(['sesiones/x/index.html', 'solo-a.txt', 'solo-b.txt']);
      expect(differentFiles(a, fileHashes(path.join(raiz, 'a')))).toEqual([]);
    } finally {
      fs.rmSync(raiz, { recursive: true, force: true });
    }
  });
});
