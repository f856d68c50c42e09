import { describe, expect, test } from 'vitest';
import { describeCount, excerptParts, resultMetaLine, shownResult } from './resultados.ts';

describe('describeCount', () => {
  test('says how many results, for what and with how many filters', () => {
    expect(describeCount(1, 'carnet', 0)).toBe('1 resultado para «carnet».');
    expect(describeCount(1234, 'justicia', 2)).toBe('1,234 resultados para «justicia» con 2 filtros.');
    expect(describeCount(5, '', 1)).toBe('5 resultados con 1 filtro.');
  });

  test('suggests what to try when nothing is found', () => {
    expect(describeCount(0, 'xyz', 0)).toBe('No hay resultados para «xyz». Pruebe con otras palabras o con menos palabras.');
    expect(describeCount(0, 'xyz', 1)).toMatch(/quite algún filtro/);
  });
});

describe('resultMetaLine', () => {
  test('joins type, body and date, skipping what is missing', () => {
    expect(resultMetaLine({ tipo: 'Acuerdo', organo: 'STL', fecha: '16 de diciembre de 2022', title: 'x' })).toBe('Acuerdo · STL · 16 de diciembre de 2022');
    expect(resultMetaLine({ tipo: 'Persona', organo: ' ' })).toBe('Persona');
  });
});

describe('excerptParts', () => {
  test('keeps the marked words and decodes entities as plain text', () => {
    expect(excerptParts('municipios, entre ellos <mark>Jocotitlán,</mark> Toluca &amp; más')).toEqual([
      { texto: 'municipios, entre ellos ', resaltado: false },
      { texto: 'Jocotitlán,', resaltado: true },
      { texto: ' Toluca & más', resaltado: false },
    ]);
  });

  test('drops any other markup, so nothing from the index is rendered as HTML', () => {
    const trozos = excerptParts('a <img src=x onerror=alert(1)>b &lt;script&gt; <MARK>c</MARK>');
    expect(trozos).toEqual([
      { texto: 'a b <script> ', resaltado: false },
      { texto: 'c', resaltado: true },
    ]);
  });
});

