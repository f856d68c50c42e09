/**
 * Municipal boundaries as SVG paths, computed at build time from INEGI's simplified TopoJSON
 * (`data/mapas/`), so a choropleth needs no JavaScript. Projection: equirectangular with the
 * longitudes scaled by the cosine of the middle latitude, which keeps the state's shape right.
 */
import fs from 'node:fs';

interface Topologia {
  type: 'Topology';
  arcs: [number, number][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometria[] }>;
}
type Geometria =
  { type: 'Polygon'; arcs: number[][]; properties: Record<string, string> } | { type: 'MultiPolygon'; arcs: number[][][]; properties: Record<string, string> };

export interface FormaMunicipal {
  cvegeo: string;
  nombre: string;
  /** SVG path data in the map's viewBox. */
  d: string;
}

export interface MapaBase {
  ancho: number;
  alto: number;
  formas: FormaMunicipal[];
}

/** Absolute [lon, lat] points of every arc (TopoJSON arcs are delta-encoded and quantised). */
export function decodeArcs(topologia: Topologia): [number, number][][] {
  const [sx, sy] = topologia.transform?.scale ?? [1, 1];
  const [tx, ty] = topologia.transform?.translate ?? [0, 0];
  return topologia.arcs.map((arco) => {
    let x = 0;
    let y = 0;
    return arco.map(([dx, dy]) => {
      if (topologia.transform) {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as [number, number];
      }
      return [dx, dy] as [number, number];
    });
  });
}

/** A ring from its arc indices (a negative index ~i is arc i reversed). */
export function ringPoints(indices: readonly number[], arcos: readonly [number, number][][]): [number, number][] {
  const puntos: [number, number][] = [];
  indices.forEach((indice, n) => {
    const arco = indice < 0 ? [...arcos[~indice]].reverse() : arcos[indice];
    puntos.push(...(n === 0 ? arco : arco.slice(1)));
  });
  return puntos;
}

/** Projects the topology's polygons into a `ancho`-wide SVG. */
export function buildBaseMap(topologia: Topologia, ancho = 600): MapaBase {
  const objeto = Object.values(topologia.objects)[0];
  const arcos = decodeArcs(topologia);
  const poligonos = objeto.geometries.map((g) => ({
    propiedades: g.properties,
    anillos: (g.type === 'Polygon' ? [g.arcs] : g.arcs).map((poligono) => poligono.map((anillo) => ringPoints(anillo, arcos))),
  }));
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of poligonos)
    for (const poligono of p.anillos)
      for (const anillo of poligono)
        for (const [lon, lat] of anillo) {
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
  const coseno = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const escala = ancho / ((maxLon - minLon) * coseno);
  const alto = Math.ceil((maxLat - minLat) * escala);
  const proyectar = ([lon, lat]: [number, number]) => [Math.round((lon - minLon) * coseno * escala * 10) / 10, Math.round((maxLat - lat) * escala * 10) / 10];
  const formas = poligonos.map(({ propiedades, anillos }) => {
    const d = anillos
      .flat()
      .map((anillo) => {
        const puntos = anillo.map(proyectar).filter((p, i, todos) => i === 0 || p[0] !== todos[i - 1][0] || p[1] !== todos[i - 1][1]);
        return `M${puntos.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
      })
      .join('');
    return { cvegeo: propiedades.cvegeo, nombre: propiedades.nombre, d };
  });
  return { ancho, alto, formas: formas.sort((a, b) => a.cvegeo.localeCompare(b.cvegeo)) };
}

const cache = new Map<string, MapaBase>();

/** The base map of a TopoJSON file, computed once per build. */
export function loadBaseMap(archivo: string): MapaBase {
  let mapa = cache.get(archivo);
  if (!mapa) {
    mapa = buildBaseMap(JSON.parse(fs.readFileSync(archivo, 'utf8')) as Topologia);
    cache.set(archivo, mapa);
  }
  return mapa;
}

/** A class of the choropleth: its legend text and fill. */
export interface ClaseDeMapa {
  clave: string;
  etiqueta: string;
  color: string;
}

/**
 * Classes for responses per municipality: none, below k (suppressed), then up to four ranges of
 * published counts. Colours go from light to dark in the site's wine tone (text is never drawn on
 * them; the legend and the table carry the values).
 */
export function responseClasses(conteos: readonly number[], k: number): { clases: ClaseDeMapa[]; claseDe(n: number | null, suprimido: boolean): string } {
  const colores = ['#f2d4dc', '#d98aa0', '#a8395c', '#5c0f2a'];
  const maximo = Math.max(k, ...conteos);
  const cortes: number[] = [];
  const paso = Math.max(1, Math.ceil((maximo - k + 1) / colores.length));
  for (let desde = k; desde <= maximo && cortes.length < colores.length; desde += paso) cortes.push(desde);
  const rangos = cortes.map((desde, i) => ({ desde, hasta: i + 1 < cortes.length ? cortes[i + 1] - 1 : maximo }));
  const clases: ClaseDeMapa[] = [
    { clave: 'ninguna', etiqueta: 'Sin respuestas', color: '#ffffff' },
    // Also the municipalities hidden to protect a smaller one: the legend must not call them «menos de k».
    { clave: 'suprimida', etiqueta: `Menos de ${k} respuestas, u oculto para proteger a quien respondió`, color: '#e5e3e0' },
    ...rangos.map((r, i) => ({
      clave: `r${i}`,
      etiqueta: r.desde === r.hasta ? `${r.desde} respuestas` : `${r.desde} a ${r.hasta} respuestas`,
      color: colores[i],
    })),
  ];
  return {
    clases,
    claseDe(n, suprimido) {
      if (suprimido) return 'suprimida';
      if (!n) return 'ninguna';
      const i = rangos.findIndex((r) => n >= r.desde && n <= r.hasta);
      return `r${i < 0 ? rangos.length - 1 : i}`;
    },
  };
}
