import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveAsideAndDelete } from './salida-anterior.ts';

describe('the previous output', () => {
  it('is moved out of the output folder at once and deleted, with what an earlier build left', async () => {
    const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'salida-anterior-'));
    const salida = path.join(raiz, 'dist');
    const papelera = path.join(raiz, 'cache', 'salidas-anteriores');
    fs.mkdirSync(path.join(salida, 'sesiones', 'x'), { recursive: true });
    fs.writeFileSync(path.join(salida, 'sesiones', 'x', 'index.html'), 'sesión');
    fs.mkdirSync(path.join(papelera, 'de-una-construccion-interrumpida'), { recursive: true });
    try {
      const borrado = moveAsideAndDelete(salida, papelera);
      // Gone from its place before the deletion ends: Astro finds no folder to empty.
      expect(fs.existsSync(salida)).toBe(false);
      await borrado;
      expect(fs.readdirSync(papelera)).toEqual([]);
      // Without a previous output there is nothing to move.
      await moveAsideAndDelete(salida, papelera);
      expect(fs.existsSync(salida)).toBe(false);
    } finally {
      fs.rmSync(raiz, { recursive: true, force: true });
    }
  });
});
