/**
 * Subscriptions in the test build: every body, commitment and person has an RSS feed that an
 * independent parser reads, announced in its page's head; calendar pages offer subscribe links
 * to their `.ics` feeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BASE, RAIZ, SALIDA, SITIO_URL } from '../soporte/rutas.ts';
import { readPage, resolveInternal } from '../soporte/sitio.ts';

const contenido = path.join(RAIZ, 'content');
const yamlIds = (archivo: string) => (parseYaml(fs.readFileSync(path.join(contenido, archivo), 'utf8')) as { id: string }[]).map((x) => x.id);
const carpetaIds = (carpeta: string) => fs.readdirSync(path.join(contenido, carpeta)).map((f) => f.replace(/\.mdx?$/, ''));
const parser = new XMLParser({ ignoreAttributes: false, isArray: (nombre) => nombre === 'item' });
const RAIZ_PUBLICA = `${SITIO_URL}${BASE}`;

const registros = [
  ['organos', yamlIds('organos.yaml')],
  ['compromisos', carpetaIds('compromisos')],
  ['personas', yamlIds('personas.yaml')],
] as const;

describe('RSS of each record', () => {
  it.each(registros)('/%s/<id>/feed.xml parses, links back to the record and is announced in its page', (carpeta, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const xml = fs.readFileSync(path.join(SALIDA, carpeta, id, 'feed.xml'), 'utf8');
      const rss = parser.parse(xml).rss;
      expect(rss['@_version'], id).toBe('2.0');
      expect(rss.channel.link).toBe(`${RAIZ_PUBLICA}${carpeta}/${id}/`);
      expect(rss.channel['atom:link']['@_href']).toBe(`${RAIZ_PUBLICA}${carpeta}/${id}/feed.xml`);
      for (const item of rss.channel.item ?? []) {
        expect(item.title).toBeTruthy();
        expect(item.guid['#text']).toBe(item.link);
        expect(item.link.startsWith(RAIZ_PUBLICA), item.link).toBe(true);
        expect(resolveInternal(new URL(item.link).pathname), item.link).toBeTruthy();
      }
      const pagina = readPage(`/${carpeta}/${id}/`);
      expect(pagina).toContain(`<link rel="alternate" type="application/rss+xml" title="`);
      expect(pagina).toContain(`href="${RAIZ_PUBLICA}${carpeta}/${id}/feed.xml"`);
      expect(pagina).toContain(`href="${RAIZ_PUBLICA}feed.xml"`);
    }
  });

  it('a body’s feed holds exactly its sessions and agreements', () => {
    const sesiones = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/sesiones.json'), 'utf8')).filas as { id: string; organo: string }[];
    const acuerdos = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')).filas as { id: string; organo: string }[];
    for (const organo of yamlIds('organos.yaml')) {
      const items = parser.parse(fs.readFileSync(path.join(SALIDA, 'organos', organo, 'feed.xml'), 'utf8')).rss.channel.item ?? [];
      const esperados = [
        ...sesiones.filter((s) => s.organo === organo).map((s) => `${RAIZ_PUBLICA}sesiones/${s.id}/`),
        ...acuerdos.filter((a) => a.organo === organo).map((a) => `${RAIZ_PUBLICA}acuerdos/${a.id}/`),
      ];
      expect(items.map((i: { link: string }) => i.link).sort(), organo).toEqual(esperados.slice(0, 100).sort());
    }
  });

  it('the person responsible for agreements gets them in their feed', () => {
    const acuerdos = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')).filas as {
      id: string;
      responsable_persona: string | null;
    }[];
    const conResponsable = acuerdos.filter((a) => a.responsable_persona);
    expect(conResponsable.length).toBeGreaterThan(0);
    for (const a of conResponsable) {
      const xml = fs.readFileSync(path.join(SALIDA, 'personas', a.responsable_persona!, 'feed.xml'), 'utf8');
      expect(xml).toContain(`<link>${RAIZ_PUBLICA}acuerdos/${a.id}/</link>`);
    }
  });
});

describe('calendar subscriptions', () => {
  const decode = (s: string) => s.replace(/&amp;/g, '&');
  it.each([['/calendario/', 'calendario.ics'], ...yamlIds('organos.yaml').map((id) => [`/organos/${id}/`, `organos/${id}/calendario.ics`])])(
    '%s links Google Calendar, Outlook and webcal to %s',
    (pagina, ics) => {
      const html = readPage(pagina);
      const https = `${RAIZ_PUBLICA}${ics}`;
      expect(fs.existsSync(path.join(SALIDA, ics))).toBe(true);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map(([, h]) => decode(h));
      const google = hrefs.find((h) => h.startsWith('https://calendar.google.com/'));
      const outlook = hrefs.find((h) => h.startsWith('https://outlook.live.com/'));
      expect(new URL(google!).searchParams.get('cid')).toBe(https.replace(/^https:/, 'webcal:'));
      expect(new URL(outlook!).searchParams.get('url')).toBe(https);
      expect(hrefs).toContain(https.replace(/^https:/, 'webcal:'));
      expect(html).toContain('Agregar a Google Calendar');
      expect(html).toContain('Agregar a Outlook');
    },
  );
});
