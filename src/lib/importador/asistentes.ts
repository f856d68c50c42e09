/**
 * Who attended, with the post and the representation printed for each person: from a list
 * («· Nombre, Cargo;»), a table (Nombre | Cargo | Representación) or the opening paragraph of an
 * acta («…estando presentes: Nombre, Cargo; el Cargo, Nombre; …»). Each name is matched to a
 * recorded person by its folded form; an unknown name gets a proposed new id.
 */
import type { Persona } from '../../schemas/catalogos.ts';
import { slugify } from '../slug.ts';
import { catalogWords, personIndex, type Catalogos } from './catalogos.ts';
import { capitalizeFirst, foldName, foldWithPositions, trimListPunctuation } from '../documentos/normalizar.ts';
import { tableCells } from './secciones.ts';

export interface AsistenteExtraido {
  /** Name as printed. */
  nombre: string;
  /** Id of the recorded person, or the id proposed for a new one. */
  persona: string;
  nueva: boolean;
  cargo?: string;
  representacion?: string;
  /** Institution id, when the post or representation names a recorded institution. */
  institucion?: string;
  /** Institution printed in a table column that is not recorded yet. */
  institucionImpresa?: string;
  invitado?: boolean;
}

/** Words that open a post or a title, never a person's name. */
const NO_NOMBRE = new Set(
  `comisionado comisionada comisionados presidente presidenta coordinador coordinadora secretario secretaria
  secretariado tecnico tecnica titular suplente representante representantes representacion director directora
  general jefe jefa subjefe subjefa unidad departamento transparencia sociedad civil instituto comision
  facilitador facilitadora integrante integrantes municipal municipales estado mexico poder judicial ejecutivo
  legislativo organo garante consejero consejera magistrado magistrada subsecretario subsecretaria gobierno
  abierto local entes ente publicos publico publica acceso informacion datos personales proteccion municipios
  ayuntamiento sindico sindica regidor regidora contralor contralora contraloria servidor servidora enlace
  asesor asesora invitado invitada invitadas invitados vocal tesorero tesorera oficial mayor licenciado
  licenciada lic mtro mtra maestro maestra doctor doctora dr dra ing c ciudadano ciudadana plataforma sesion
  ordinaria extraordinaria comite cabildo area coordinacion direccion subdireccion jefatura dependencia
  organismo sistema nacional anticorrupcion participacion prevencion corrupcion electoral justicia derechos
  humanos tribunal superior pleno procuraduria fiscalia universidad consejo red asociacion`.split(/\s+/),
);
const TRATAMIENTO = /^(?:(?:lic|licda?|mtr[oa]|dr[a]?|ing|arq|c|prof|profa)\.\s*|(?:licenciad[oa]|maestr[oa]|doctor[a]?|ciudadan[oa])\s+)/i;

interface Contexto {
  indice: Map<string, Persona>;
  catalogos: Catalogos;
  vetadas: Set<string>;
}

function contextOf(catalogos: Catalogos): Contexto {
  return { indice: personIndex(catalogos.personas), catalogos, vetadas: catalogWords(catalogos) };
}

/** Id of a person by printed name: the recorded one, or a new id from the name. */
function identify(nombre: string, ctx: Contexto): { persona: string; nueva: boolean; nombre: string } {
  const limpio = nombre.replace(TRATAMIENTO, '').trim();
  const registrada = ctx.indice.get(foldName(limpio));
  return registrada ? { persona: registrada.id, nueva: false, nombre: limpio } : { persona: slugify(limpio), nueva: true, nombre: limpio };
}

/** The recorded institution named (by name or acronym) in a text; the longest name wins. */
export function institutionIn(texto: string | undefined, catalogos: Catalogos): string | undefined {
  if (!texto) return undefined;
  const plegado = ` ${foldName(texto)} `;
  let mejor: { id: string; largo: number } | undefined;
  for (const institucion of catalogos.instituciones) {
    const nombres = [foldName(institucion.nombre)];
    if (institucion.siglas && new RegExp(`(?:^|[^\\p{L}])${institucion.siglas}(?:[^\\p{L}]|$)`, 'u').test(texto)) nombres.push(foldName(institucion.siglas));
    for (const nombre of nombres) {
      if (nombre && plegado.includes(` ${nombre} `) && (!mejor || nombre.length > mejor.largo)) mejor = { id: institucion.id, largo: nombre.length };
    }
  }
  return mejor?.id;
}

