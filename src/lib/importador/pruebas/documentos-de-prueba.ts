/**
 * Small real documents for the tests, built byte by byte: a Word file (the minimum parts of an
 * Office Open XML package) and PDFs with and without a text layer (Helvetica).
 */
import { writeZip } from '../../datos/zip.ts';

const utf8 = (texto: string) => new TextEncoder().encode(texto);
const escapeXml = (texto: string) => texto.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type BloqueDocx = string | string[][];

/** A .docx with one paragraph per string and one table per array of rows. */
export function makeDocx(bloques: BloqueDocx[]): Uint8Array {
  const parrafo = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`;
  const cuerpo = bloques
    .map((b) =>
      typeof b === 'string'
        ? parrafo(b)
        : `<w:tbl>${b.map((fila) => `<w:tr>${fila.map((celda) => `<w:tc>${parrafo(celda)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  return writeZip([
    {
      nombre: '[Content_Types].xml',
      datos: utf8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      nombre: '_rels/.rels',
      datos: utf8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      nombre: 'word/document.xml',
      datos: utf8(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${cuerpo}</w:body></w:document>`,
      ),
    },
  ]);
}

/** Characters of WinAnsiEncoding outside Latin-1, by their byte. */
const WIN_ANSI: Record<string, string> = { '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94', '–': '\x96', '—': '\x97', '…': '\x85', '•': '\x95' };

/** A PDF string literal in WinAnsiEncoding (Latin-1 plus typographic quotes and dashes), escaped. */
function pdfString(texto: string): string {
  const codificado = texto.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\u0000-\u00ff]/g, (c) => WIN_ANSI[c] ?? '?');
  return `(${codificado})`;
}

/** Lines of a text as a page prints them: wrapped at `ancho` characters, blank lines kept. */
export function wrapLines(texto: string, ancho = 95): string[] {
  return texto.split('\n').flatMap((linea) => {
    const partes: string[] = [];
    let resto = linea.trim();
    while (resto.length > ancho && resto.lastIndexOf(' ', ancho) > 0) {
      const corte = resto.lastIndexOf(' ', ancho);
      partes.push(resto.slice(0, corte));
      resto = resto.slice(corte + 1);
    }
    partes.push(resto);
    return partes;
  });
}

/** Lines per page of the test PDFs (A4, 10 pt Helvetica, 14 pt leading). */
const LINEAS_POR_PAGINA = 55;

/**
 * A PDF with `lineas` as its text layer, 55 lines a page; without lines, one page with only a
 * grey rectangle, like a scan.
 */
export function makePdf(lineas: string[] = []): Uint8Array {
  const paginas: string[] = [];
  for (let i = 0; i < lineas.length; i += LINEAS_POR_PAGINA) {
    const trozo = lineas.slice(i, i + LINEAS_POR_PAGINA);
    paginas.push(`BT /F1 10 Tf 14 TL 40 800 Td ${trozo.map((l) => `${pdfString(l)} Tj T*`).join(' ')} ET`);
  }
  if (paginas.length === 0) paginas.push('0.5 g 40 40 500 700 re f');
  // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream for each page.
  const hijos = paginas.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objetos = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${hijos}] /Count ${paginas.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...paginas.flatMap((contenido, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
      `<< /Length ${Buffer.byteLength(contenido, 'latin1')} >>\nstream\n${contenido}\nendstream`,
    ]),
  ];
  let pdf = '%PDF-1.4\n';
  const posiciones: number[] = [];
  objetos.forEach((objeto, i) => {
    posiciones.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${objeto}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objetos.length + 1}\n0000000000 65535 f \n${posiciones.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objetos.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
