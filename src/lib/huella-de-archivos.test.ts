import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesFingerprint } from './huella-de-archivos.ts';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

function tree(archivos: Record<string, string>): string {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'huella-'));
  carpetas.push(raiz);
  for (const [nombre, texto] of Object.entries(archivos)) {
    fs.mkdirSync(path.dirname(path.join(raiz, nombre)), { recursive: true });
    fs.writeFileSync(path.join(raiz, nombre), texto);
  }
  return raiz;
}

describe('filesFingerprint', () => {
  it('is the same for the same files under another root, in any order, and changes with a name, a byte or the extra text', () => {
    const a = tree({ 'src/x.ts': 'x', 'src/y.ts': 'y' });
    const b = tree({ 'src/x.ts': 'x', 'src/y.ts': 'y' });
    const de = (raiz: string, ...nombres: string[]) => nombres.map((n) => path.join(raiz, n));
    const huella = filesFingerprint(a, de(a, 'src/x.ts', 'src/y.ts'));
    expect(huella).toMatch(/^[0-9a-f]{16}$/);
    expect(filesFingerprint(b, de(b, 'src/y.ts', 'src/x.ts'))).toBe(huella);
    expect(filesFingerprint(a, de(a, 'src/x.ts', 'src/y.ts'), 'otro')).not.toBe(huella);
    fs.writeFileSync(path.join(b, 'src/y.ts'), 'z');
    expect(filesFingerprint(b, de(b, 'src/x.ts', 'src/y.ts'))).not.toBe(huella);
    // A missing file counts by its name, so adding it changes the fingerprint.
    const sinZ = filesFingerprint(a, de(a, 'src/x.ts', 'src/z.ts'));
    fs.writeFileSync(path.join(a, 'src/z.ts'), 'z');
    expect(filesFingerprint(a, de(a, 'src/x.ts', 'src/z.ts'))).not.toBe(sinZ);
  });
});
