/**
 * Text as it comes out of a PDF, a DOCX or a transcription, made regular before any rule reads
 * it: one kind of line break and space, no page footers, no descriptions of signatures or images,
 * no broken table rulers. Names are compared in a folded form (no accents, case or punctuation).
 */

/** A line that is only transcription noise, never content. */
const RUIDO: RegExp[] = [
  // Page footers and headers: «Página 2 de 12», «Pág. 3», «- 4 -», «3 / 12».
  /^(?:p[áa]gina|p[áa]g\.)\s*\d+(?:\s*(?:de|\/)\s*\d+)?\.?$/i,
  /^-?\s*\d+\s*-?$/,
  /^\d+\s*\/\s*\d+$/,
  // Images and signatures described by the transcription: «[image: ]», «A blue ink signature…».
  /^\[(?:image|imagen)[^\]]*\]$/i,
  /^an?\s+.*\b(?:signature|initials|handwritten|ink)\b.*$/i,
  /^\(?(?:firma|r[úu]brica|sello)(?:\s+(?:aut[óo]grafa|ilegible))?\)?\.?$/i,
  // Rulers of a table broken by the conversion: «------------	--».
  /^[-–—_=\s|+]{3,}$/,
];

export function isNoiseLine(linea: string): boolean {
  const limpia = linea.trim();
  return limpia !== '' && RUIDO.some((regla) => regla.test(limpia));
}

/**
 * Regular text: Unix line breaks, no BOM, non-breaking and repeated spaces made single (tabs are
 * kept: they separate table cells), trailing blanks removed, noise lines dropped and runs of
 * blank lines made one.
 */
export function normalizeText(texto: string): string {
  const lineas = texto
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .split('\n')
    .map((linea) => linea.replace(/ {2,}/g, ' ').replace(/[ \t]+$/g, ''))
    .filter((linea) => !isNoiseLine(linea));
  return lineas
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Folded form of one character: lowercase without accents; apostrophes and dots become spaces. */
function foldChar(caracter: string): string {
  const base = caracter
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return /^[a-z0-9]$/.test(base) ? base : base === 'ñ' ? 'n' : ' ';
}

export interface TextoPlegado {
  /** Folded text: lowercase letters and digits, single spaces. */
  plegado: string;
  /** For each character of `plegado`, its index in the original text. */
  origen: number[];
}

/**
 * Folds a text for comparison while remembering where each folded character came from, so a
 * match in the folded text can be cut out of the original.
 */
export function foldWithPositions(texto: string): TextoPlegado {
  let plegado = '';
  const origen: number[] = [];
  for (let i = 0; i < texto.length; i++) {
    const c = foldChar(texto[i]);
    if (c === ' ' && (plegado === '' || plegado.endsWith(' '))) continue;
    plegado += c;
    origen.push(i);
  }
  if (plegado.endsWith(' ')) {
    plegado = plegado.slice(0, -1);
    origen.pop();
  }
  return { plegado, origen };
}

/** «José  Martínez-Vilchis» → «jose martinez vilchis». */
export function foldName(texto: string): string {
  return foldWithPositions(texto).plegado;
}

/** First letter in uppercase («en representación…» → «En representación…»). */
export function capitalizeFirst(texto: string): string {
  return texto ? texto[0].toLocaleUpperCase('es-MX') + texto.slice(1) : texto;
}

/** Trims the punctuation that joins list items: «Compromisos; » → «Compromisos». */
export function trimListPunctuation(texto: string): string {
  return texto
    .trim()
    .replace(/(?:[;,]?\s+y)$/i, '')
    .replace(/[;,:]+$/, '')
    .replace(/(?<!(?:^|[\s.])\p{Lu})\.+$/u, '')
    .trim();
}

/**
 * A PDF's text layer gives one line per printed line and no blank line between paragraphs. The
 * lines of a paragraph are joined again: a line that reaches the usual width of the page's full
 * lines and does not end a sentence continues on the next. Each paragraph is then separated by
 * a blank line, as in a Word document or a transcription.
 */
export function unwrapPdfLines(texto: string): string {
  const lineas = texto.split('\n').map((l) => l.trimEnd());
  const largos = lineas
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (largos.length < 3) return lineas.join('\n');
  const ancho = largos[Math.floor(largos.length * 0.9)];
  const parrafos: string[] = [];
  let actual = '';
  lineas.forEach((linea, i) => {
    const limpia = linea.trim();
    if (!limpia) {
      if (actual) parrafos.push(actual);
      actual = '';
      return;
    }
    actual = actual ? `${actual} ${limpia}` : limpia;
    const siguiente = lineas[i + 1]?.trim() ?? '';
    const sigue =
      limpia.length >= ancho * 0.75 &&
      !/[.:]["”»)]?$/.test(limpia) &&
      !linea.includes('\t') &&
      siguiente !== '' &&
      !startsAnItem(siguiente) &&
      !isHeadingLike(limpia);
    if (!sigue) {
      parrafos.push(actual);
      actual = '';
    }
  });
  if (actual) parrafos.push(actual);
  return parrafos.join('\n\n');
}

/** A line that opens a list item, a numbered paragraph, an agreement key or an ordinal agreement. */
function startsAnItem(linea: string): boolean {
  return /^(?:[-•·*▪]\s|(?:[IVXLC]+|\d{1,2})\s*(?:\.-|\.–|[.)])\s|[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ]*(?:\/[A-Za-z0-9.-]+){2,}\/\d{4}\b|(?:PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[ÉE]PTIMO|OCTAVO|NOVENO|D[ÉE]CIMO)\b)/u.test(
    linea,
  );
}

/** A line in capitals (a title or a heading), which a paragraph never continues. */
function isHeadingLike(linea: string): boolean {
  return /\p{Lu}{3}/u.test(linea) && linea === linea.toLocaleUpperCase('es-MX');
}
