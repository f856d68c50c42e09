import { describe, expect, it } from 'vitest';
import { expandCatalogues, shareCatalogues } from './catalogos-compartidos.ts';
import { catalogueOptions, editorConfig, type CatalogosDelContenido } from './configuracion.ts';
import { editorPageData } from './pagina.ts';

/** A content with many sessions and agreements, as a large site has. */
function catalogues(sesiones: number): CatalogosDelContenido {
  const ids = Array.from({ length: sesiones }, (_, i) => `stl-${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`);
  return {
    organos: [{ id: 'stl', nombre: 'Secretariado Técnico Local', siglas: 'STL' }],
    personas: [{ id: 'ana-perez', nombre: 'Ana Pérez' }],
    instituciones: [{ id: 'infoem', nombre: 'Instituto de Transparencia', siglas: 'Infoem' }],
    sesiones: ids.map((id) => ({ id, fecha: id.slice(4), titulo: 'Sesión Ordinaria' })),
    compromisos: [{ id: 'carnet-juridico', titulo: 'Carnet jurídico' }],
    acuerdos: ids.flatMap((id) => [1, 2, 3].map((n) => ({ id: `${id}-${n}`, clave: `STL/${n}/${id.slice(4, 8)}` }))),
  };
}

const opciones = { repositorio: { url: 'https://github.com/infoem/gobierno-abierto', rama: 'main' }, sitio: 'https://ejemplo.mx/', base: '/' };

/** The page's JSON as the browser reads it back. */
const throughPage = <T>(valor: T): T => JSON.parse(JSON.stringify(valor)) as T;

describe('catalogue lists of the editor configuration', () => {
  it('are put back by the browser into exactly the configuration the schemas give', () => {
    const catalogos = catalogueOptions(catalogues(40));
    const config = editorConfig(catalogos, opciones);
    const original = throughPage(config);
    expect(expandCatalogues(throughPage(shareCatalogues(config, catalogos)))).toEqual(original);
  });

  it('go once in the page, however many selects offer them', () => {
    const datos = editorPageData(catalogues(200), opciones.repositorio, '/', 'logo.svg', 'https://ejemplo.mx/');
    const pagina = JSON.stringify(datos);
    const veces = (texto: string) => pagina.split(texto).length - 1;
    // A session and an agreement are offered in several selects (follow-up, sources, calendars…).
    expect(veces('"value":"stl-2005-06-15"')).toBe(1);
    expect(veces('"value":"stl-2005-06-15-2"')).toBe(1);
    expect(veces('{"catalogo":"sesiones"}')).toBeGreaterThan(3);
    expect(veces('{"catalogo":"acuerdos"}')).toBeGreaterThan(1);
    // Without sharing, the same content repeats each list in every select that offers it.
    const catalogos = catalogueOptions(catalogues(200));
    const repetida = JSON.stringify(editorConfig(catalogos, opciones));
    expect(pagina.length).toBeLessThan(repetida.length / 3);
  });

  it('name only the catalogues some select offers, in a fixed order', () => {
    const catalogos = catalogueOptions(catalogues(3));
    const config = {
      fields: [
        { name: 'organo', widget: 'select', options: catalogos.organos },
        { name: 'tipo', widget: 'select', options: [{ value: 'a', label: 'A' }] },
      ],
    };
    const compartida = shareCatalogues(config, catalogos);
    expect(Object.keys(compartida.catalogos)).toEqual(['organos']);
    // An enumeration's own options are not a catalogue: they stay in their select.
    expect(compartida.config.fields[1].options).toEqual([{ value: 'a', label: 'A' }]);
    expect(config.fields[0].options).toBe(catalogos.organos);
  });

  it('stop the editor when a select names a catalogue the page does not carry', () => {
    expect(() => expandCatalogues({ config: { fields: [{ name: 'persona', options: { catalogo: 'personas' } }] }, catalogos: {} })).toThrow(
      'La configuración del editor nombra el catálogo «personas», que la página no trae.',
    );
  });
});