describe('shownResult', () => {
  const urlDeAcuerdo = (id: string) => `/transparencia/acuerdos/${id}/`;
  const anual = (subs: { id?: string; titulo: string; puntaje: number }[]) => ({
    url: '/transparencia/organos/stl/acuerdos/2022/',
    excerpt: 'extracto de la página',
    meta: { title: 'Acuerdos de STL en 2022', tipo: 'Acuerdo', organo: 'STL', fecha: 'último acuerdo: 16 de diciembre de 2022' },
    sub_results: subs.map((s) => ({
      title: s.titulo,
      url: `/transparencia/organos/stl/acuerdos/2022/#${s.id}`,
      excerpt: `… <mark>${s.titulo}</mark> …`,
      anchor: s.id ? { id: s.id } : undefined,
      weighted_locations: [{ balanced_score: s.puntaje }],
    })),
  });

  test('an ordinary page is one entry with its own title, address, meta line and excerpt', () => {
    const datos = {
      url: '/transparencia/compromisos/carnet-juridico/',
      excerpt: 'el <mark>carnet</mark>',
      meta: { title: 'Carnet jurídico', tipo: 'Compromiso', organo: 'STL' },
      sub_results: [{ title: 'Carnet jurídico', url: '/x/', excerpt: 'y' }],
    };
    expect(shownResult(datos, 'relevancia', urlDeAcuerdo)).toEqual({
      principal: {
        titulo: 'Carnet jurídico',
        url: '/transparencia/compromisos/carnet-juridico/',
        lineaMeta: 'Compromiso · STL',
        extracto: 'el <mark>carnet</mark>',
      },
      anidadas: [],
      restantes: 0,
    });
  });

  test('one agreement found in a yearly page is the result itself: its page, type, body and date', () => {
    const { principal, anidadas } = shownResult(
      anual([{ id: 'acuerdo-2022-12-16-stl-xv-3-2022', titulo: 'Acuerdo STL/XV/3/2022', puntaje: 9 }]),
      'relevancia',
      urlDeAcuerdo,
    );
    expect(principal).toEqual({
      titulo: 'Acuerdo STL/XV/3/2022',
      url: '/transparencia/acuerdos/stl-xv-3-2022/',
      lineaMeta: 'Acuerdo · STL · 16 de diciembre de 2022',
      extracto: '… <mark>Acuerdo STL/XV/3/2022</mark> …',
    });
    expect(anidadas).toEqual([]);
  });

  test('of several agreements, the best is the result and the next ones are listed under it, the rest counted', () => {
    const subs = Array.from({ length: 7 }, (_, i) => ({ id: `acuerdo-2022-0${i + 1}-01-a${i + 1}`, titulo: `Acuerdo A${i + 1}`, puntaje: i === 3 ? 50 : i }));
    const mostrado = shownResult(anual([{ titulo: 'Acuerdos de STL en 2022', puntaje: 99 }, ...subs]), 'relevancia', urlDeAcuerdo);
    expect(mostrado.principal).toEqual({
      titulo: 'Acuerdo A4',
      url: '/transparencia/acuerdos/a4/',
      lineaMeta: 'Acuerdo · STL · 1 de abril de 2022',
      extracto: '… <mark>Acuerdo A4</mark> …',
    });
    expect(mostrado.anidadas.map((e) => e.titulo)).toEqual(['Acuerdo A7', 'Acuerdo A6', 'Acuerdo A5', 'Acuerdo A3']);
    expect(mostrado.restantes).toBe(2);
    expect(mostrado.pagina).toEqual({ titulo: 'Acuerdos de STL en 2022', url: '/transparencia/organos/stl/acuerdos/2022/' });
  });

  test('sorting by date orders the agreements of a page by their dates', () => {
    const subs = [
      { id: 'acuerdo-2022-03-01-b', titulo: 'B', puntaje: 1 },
      { id: 'acuerdo-2022-11-01-c', titulo: 'C', puntaje: 3 },
      { id: 'acuerdo-2022-01-01-a', titulo: 'A', puntaje: 2 },
    ];
    const titles = (orden: 'recientes' | 'antiguos') => {
      const { principal, anidadas } = shownResult(anual(subs), orden, urlDeAcuerdo);
      return [principal, ...anidadas].map((e) => e.titulo);
    };
    expect(titles('recientes')).toEqual(['C', 'B', 'A']);
    expect(titles('antiguos')).toEqual(['A', 'B', 'C']);
  });

  test('a yearly page found by filters alone (no words, so no sections) is shown as the page', () => {
    const datos = { ...anual([]), sub_results: [] };
    expect(shownResult(datos, 'relevancia', urlDeAcuerdo).principal).toMatchObject({
      titulo: 'Acuerdos de STL en 2022',
      lineaMeta: 'Acuerdo · STL · último acuerdo: 16 de diciembre de 2022',
    });
  });
});

describe('a match inside an original document', () => {
  const pagina = {
    url: '/sesiones/stl-2023-02-24/',
    excerpt: 'Décimo Sexta Sesión Ordinaria',
    meta: { title: 'Décimo Sexta Sesión Ordinaria', tipo: 'Sesión', organo: 'STL', fecha: '24 de febrero de 2023' },
  };
  const documento = {
    title: 'Acta firmada (en el documento original)',
    url: '/sesiones/stl-2023-02-24/#documento-original-acta-pdf',
    excerpt: 'la <mark>caravana</mark> llegó',
    anchor: { id: 'documento-original-acta-pdf' },
    weighted_locations: [{ balanced_score: 9 }],
  };
  const resumen = {
    title: 'Resumen',
    url: '/sesiones/stl-2023-02-24/#resumen',
    excerpt: 'una <mark>caravana</mark>',
    anchor: { id: 'resumen' },
    weighted_locations: [{ balanced_score: 2 }],
  };

  test('says so on the result and shows the excerpt from the document', () => {
    expect(shownResult({ ...pagina, sub_results: [resumen, documento] }, 'relevancia', (id) => id).principal).toEqual({
      titulo: 'Décimo Sexta Sesión Ordinaria',
      url: '/sesiones/stl-2023-02-24/',
      lineaMeta: 'Sesión · STL · 24 de febrero de 2023 · en el documento original',
      extracto: 'la <mark>caravana</mark> llegó',
    });
  });

  test('says nothing when the record’s own text matches best', () => {
    const principal = shownResult(
      { ...pagina, sub_results: [{ ...resumen, weighted_locations: [{ balanced_score: 20 }] }, documento] },
      'relevancia',
      (id) => id,
    ).principal;
    expect(principal.lineaMeta).toBe('Sesión · STL · 24 de febrero de 2023');
  });
});