/** Splits «Cargo y Representante Titular de…» / «Cargo, en representación de…». */
export function splitRepresentation(texto: string): { cargo?: string; representacion?: string } {
  const m = /^(.+?)(?:,\s*|\s+)(?:y\s+)?((?:en\s+representaci[óo]n|Representante)\b.*)$/iu.exec(texto);
  if (m && !/^(?:en\s+representaci[óo]n|representante)\b/i.test(texto)) {
    return { cargo: trimListPunctuation(m[1]), representacion: capitalizeFirst(trimListPunctuation(m[2])) };
  }
  return { cargo: trimListPunctuation(texto) || undefined };
}

function complete(base: { nombre: string; persona: string; nueva: boolean }, cargoImpreso: string, ctx: Contexto): AsistenteExtraido {
  const { cargo, representacion } = splitRepresentation(cargoImpreso);
  const institucion = institutionIn(cargo, ctx.catalogos) ?? institutionIn(representacion, ctx.catalogos);
  return { ...base, cargo, representacion, institucion, invitado: /\binvitad[oa]\b/i.test(cargoImpreso) || undefined };
}

/** Attendees from the lines of a list («· Nombre, Cargo;»). */
export function attendeesFromList(lineas: readonly string[], catalogos: Catalogos): AsistenteExtraido[] {
  const ctx = contextOf(catalogos);
  const items: string[] = [];
  for (const linea of lineas) {
    const limpia = linea.trim();
    if (!limpia) continue;
    const vineta = /^(?:[·•▪●*-]|\d+[.)])\s*(.*)$/.exec(limpia);
    if (vineta || items.length === 0) items.push(vineta ? vineta[1] : limpia);
    else items[items.length - 1] += ` ${limpia}`;
  }
  return items.flatMap((item) => {
    const m = /^([^,–—]+?)\s*(?:,|\s[–—-]\s)\s*(.+)$/.exec(trimListPunctuation(item));
    const nombre = m ? m[1] : trimListPunctuation(item);
    if (!looksLikeName(nombre, ctx)) return [];
    return [complete(identify(nombre, ctx), m?.[2] ?? '', ctx)];
  });
}

const COLUMNAS: [keyof Pick<AsistenteExtraido, 'nombre' | 'cargo' | 'representacion' | 'institucionImpresa'>, RegExp][] = [
  ['nombre', /^(?:nombre|asistente|integrante|persona)/],
  ['cargo', /^(?:cargo|puesto)/],
  ['representacion', /represent/],
  ['institucionImpresa', /^(?:institucion|dependencia|organizacion|ente|adscripcion)/],
];

/** Attendees from a table whose header has a «Nombre» column. */
export function attendeesFromTable(lineas: readonly string[], catalogos: Catalogos): AsistenteExtraido[] {
  const ctx = contextOf(catalogos);
  const asistentes: AsistenteExtraido[] = [];
  let columnas: (string | undefined)[] | undefined;
  for (const linea of lineas) {
    const celdas = tableCells(linea);
    if (!celdas) {
      if (columnas && linea.trim()) columnas = undefined;
      continue;
    }
    const plegadas = celdas.map(foldName);
    const cabecera = plegadas.map((c) => COLUMNAS.find(([, patron]) => patron.test(c))?.[0]);
    if (cabecera.includes('nombre') && cabecera.filter(Boolean).length >= 2) {
      columnas = cabecera;
      continue;
    }
    if (!columnas) continue;
    const fila: Record<string, string> = {};
    columnas.forEach((columna, i) => {
      if (columna && celdas[i]) fila[columna] = celdas[i];
    });
    if (!fila.nombre || !looksLikeName(fila.nombre, ctx)) continue;
    const base = identify(fila.nombre, ctx);
    const representacion = fila.representacion ? capitalizeFirst(trimListPunctuation(fila.representacion)) : undefined;
    const cargo = fila.cargo ? trimListPunctuation(fila.cargo) : undefined;
    const institucion = institutionIn(fila.institucionImpresa, catalogos) ?? institutionIn(cargo, catalogos) ?? institutionIn(representacion, catalogos);
    asistentes.push({
      ...base,
      cargo,
      representacion,
      institucion,
      institucionImpresa: institucion ? undefined : fila.institucionImpresa,
    });
  }
  return asistentes;
}

