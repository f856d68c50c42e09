/**
 * Process compliance in the test build, recomputed here from the published sessions, calendar,
 * agreements and follow-up datasets, and compared with the compliance dataset and each body's page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sitio from '../../sitio.config.ts';
import { SALIDA } from '../soporte/rutas.ts';
import { readPage } from '../soporte/sitio.ts';

const leer = <T>(slug: string) => JSON.parse(fs.readFileSync(path.join(SALIDA, `datos/${slug}.json`), 'utf8')) as { actualizado: string; filas: T[] };
const sesiones = leer<{ id: string; organo: string; fecha: string; estado: string; tipo: string; numero: number | null }>('sesiones').filas;
const calendario = leer<{ organo: string; anio: number; estado: string }>('calendario-de-sesiones').filas;
const acuerdosConjunto = leer<{ id: string; organo: string; fecha: string; estado_al_dia: string }>('acuerdos');
const seguimiento = leer<{ acuerdo: string; fecha: string }>('seguimiento-de-acuerdos').filas;
const cumplimiento = leer<Record<string, string | number | null>>('cumplimiento-de-organos').filas;
const hoy = acuerdosConjunto.actualizado;
const dia = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** Six calendar months later, by the calendar (not 182 days). */
const seisMesesDespues = (d: string) => {
  const f = new Date(`${d}T00:00:00Z`);
  const objetivo = new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 6, 1));
  const ultimo = new Date(Date.UTC(objetivo.getUTCFullYear(), objetivo.getUTCMonth() + 1, 0)).getUTCDate();
  objetivo.setUTCDate(Math.min(f.getUTCDate(), ultimo));
  return objetivo.toISOString().slice(0, 10);
};

function expectedRows() {
  const filas: Record<string, string | number | null>[] = [];
  for (const organo of [...new Set([...sesiones.map((s) => s.organo), ...calendario.map((e) => e.organo)])].sort()) {
    const celebradas = sesiones
      .filter((s) => s.organo === organo && s.estado === 'celebrada')
      .sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
    const largos: string[] = [];
    let ultimaOrdinaria: number | null = null;
    celebradas.forEach((s, i) => {
      const previa = celebradas[i - 1];
      const salto = s.tipo === 'ordinaria' && s.numero !== null && ultimaOrdinaria !== null && s.numero - ultimaOrdinaria > 1;
      if (previa && s.fecha > seisMesesDespues(previa.fecha) && !salto) largos.push(s.fecha);
      if (s.tipo === 'ordinaria' && s.numero !== null) ultimaOrdinaria = s.numero;
    });
    const ultimoInforme = (id: string) =>
      seguimiento
        .filter((x) => x.acuerdo === id)
        .map((x) => x.fecha)
        .sort()
        .at(-1);
    const callados = acuerdosConjunto.filas.filter(
      (a) =>
        a.organo === organo &&
        !['cumplido', 'cancelado'].includes(a.estado_al_dia) &&
        dia(hoy) - dia(ultimoInforme(a.id) ?? a.fecha) > sitio.diasSinSeguimiento,
    );
    const anios = [
      ...new Set([...celebradas.map((s) => Number(s.fecha.slice(0, 4))), ...calendario.filter((e) => e.organo === organo).map((e) => e.anio)]),
    ].sort();
    for (const anio of anios) {
      const plan = calendario.filter((e) => e.organo === organo && e.anio === anio);
      filas.push({
        organo,
        anio,
        sesiones_programadas: plan.length || null,
        programadas_celebradas: plan.length ? plan.filter((e) => e.estado === 'celebrada').length : null,
        sesiones_celebradas: celebradas.filter((s) => s.fecha.startsWith(String(anio))).length,
        intervalos_de_mas_de_seis_meses: largos.filter((f) => f.startsWith(String(anio))).length,
        acuerdos_sin_seguimiento_reciente: callados.filter((a) => a.fecha.startsWith(String(anio))).length,
      });
    }
  }
  return filas;
}

describe('process compliance', () => {
  it('the dataset equals the figures recomputed from the other datasets', () => {
    expect(cumplimiento.length).toBeGreaterThan(0);
    expect(cumplimiento).toEqual(expectedRows());
  });

  it('each body page shows its rows of the dataset', () => {
    for (const organo of new Set(cumplimiento.map((f) => f.organo as string))) {
      const html = readPage(`/organos/${organo}/`);
      const seccion = html.match(/<section aria-labelledby="cumplimiento">[\s\S]*?<\/section>/)![0];
      expect(seccion).toMatch(/role="region" aria-labelledby="cumplimiento" tabindex="0"/);
      const filas = [...seccion.matchAll(/<tr data-anio="(\d+)">([\s\S]*?)<\/tr>/g)].map(([, anio, celdas]) => [
        Number(anio),
        ...[...celdas.matchAll(/<td class="numero">([^<]*)<\/td>/g)].map(([, v]) => (/^\d+$/.test(v) ? Number(v) : null)),
      ]);
      const esperadas = cumplimiento
        .filter((f) => f.organo === organo)
        .map((f) => [
          f.anio,
          f.sesiones_programadas,
          f.programadas_celebradas,
          f.sesiones_celebradas,
          f.intervalos_de_mas_de_seis_meses,
          f.acuerdos_sin_seguimiento_reciente,
        ]);
      expect(filas, organo).toEqual(esperadas);
    }
  });

  it('is published like every dataset: its page, files and catalogue entries', () => {
    expect(fs.existsSync(path.join(SALIDA, 'datos/cumplimiento-de-organos.csv'))).toBe(true);
    expect(readPage('/datos/cumplimiento-de-organos/')).toContain('Cumplimiento del proceso por órgano');
    const paquete = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/datapackage.json'), 'utf8')) as { resources: { name: string }[] };
    expect(paquete.resources.map((r) => r.name)).toContain('cumplimiento-de-organos');
    expect(fs.readFileSync(path.join(SALIDA, 'datos/catalogo.jsonld'), 'utf8')).toContain('cumplimiento-de-organos');
  });
});
