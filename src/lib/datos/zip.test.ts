import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, dosDateTime, writeZip } from './zip.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('ZIP', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(enc('123456789'))).toBe(0xcbf43926);
  });

  it('encodes MS-DOS dates', () => {
    expect(dosDateTime('1980-01-01').fecha).toBe(0x21);
  });

  it('is byte-deterministic and readable by Info-ZIP unzip', () => {
    const entradas = [
      { nombre: 'datapackage.json', datos: enc('{"a":1}\n'.repeat(50)) },
      { nombre: 'año.csv', datos: enc('\uFEFFx\r\nñ\r\n') },
    ];
    const a = writeZip(entradas, '2026-11-21');
    const b = writeZip(entradas, '2026-11-21');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    const archivo = path.join(carpeta, 'x.zip');
    fs.writeFileSync(archivo, a);
    const prueba = spawnSync('unzip', ['-t', archivo], { encoding: 'utf8' });
    expect(prueba.status, prueba.stdout + prueba.stderr).toBe(0);
    for (const e of entradas) {
      const leido = spawnSync('unzip', ['-p', archivo, e.nombre]);
      expect(Buffer.from(leido.stdout).equals(Buffer.from(e.datos))).toBe(true);
    }
    fs.rmSync(carpeta, { recursive: true, force: true });
  });
});