/** Whether a printed text can be a person's name: two to seven capitalised words, none a post. */
function looksLikeName(texto: string, ctx: Contexto): boolean {
  const limpio = texto.replace(TRATAMIENTO, '').trim();
  if (ctx.indice.has(foldName(limpio))) return true;
  const palabras = limpio.split(/\s+/);
  const mayusculas = palabras.filter((p) => /^\p{Lu}/u.test(p));
  if (mayusculas.length < 2 || palabras.length > 8) return false;
  return (
    palabras.every(
      (p) => /^\p{Lu}[\p{Ll}´'’-]*\p{Ll}*$/u.test(p) || /^\p{Lu}[´'’]\p{Lu}\p{Ll}+$/u.test(p) || /^(?:de|del|la|las|los|y|e|van|von|da|di)$/.test(p),
    ) && !mayusculas.some((p) => NO_NOMBRE.has(foldName(p)) || ctx.vetadas.has(foldName(p)))
  );
}

interface Tramo {
  inicio: number;
  fin: number;
  nombre: string;
}

/** Recorded names in a text, by folded match on word boundaries. */
function knownNameSpans(texto: string, ctx: Contexto): Tramo[] {
  const { plegado, origen } = foldWithPositions(texto);
  const tramos: Tramo[] = [];
  for (const nombre of ctx.indice.keys()) {
    let desde = 0;
    for (;;) {
      const i = plegado.indexOf(nombre, desde);
      if (i < 0) break;
      desde = i + 1;
      const antes = i === 0 || plegado[i - 1] === ' ';
      const despues = i + nombre.length === plegado.length || plegado[i + nombre.length] === ' ';
      if (antes && despues)
        tramos.push({ inicio: origen[i], fin: origen[i + nombre.length - 1] + 1, nombre: texto.slice(origen[i], origen[i + nombre.length - 1] + 1) });
    }
  }
  return tramos;
}

const PALABRA_DE_NOMBRE = String.raw`\p{Lu}[\p{Ll}]+(?:[´'’-]\p{Lu}?\p{Ll}+)?|\p{Lu}[´'’]\p{Lu}\p{Ll}+`;
const NOMBRE_DESCONOCIDO = new RegExp(String.raw`(?:${PALABRA_DE_NOMBRE})(?:\s+(?:(?:de|del|la|las|los)\s+)*(?:${PALABRA_DE_NOMBRE}))+`, 'gu');

/** Unknown names: runs of capitalised words that hold no word of a post or a catalogue name. */
function unknownNameSpans(texto: string, ctx: Contexto, ocupados: Tramo[]): Tramo[] {
  const tramos: Tramo[] = [];
  for (const m of texto.matchAll(NOMBRE_DESCONOCIDO)) {
    // Cut the run at the first word that cannot be part of a name («Horacio Rodríguez Jiménez Facilitador…»).
    const palabras = [...m[0].matchAll(/\S+/g)];
    let inicio: number | undefined;
    let fin = 0;
    const cerrar = () => {
      if (inicio === undefined) return;
      const nombre = texto.slice(inicio, fin).replace(/\s+(?:de|del|la|las|los)$/u, '');
      const tramo = { inicio, fin: inicio + nombre.length, nombre };
      if (looksLikeName(nombre, ctx) && !ocupados.some((o) => o.inicio < tramo.fin && tramo.inicio < o.fin)) tramos.push(tramo);
      inicio = undefined;
    };
    for (const palabra of palabras) {
      const vetada = /^\p{Lu}/u.test(palabra[0]) && (NO_NOMBRE.has(foldName(palabra[0])) || ctx.vetadas.has(foldName(palabra[0])));
      const absoluto = m.index + palabra.index;
      if (vetada) {
        cerrar();
        continue;
      }
      if (inicio === undefined) {
        if (!/^\p{Lu}/u.test(palabra[0])) continue;
        inicio = absoluto;
      }
      fin = absoluto + palabra[0].length;
    }
    cerrar();
  }
  return tramos;
}

