import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { escapeText, foldLine, sessionEvents, writeCalendar } from './ical.ts';

const opciones = { absoluta: contextoDePrueba.absoluta, host: 'datos.ejemplo.mx' };

function parse(texto: string) {
  const comp = new ICAL.Component(ICAL.parse(texto));
  const zona = comp.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(zona);
  return comp;
}

describe('iCalendar', () => {
  it('escapes text', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const linea = `SUMMARY:${'ñ'.repeat(100)}`;
    const plegada = foldLine(linea);
    for (const parte of plegada.split('\r\n')) expect(Buffer.byteLength(parte, 'utf8')).toBeLessThanOrEqual(75);
    expect(plegada.replace(/\r\n /g, '')).toBe(linea);
    expect(plegada).not.toContain('\uFFFD');
  });

  it('folds every line as far into 75 octets as it fits, whatever the widths of its characters', () => {
    // Greedy folding, one character at a time, as RFC 5545 describes it.
    const reference = (linea: string) => {
      const partes: string[] = [];
      let actual = '';
      for (const caracter of linea) {
        if (Buffer.byteLength(actual + caracter, 'utf8') > (partes.length === 0 ? 75 : 74)) {
          partes.push(actual);
          actual = '';
        }
        actual += caracter;
      }
      return [...partes, actual].join('\r\n ');
    };
    const piezas = ['a', 'ñ', '€', '😀', ' ', '\\,', 'Sesión'];
    for (let n = 0; n < 400; n++) {
      let linea = 'DESCRIPTION:';
      for (let i = 0; i < n % 97; i++) linea += piezas[(n * 7 + i * ((n % 5) + 1)) % piezas.length];
      expect(foldLine(linea)).toBe(reference(linea));
    }
  });

  const eventos = sessionEvents(testContent(), opciones);
  const texto = writeCalendar({ nombre: 'Sesiones de prueba', descripcion: 'Prueba', fechaDeReferencia: '2026-11-21', eventos });

  it('writes CRLF lines of at most 75 octets', () => {
    expect(texto.endsWith('\r\n')).toBe(true);
    expect(texto.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const linea of texto.split('\r\n')) expect(Buffer.byteLength(linea, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js: stable UIDs, statuses, URLs and Mexico City times', () => {
    const comp = parse(texto);
    const vevents = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const porUid = new Map(vevents.map((e) => [e.uid, e]));
    // A planned entry that was held shows the session under the entry's UID; no duplicate.
    expect([...porUid.keys()].sort()).toEqual([
      'calendario-stl-2020-ordinaria-1@datos.ejemplo.mx',
      'calendario-stl-2023-ordinaria-2@datos.ejemplo.mx',
      'calendario-stl-2023-ordinaria-3@datos.ejemplo.mx',
      'sesion-stl-2022-12-16@datos.ejemplo.mx',
    ]);
    const celebrada = porUid.get('calendario-stl-2020-ordinaria-1@datos.ejemplo.mx')!;
    // 2020-06-10 11:00 was daylight time (UTC−5).
    expect(celebrada.startDate.toUnixTime()).toBe(Date.UTC(2020, 5, 10, 16, 0) / 1000);
    expect(celebrada.endDate.toUnixTime()).toBe(Date.UTC(2020, 5, 10, 17, 30) / 1000);
    expect(celebrada.summary).toBe('Primera Sesión Ordinaria · STL');
    expect(celebrada.component.getFirstPropertyValue('url')).toBe('https://datos.ejemplo.mx/base/sesiones/stl-2020-06-10/');
    expect(celebrada.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(celebrada.description).toContain('«comillas», comas; y punto y coma.');
    const cancelada = porUid.get('sesion-stl-2022-12-16@datos.ejemplo.mx')!;
    // Since 30 October 2022 Mexico City is UTC−6 all year.
    expect(cancelada.startDate.toUnixTime()).toBe(Date.UTC(2022, 11, 16, 17, 4) / 1000);
    expect(cancelada.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(porUid.get('calendario-stl-2023-ordinaria-3@datos.ejemplo.mx')!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    const programada = porUid.get('calendario-stl-2023-ordinaria-2@datos.ejemplo.mx')!;
    expect(programada.startDate.isDate).toBe(true);
    expect(programada.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(String(celebrada.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-21T00:00:00Z');
    expect(comp.getFirstPropertyValue('x-wr-calname')).toBe('Sesiones de prueba');
  });

  it('filters by body', () => {
    expect(sessionEvents(testContent(), { ...opciones, organo: 'otro' })).toEqual([]);
  });
});
