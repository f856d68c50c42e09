import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { fieldDescriptor } from './datapackage.ts';
import { publish } from './generar.ts';

const perfil = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../tests/esquemas/datapackage.json'), 'utf8'));

describe('Data Package', () => {
  const descriptor = JSON.parse(new TextDecoder().decode(publish(testContent(), contextoDePrueba).datapackage.bytes));

  it('validates against the official Data Package v2 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validar = ajv.compile(perfil);
    expect(validar(descriptor), JSON.stringify(validar.errors, null, 2)).toBe(true);
  });

  it('describes keys, dialect and the exact file', () => {
    const sesiones = descriptor.resources.find((r: { name: string }) => r.name === 'sesiones');
    expect(sesiones.path).toBe('sesiones.csv');
    expect(sesiones.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sesiones.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\r\n', header: true });
    expect(sesiones.schema.primaryKey).toEqual(['id']);
    expect(sesiones.schema.foreignKeys).toContainEqual({ fields: ['organo'], reference: { resource: 'organos', fields: ['id'] } });
    // A reference to the same resource leaves `resource` out.
    expect(sesiones.schema.foreignKeys).toContainEqual({ fields: ['siguiente_reunion_sesion'], reference: { fields: ['id'] } });
    expect(descriptor.id).toBe('https://datos.ejemplo.mx/base/datos/datapackage.json');
  });

  it('maps field constraints', () => {
    expect(fieldDescriptor({ nombre: 'l', titulo: 'L', tipo: 'list', descripcion: 'd', separador: ';' })).toMatchObject({ type: 'string' });
    expect(fieldDescriptor({ nombre: 'l', titulo: 'L', tipo: 'list', descripcion: 'd', separador: ';', patron: '^[a-z]+$' })).toMatchObject({
      constraints: { pattern: '^(?:[a-z]+)(?:;(?:[a-z]+))*$' },
    });
    expect(fieldDescriptor({ nombre: 'e', titulo: 'E', tipo: 'string', descripcion: 'd', requerido: true, valores: ['a'] })).toMatchObject({
      constraints: { required: true, enum: ['a'] },
    });
  });
});
