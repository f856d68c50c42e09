/**
 * `npm ci` installs exactly what package-lock.json lists and refuses to start when the lockfile
 * does not match package.json. npm only writes the optional, platform-specific binaries of the
 * machine that ran `npm install` unless the registry metadata of every platform was resolved, so
 * a lockfile written on Linux can lack the macOS or Windows binaries of the Astro compiler or
 * Pagefind and then `npm ci` fails there. This checks that every optional dependency of every
 * locked package has its own entry, whatever the platform that wrote the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface EntradaBloqueada {
  version?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

const raiz = path.resolve(import.meta.dirname, '..');
const lockfile = JSON.parse(fs.readFileSync(path.join(raiz, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, EntradaBloqueada>;
};

/** Where npm would look for `nombre` required from the package at `ruta` (nested first, then up). */
function resolveEntry(ruta: string, nombre: string): EntradaBloqueada | undefined {
  let base = ruta;
  for (;;) {
    const candidata = `${base ? `${base}/` : ''}node_modules/${nombre}`;
    if (lockfile.packages[candidata]) return lockfile.packages[candidata];
    if (!base) return undefined;
    const corte = base.lastIndexOf('/node_modules/');
    base = corte < 0 ? '' : base.slice(0, corte);
  }
}

const opcionales = Object.entries(lockfile.packages).flatMap(([ruta, entrada]) =>
  Object.entries(entrada.optionalDependencies ?? {}).map(([nombre, rango]) => ({ ruta, nombre, rango })),
);

describe('package-lock.json', () => {
  it('is a version 3 lockfile with packages', () => {
    expect(lockfile.lockfileVersion).toBe(3);
    expect(opcionales.length).toBeGreaterThan(0);
  });

  it('locks the platform binaries of the Astro compiler and Pagefind for every platform', () => {
    const nombres = opcionales.map((o) => o.nombre);
    for (const plataforma of ['darwin-arm64', 'darwin-x64', 'linux-x64-gnu', 'win32-x64-msvc']) {
      expect(nombres).toContain(`@astrojs/compiler-binding-${plataforma}`);
    }
    for (const plataforma of ['darwin-arm64', 'darwin-x64', 'linux-x64', 'windows-x64']) {
      expect(nombres).toContain(`@pagefind/${plataforma}`);
    }
  });

  it('has an entry for every optional dependency of every locked package', () => {
    const faltan = opcionales
      .filter(({ ruta, nombre }) => !resolveEntry(ruta, nombre))
      .map(({ ruta, nombre, rango }) => `${ruta || '(raíz)'} → ${nombre}@${rango}`);
    expect(faltan).toEqual([]);
  });

  it('locks an exact optional version at that version', () => {
    const distintas = opcionales
      .filter(({ rango }) => /^\d+\.\d+\.\d+$/.test(rango))
      .filter(({ ruta, nombre, rango }) => resolveEntry(ruta, nombre)?.version !== rango)
      .map(({ ruta, nombre, rango }) => `${ruta} → ${nombre}@${rango} (bloqueado: ${resolveEntry(ruta, nombre)?.version})`);
    expect(distintas).toEqual([]);
  });
});