/** The list of those present inside an acta's opening paragraph, or undefined. */
export function attendancePassage(parrafo: string): string | undefined {
  const inicio = /\b(?:reunid[oa]s|presentes|asistentes)\b[^:]*:\s*/iu.exec(parrafo);
  if (!inicio) return undefined;
  const resto = parrafo.slice(inicio.index + inicio[0].length);
  const fin =
    /,?\s*(?:con\s+(?:la\s+finalidad|el\s+(?:objeto|prop[óo]sito|fin))|para\s+(?:desahogar|celebrar|llevar\s+a\s+cabo)|bajo\s+el\s+siguiente|conforme\s+al\s+siguiente)\b/iu.exec(
      resto,
    );
  return fin ? resto.slice(0, fin.index) : resto;
}

const CIERRE_DE_GRUPO = /,\s*((?:tod[oa]s|ambos|ambas)\b.*)$/iu;

/**
 * Attendees from a narrative list. Between two names the text is split at the strongest
 * separator: what comes before it is the post of the earlier name («Nombre, Cargo;»), what comes
 * after, introduced by an article, the post of the later one («; el Cargo, Nombre»).
 */
export function attendeesFromParagraph(pasaje: string, catalogos: Catalogos, institucionDelOrgano?: string): AsistenteExtraido[] {
  const ctx = contextOf(catalogos);
  const conocidos = knownNameSpans(pasaje, ctx);
  const tramos = [...conocidos, ...unknownNameSpans(pasaje, ctx, conocidos)]
    .sort((a, b) => a.inicio - b.inicio || b.fin - a.fin)
    .filter((t, i, todos) => !todos.slice(0, i).some((o) => o.inicio < t.fin && t.inicio < o.fin));
  if (tramos.length === 0) return [];
  const antes: string[] = tramos.map(() => '');
  const despues: string[] = tramos.map(() => '');
  antes[0] = pasaje.slice(0, tramos[0].inicio);
  for (let i = 0; i < tramos.length; i++) {
    const hueco = pasaje.slice(tramos[i].fin, tramos[i + 1]?.inicio ?? pasaje.length);
    if (i === tramos.length - 1) {
      despues[i] = hueco;
      break;
    }
    const puntoYComa = hueco.indexOf(';');
    const articulo = [...hueco.matchAll(/,\s+(?:el|la)\s+(?=\p{Lu})/gu)].at(-1);
    if (puntoYComa >= 0) {
      despues[i] = hueco.slice(0, puntoYComa);
      antes[i + 1] = hueco.slice(hueco.lastIndexOf(';') + 1);
    } else if (articulo) {
      despues[i] = hueco.slice(0, articulo.index);
      antes[i + 1] = hueco.slice(articulo.index);
    } else {
      despues[i] = hueco;
    }
  }
  const asistentes: AsistenteExtraido[] = [];
  let todosDelOrgano = false;
  tramos.forEach((tramo, i) => {
    let post = despues[i].replace(/^[\s,]+/, '').replace(/\s+y\s*$/u, '');
    const grupo = CIERRE_DE_GRUPO.exec(post) ?? (/^(?:tod[oa]s|ambos|ambas)\b/iu.test(post) ? [post, post] : null);
    if (grupo) {
      post = post.slice(0, post.length - grupo[0].length);
      if (/\binvitad[oa]s\b/iu.test(grupo[1]) && /^amb[oa]s\b/iu.test(grupo[1])) {
        const anterior = asistentes.at(-1);
        if (anterior) anterior.invitado = true;
      }
      if (/^tod[oa]s\b.*\b(?:este|esta)\s+(?:instituto|instituci[óo]n|dependencia|organismo)\b/iu.test(grupo[1])) todosDelOrgano = true;
    }
    const pre = antes[i].replace(/^[\s,;]*(?:y\s+)?(?:(?:el|la|los|las)\s+)?/iu, '').replace(/[\s,]+$/, '');
    const impreso = [pre, trimListPunctuation(post)].filter(Boolean).join(', ');
    const asistente = complete(identify(tramo.nombre, ctx), impreso, ctx);
    if (grupo && /\binvitad[oa]s?\b/iu.test(grupo[1])) asistente.invitado = true;
    asistentes.push(asistente);
  });
  if (todosDelOrgano && institucionDelOrgano) {
    for (const asistente of asistentes) asistente.institucion ??= institucionDelOrgano;
  }
  return asistentes;
}
