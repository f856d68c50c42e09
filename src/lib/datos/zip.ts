/**
 * A tiny deterministic ZIP writer (PKWARE APPNOTE 6.3): DEFLATE via node:zlib, CRC-32, UTF-8
 * names, one fixed timestamp, no extra fields. The same files give the same bytes on every build.
 */
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';

export interface EntradaZip {
  /** Path inside the archive (forward slashes). */
  nombre: string;
  datos: Uint8Array;
  /** SHA-256 (hex) of `datos`, when the caller already has it: passed on to `comprimir`. */
  sha256?: string;
}

/**
 * Raw DEFLATE of an entry's bytes (whose SHA-256 may come along); `writeZip` stores an entry as is
 * when this is not smaller.
 */
export type Compresor = (datos: Uint8Array, sha256?: string) => Uint8Array;

/** DEFLATE at zlib's highest level: the smallest download, and the same bytes on every build. */
export const deflateAtMostLevel: Compresor = (datos) => deflateRawSync(datos, { level: 9 });

/** CRC-32 (ISO-HDLC, as ZIP uses it) of `datos`, computed natively by zlib. */
export function crc32(datos: Uint8Array): number {
  return zlibCrc32(datos);
}

/** MS-DOS time and date fields of `AAAA-MM-DD` at 00:00 (local time, as ZIP has no zone). */
export function dosDateTime(fecha: string): { hora: number; fecha: number } {
  const [y, m, d] = fecha.split('-').map(Number);
  if (!(y >= 1980 && y <= 2107)) throw new Error(`fecha fuera del rango de ZIP: ${fecha}`);
  return { hora: 0, fecha: ((y - 1980) << 9) | (m << 5) | d };
}

/**
 * Builds the archive. `fecha` (AAAA-MM-DD) is the timestamp of every entry; `comprimir` gives each
 * entry's DEFLATE bytes (a build passes one that reuses those of unchanged files).
 */
export function writeZip(entradas: readonly EntradaZip[], fecha = '1980-01-01', comprimir: Compresor = deflateAtMostLevel): Uint8Array {
  const { hora, fecha: dia } = dosDateTime(fecha);
  const locales: Uint8Array[] = [];
  const centrales: Buffer[] = [];
  let desplazamiento = 0;
  for (const entrada of entradas) {
    const nombre = Buffer.from(entrada.nombre, 'utf8');
    const comprimidos = comprimir(entrada.datos, entrada.sha256);
    const usarDeflate = comprimidos.length < entrada.datos.length;
    const cuerpo = usarDeflate ? comprimidos : Buffer.from(entrada.datos);
    const crc = crc32(entrada.datos);
    const metodo = usarDeflate ? 8 : 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(metodo, 8);
    local.writeUInt16LE(hora, 10);
    local.writeUInt16LE(dia, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(cuerpo.length, 18);
    local.writeUInt32LE(entrada.datos.length, 22);
    local.writeUInt16LE(nombre.length, 26);
    local.writeUInt16LE(0, 28);
    locales.push(local, nombre, cuerpo);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(metodo, 10);
    central.writeUInt16LE(hora, 12);
    central.writeUInt16LE(dia, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(cuerpo.length, 20);
    central.writeUInt32LE(entrada.datos.length, 24);
    central.writeUInt16LE(nombre.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: regular file, rw-r--r--
    central.writeUInt32LE(desplazamiento, 42);
    centrales.push(central, nombre);

    desplazamiento += local.length + nombre.length + cuerpo.length;
  }
  const directorio = Buffer.concat(centrales);
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(0x06054b50, 0);
  fin.writeUInt16LE(entradas.length, 8);
  fin.writeUInt16LE(entradas.length, 10);
  fin.writeUInt32LE(directorio.length, 12);
  fin.writeUInt32LE(desplazamiento, 16);
  return new Uint8Array(Buffer.concat([...locales, directorio, fin]));
}
