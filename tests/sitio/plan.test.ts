/**
 * The commitments dashboard on /compromisos/, checked against the commitments, phases, progress
 * and figures datasets of the same build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SALIDA } from '../soporte/rutas.ts';
import { readPage } from '../soporte/sitio.ts';

const filas = <T>(slug: string) => (JSON.parse(fs.readFileSync(path.join(SALIDA, `datos/${slug}.json`), 'utf8')) as { filas: T[] }).filas;
const compromisos = filas<{ id: string; tipo: string; eje: string | null; estado: string }>('compromisos');
const fases = filas<{ compromiso: string; estado: string }>('fases-de-compromisos');
const avances = filas<{ compromiso: string; orden: number; numero_de_cifras: number }>('avances-de-compromisos');
const html = readPage('/compromisos/');

/** Rows of the table with `id`: data-clave → [count, percent]. */
function table(id: string): Map<string, [number, number]> {
  const tabla = html.match(new RegExp(`<table[^>]*id="${id}"[^>]*>([\\s\\S]*?)</table>`))![1];
  return new Map(
    [...tabla.matchAll(/<tr data-clave="([^"]+)">[\s\S]*?<td class="numero">(\d+)<\/td><td class="numero">([\d.]+) %<\/td>/g)].map(([, k, n, p]) => [
      k,
      [Number(n), Number(p)],
    ]),
  );
}
function grouped(claveDe: (k: (typeof compromisos)[number]) => string) {
  const n = new Map<string, number>();
  for (const k of compromisos) n.set(claveDe(k), (n.get(claveDe(k)) ?? 0) + 1);
  return n;
}
const pct = (n: number) => Math.round((n / compromisos.length) * 1000) / 10;

describe('commitments dashboard', () => {
  it.each([
    ['por-estado', (k: (typeof compromisos)[number]) => k.estado],
    ['por-tipo', (k: (typeof compromisos)[number]) => k.tipo],
    ['por-eje', (k: (typeof compromisos)[number]) => k.eje ?? 'sin-eje'],
  ] as const)('%s equals the commitments dataset grouped the same way', (id, claveDe) => {
    const t = table(id);
    for (const [clave, n] of grouped(claveDe)) expect(t.get(clave), clave).toEqual([n, pct(n)]);
    expect([...t.values()].reduce((s, [n]) => s + n, 0)).toBe(compromisos.length);
  });

  it('shows each proactive commitment’s concluded phases, of five', () => {
    const proactivos = compromisos.filter((k) => k.tipo === 'proactivo');
    expect(proactivos.length).toBeGreaterThan(0);
    for (const k of proactivos) {
      const concluidas = fases.filter((f) => f.compromiso === k.id && f.estado === 'concluida').length;
      expect(html, k.id).toMatch(new RegExp(`<tr data-compromiso="${k.id}">[\\s\\S]*?<td class="numero">${concluidas} de 5 \\(`));
    }
  });

  it('lists every progress report in the timeline with its figures', () => {
    const enPagina = [...html.matchAll(/<li data-avance="([^"]+)">([\s\S]*?)<\/li>\s*(?=<li data-avance|<\/ol>)/g)];
    expect(enPagina.map(([, id]) => id).sort()).toEqual(avances.map((a) => `${a.compromiso}-${a.orden}`).sort());
    for (const [, id, cuerpo] of enPagina) {
      const a = avances.find((x) => `${x.compromiso}-${x.orden}` === id)!;
      expect((cuerpo.match(/<li><strong>/g) ?? []).length, id).toBe(a.numero_de_cifras);
      expect(readPage(`/compromisos/${a.compromiso}/`)).toContain(`id="avance-${a.orden}"`);
    }
  });
});
