import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFingerprints } from './archivos.ts';

describe('file fingerprints', () => {
  it('differ when a file changes, and are undefined for a missing file', () => {
    const carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'huellas-de-archivos-'));
    try {
      fs.writeFileSync(path.join(carpeta, 'acta.txt'), 'Acta');
      const antes = fileFingerprints(carpeta)('acta.txt');
      fs.writeFileSync(path.join(carpeta, 'acta.txt'), 'Acta corregida');
      expect(fileFingerprints(carpeta)('acta.txt')).not.toBe(antes);
      expect(antes).toMatch(/^[0-9a-f]{64}$/);
      expect(fileFingerprints(carpeta)('no-existe.pdf')).toBeUndefined();
    } finally {
      fs.rmSync(carpeta, { recursive: true, force: true });
    }
  });
});
