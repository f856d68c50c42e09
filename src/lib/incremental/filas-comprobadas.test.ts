import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRecord, rowCheckCodeFingerprint } from './filas-comprobadas.ts';

const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'filas-comprobadas-'));
afterAll(() => fs.rmSync(raiz, { recursive: true, force: true }));

describe('record of checked rows', () => {
  it('keeps between builds the keys this build found or added, and no other', () => {
    const archivo = path.join(raiz, 'a', 'filas-comprobadas.json');
    const primera = checkRecord(archivo, 'codigo-1');
    expect(primera.has('x')).toBe(false);
    primera.add('x');
    primera.add('y');
    primera.save();

    const segunda = checkRecord(archivo, 'codigo-1');
    expect(segunda.has('x')).toBe(true);
    segunda.add('z');
    segunda.save();

    const tercera = checkRecord(archivo, 'codigo-1');
    expect(['x', 'y', 'z'].map((c) => tercera.has(c))).toEqual([true, false, true]);
  });

  it('is empty for other checking code, or when it cannot be read', () => {
    const archivo = path.join(raiz, 'b.json');
    const registro = checkRecord(archivo, 'codigo-1');
    registro.add('x');
    registro.save();
    expect(checkRecord(archivo, 'codigo-2').has('x')).toBe(false);
    fs.writeFileSync(archivo, '{"codigo": "codigo-1", "claves": [');
    expect(checkRecord(archivo, 'codigo-1').has('x')).toBe(false);
    expect(checkRecord(path.join(raiz, 'no-existe.json'), 'codigo-1').has('x')).toBe(false);
  });

  it("fingerprints the checks' code with what it imports", () => {
    const proyecto = path.join(raiz, 'proyecto');
    const datos = path.join(proyecto, 'src', 'lib', 'datos');
    fs.mkdirSync(datos, { recursive: true });
    fs.writeFileSync(path.join(datos, 'verificar.ts'), "import { x } from './ayuda.ts';\n");
    fs.writeFileSync(path.join(datos, 'ayuda.ts'), 'export const x = 1;\n');
    const antes = rowCheckCodeFingerprint(proyecto);
    expect(rowCheckCodeFingerprint(proyecto)).toBe(antes);
    fs.writeFileSync(path.join(datos, 'ayuda.ts'), 'export const x = 2;\n');
    expect(rowCheckCodeFingerprint(proyecto)).not.toBe(antes);
  });
});
