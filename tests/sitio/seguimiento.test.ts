/**
 * Every number on the follow-up dashboard and its breakdown pages, checked against the published
 * agreements dataset (grouped here independently) and against the content files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BASE, RAIZ, SALIDA } from '../soporte/rutas.ts';
import { readPage } from '../soporte/sitio.ts';

interface FilaDeAcuerdo {
  id: string;
  organo: string;
  fecha: string;
  plazo: string | null;
  responsable_institucion: string | null;
  responsable_persona: string | null;
  estado_actual: string;
  estado_al_dia: string;
}
const conjunto = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')) as { actualizado: string; filas: FilaDeAcuerdo[] };
const filas = conjunto.filas;

/** Status counts of each row of the table labelled `titulo`: first-column link (or text) → status → count. */
function statusTable(html: string, titulo: string): Map<string, { total: number; estados: Record<string, number> }> {
  const region = html.match(new RegExp(`<div[^>]*role="region" aria-label="${titulo}"[^>]*>([\\s\\S]*?)</table>`));
  expect(region, titulo).toBeTruthy();
  const result = new Map<string, { total: number; estados: Record<string, number> }>();
  for (const [, fila] of region![1].matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)) {
    const clave = fila.match(/href="([^"]*)"/)?.[1] ?? fila.match(/^([^<]*)</)![1];
    const total = Number(fila.match(/<td class="numero">([\d,]+)<\/td>/)![1].replace(/,/g, ''));
    const estados = Object.fromEntries([...fila.matchAll(/data-estado="([^"]+)">([\d,]+) /g)].map(([, e, n]) => [e, Number(n.replace(/,/g, ''))]));
    result.set(clave, { total, estados });
  }
  return result;
}

/** Count by `estado_al_dia`, the grouping the page must reproduce. */
function expected(lista: FilaDeAcuerdo[]) {
  const estados: Record<string, number> = { pendiente: 0, 'en-proceso': 0, vencido: 0, 'sin-seguimiento': 0, cumplido: 0, cancelado: 0 };
  for (const f of lista) estados[f.estado_al_dia]++;
  return { total: lista.length, estados };
}

describe('follow-up dashboard', () => {
  const html = readPage('/seguimiento/');

  it('counts every agreement of the dataset by its status on the reference date', () => {
    expect(filas.length).toBeGreaterThan(0);
    expect(statusTable(html, 'Acuerdos por estado').get('Todos')).toEqual(expected(filas));
  });

  it('shows each share as the count over its row total, to one decimal', () => {
    const filasDeTablas = [...html.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map(([f]) => f);
    expect(filasDeTablas.length).toBeGreaterThan(4);
    for (const fila of filasDeTablas) {
      const total = Number(fila.match(/<td class="numero">([\d,]+)<\/td>/)![1].replace(/,/g, ''));
      const celdas = [...fila.matchAll(/data-estado="[^"]+">([\d,]+) <span class="meta">\(([\d.]+) %\)/g)];
      expect(celdas.length).toBe(6);
      for (const [, n, p] of celdas) expect(Number(p)).toBe(Math.round((Number(n) / total) * 1000) / 10);
    }
  });

  it.each([
    ['Acuerdos por órgano y estado', 'organos', (f: FilaDeAcuerdo) => f.organo],
    ['Acuerdos por institución responsable y estado', 'instituciones', (f: FilaDeAcuerdo) => f.responsable_institucion],
    ['Acuerdos por año de adopción y estado', 'anios', (f: FilaDeAcuerdo) => f.fecha.slice(0, 4)],
  ] as const)('%s: one row per group, each linking to its own page with the same counts', (titulo, carpeta, claveDe) => {
    const grupos = new Map<string, FilaDeAcuerdo[]>();
    for (const f of filas) {
      const clave = claveDe(f);
      if (clave) grupos.set(clave, [...(grupos.get(clave) ?? []), f]);
    }
    const tabla = statusTable(html, titulo);
    expect(tabla.size).toBe(grupos.size);
    for (const [clave, lista] of grupos) {
      const ruta = `${BASE}seguimiento/${carpeta}/${clave}/`;
      expect(tabla.get(ruta), ruta).toEqual(expected(lista));
      const pagina = readPage(`/seguimiento/${carpeta}/${clave}/`);
      expect(statusTable(pagina, 'Acuerdos por estado').get('Todos'), ruta).toEqual(expected(lista));
    }
  });

  it('says how many agreements have no responsible institution in their source', () => {
    const sin = filas.filter((f) => !f.responsable_institucion).length;
    expect(html).toContain(`${sin} acuerdos no tienen institución responsable en su fuente`);
  });

  it('lists every agreement not reported settled, with its age in days on the reference date', () => {
    const listados = [...html.matchAll(/<tr data-acuerdo="([^"]+)">[\s\S]*?data-dias="(-?\d+)"/g)].map(([, id, dias]) => [id, Number(dias)]);
    const abiertos = filas.filter((f) => ['pendiente', 'en-proceso', 'vencido', 'sin-seguimiento'].includes(f.estado_al_dia));
    expect(listados.map(([id]) => id).sort()).toEqual(abiertos.map((f) => f.id).sort());
    const dia = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    for (const [id, dias] of listados) expect(dias, String(id)).toBe(dia(conjunto.actualizado) - dia(filas.find((f) => f.id === id)!.fecha));
  });

  it('is linked from the home page, the main menu and each body page', () => {
    expect(readPage('/')).toContain(`href="${BASE}seguimiento/"`);
    expect(readPage('/acerca/')).toMatch(new RegExp(`<nav class="navegacion"[\\s\\S]*href="${BASE}seguimiento/"`));
    for (const organo of new Set(filas.map((f) => f.organo))) expect(readPage(`/organos/${organo}/`)).toContain(`href="${BASE}seguimiento/organos/${organo}/"`);
  });
});

describe('responsible and deadline in the agreements dataset', () => {
  it('carries exactly what the sessions declare, and marks overdue only past a deadline', () => {
    const carpeta = path.join(RAIZ, 'content', 'sesiones');
    const declarados = fs.readdirSync(carpeta).flatMap((archivo) => {
      const datos = parseYaml(fs.readFileSync(path.join(carpeta, archivo), 'utf8').split(/^---$/m)[1]) as {
        acuerdos?: { id: string; plazo?: string; responsable?: { institucion?: string; persona?: string } }[];
      };
      return datos.acuerdos ?? [];
    });
    for (const a of declarados) {
      const f = filas.find((x) => x.id === a.id)!;
      expect([f.responsable_institucion, f.responsable_persona, f.plazo], a.id).toEqual([
        a.responsable?.institucion ?? null,
        a.responsable?.persona ?? null,
        a.plazo ?? null,
      ]);
      const vencido = ['pendiente', 'en-proceso'].includes(f.estado_actual) && f.plazo !== null && f.plazo < conjunto.actualizado;
      expect(f.estado_al_dia, a.id).toBe(vencido ? 'vencido' : f.estado_actual);
    }
    expect(declarados.filter((a) => a.responsable).length).toBeGreaterThan(0);
    for (const a of declarados.filter((x) => x.responsable)) expect(readPage(`/acuerdos/${a.id}/`), a.id).toContain('<dt>Responsable</dt>');
    for (const a of declarados.filter((x) => !x.plazo)) expect(readPage(`/acuerdos/${a.id}/`), a.id).toContain('<dt>Plazo</dt><dd>No consta en la fuente</dd>');
  });
});
