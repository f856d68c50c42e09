import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroLoggerMessage } from 'astro';
import astroNode from 'astro/logger/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockDestination, colorsLikeAstro, prefixOf, type Flujo } from './registro.ts';

/** A stream that keeps each write apart. */
function stream(): Flujo & { escrituras: string[] } {
  const escrituras: string[] = [];
  return { escrituras, write: (texto: string) => escrituras.push(texto) };
}

const mensaje = (level: AstroLoggerMessage['level'], label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  level,
  label,
  message,
  newLine,
});

/** What a build logs: a section title, a page line in two writes, a warning and an error. */
const MENSAJES = [
  mensaje('info', 'build', 'Building static entrypoints...'),
  mensaje('info', 'SKIP_FORMAT', '\n generating static routes '),
  mensaje('info', null, '  ├─ /sesiones/stl-2022-12-16/index.html', false),
  mensaje('info', 'SKIP_FORMAT', ' (+5ms) '),
  mensaje('info', null, '  ├─ /acuerdos/index.html', false),
  mensaje('info', 'SKIP_FORMAT', ' (cached)'),
  mensaje('warn', 'puerta-de-contenido', 'public/documentos/acta.txt — ningún registro menciona este documento (aviso)'),
  mensaje('info', null, 'sin etiqueta'),
];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('blockDestination', () => {
  it('writes the same text as Astro’s Node destination, in one block', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T18:41:24Z') });
    const deAstro: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((texto) => (deAstro.push(String(texto)), true));
    const astro = astroNode();
    for (const m of MENSAJES) astro.write(m);
    vi.restoreAllMocks();

    const salida = stream();
    const destino = blockDestination({ salida, errores: stream(), colores: colorsLikeAstro() });
    for (const m of MENSAJES) destino.write(m);
    expect(salida.escrituras).toEqual([]);
    destino.flush();
    expect(salida.escrituras).toEqual([deAstro.join('')]);
  });

  it('writes a block when the wait ends or enough bytes gathered', () => {
    vi.useFakeTimers();
    const salida = stream();
    const destino = blockDestination({ salida, errores: stream(), colores: false, espera: 50, bloque: 100 });
    destino.write(mensaje('info', 'build', 'uno'));
    destino.write(mensaje('info', 'build', 'dos'));
    vi.advanceTimersByTime(49);
    expect(salida.escrituras).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(salida.escrituras).toHaveLength(1);
    expect(salida.escrituras[0]).toMatch(/^\d\d:\d\d:\d\d \[build\] uno\n\d\d:\d\d:\d\d \[build\] dos\n$/);

    destino.write(mensaje('info', 'SKIP_FORMAT', 'x'.repeat(99), false));
    expect(salida.escrituras).toHaveLength(1);
    destino.write(mensaje('info', 'SKIP_FORMAT', 'y'));
    expect(salida.escrituras).toHaveLength(2);
    // The timer of that block was cleared with it: nothing else is written later.
    vi.advanceTimersByTime(100);
    expect(salida.escrituras).toHaveLength(2);
  });

  it('writes what waits before an error, which goes to standard error at once', () => {
    const orden: string[] = [];
    const salida = { write: (texto: string) => orden.push(`salida:${texto}`) };
    const errores = { write: (texto: string) => orden.push(`errores:${texto}`) };
    const destino = blockDestination({ salida, errores, colores: false, ahora: () => new Date(2026, 11, 7, 9, 5, 3) });
    destino.write(mensaje('info', null, '  ├─ /sesiones/index.html', false));
    destino.write(mensaje('error', 'puerta-de-contenido', 'content/sesiones/a.md:3 — «fecha»: falta'));
    expect(orden).toEqual([
      'salida:09:05:03   ├─ /sesiones/index.html',
      'errores:09:05:03 [ERROR] [puerta-de-contenido] content/sesiones/a.md:3 — «fecha»: falta\n',
    ]);
  });

  it('leaves out debug messages, as Astro’s destination does', () => {
    const salida = stream();
    const destino = blockDestination({ salida, errores: stream(), colores: false });
    destino.write(mensaje('debug', 'vite', 'detalle'));
    destino.flush();
    expect(salida.escrituras).toEqual([]);
  });

  it('writes what waits when the process ends, even by process.exit', () => {
    const modulo = fileURLToPath(new URL('./registro.ts', import.meta.url));
    const codigo = `
      const { blockDestination } = await import(${JSON.stringify(modulo)});
      const destino = blockDestination({ colores: false, espera: 60_000 });
      for (let i = 0; i < 3; i++) destino.write({ level: 'info', label: 'build', message: 'línea ' + i, newLine: true });
      process.exit(1);`;
    const hijo = spawnSync(process.execPath, ['--input-type=module', '-e', codigo], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(hijo.status).toBe(1);
    expect(
      hijo.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/^\d\d:\d\d:\d\d /, '')),
    ).toEqual(['[build] línea 0', '[build] línea 1', '[build] línea 2']);
  });
});

describe('prefixOf', () => {
  it('colours like Astro: time dim, label blue, warnings yellow with a bold time', () => {
    expect(prefixOf({ level: 'info', label: 'build' }, '18:41:24', true)).toBe('\x1b[2m18:41:24\x1b[22m \x1b[34m[build]\x1b[39m');
    expect(prefixOf({ level: 'info', label: null }, '18:41:24', true)).toBe('\x1b[2m18:41:24\x1b[22m');
    expect(prefixOf({ level: 'warn', label: 'x' }, '18:41:24', true)).toBe('\x1b[33m\x1b[1m18:41:24\x1b[22m [WARN] [x]\x1b[39m');
    expect(prefixOf({ level: 'error', label: null }, '18:41:24', false)).toBe('18:41:24 [ERROR]');
  });
});

describe('colorsLikeAstro', () => {
  const terminal = { write: () => true, isTTY: true };
  const tuberia = { write: () => true };
  it('follows NO_COLOR, FORCE_COLOR, CI and whether the output is a terminal', () => {
    expect(colorsLikeAstro({}, [], terminal)).toBe(true);
    expect(colorsLikeAstro({ TERM: 'dumb' }, [], terminal)).toBe(false);
    expect(colorsLikeAstro({}, [], tuberia)).toBe(false);
    expect(colorsLikeAstro({ CI: 'true' }, [], tuberia)).toBe(true);
    expect(colorsLikeAstro({ FORCE_COLOR: '1' }, [], tuberia)).toBe(true);
    expect(colorsLikeAstro({ NO_COLOR: '1', CI: 'true' }, [], terminal)).toBe(false);
    expect(colorsLikeAstro({}, ['--no-color'], terminal)).toBe(false);
    expect(colorsLikeAstro({}, ['--color'], tuberia)).toBe(true);
  });
});
