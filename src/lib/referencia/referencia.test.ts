import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDefault, fieldReference, replaceReference } from './referencia.ts';

describe('field reference generated from the schemas', () => {
  const referencia = fieldReference();

  it('documents every field with its type, whether it is required and its Spanish description', () => {
    expect(referencia).toContain('| `fecha` | sí | fecha AAAA-MM-DD | Fecha en que se celebró (o se programó). |');
    expect(referencia).toContain('| `tipo` | sí | uno de: `ordinaria`, `extraordinaria`, `instalacion`, `reunion-de-trabajo` | Tipo de sesión. |');
    expect(referencia).toContain('| `hora_inicio` | no | hora "HH:MM" |');
    expect(referencia).toMatch(/#### Campos de sesiones › `acuerdos`[\s\S]*\| `clave` \| no \| texto \|/);
    expect(referencia).not.toMatch(/\|\s*\|\s*$/m);
  });

  it('is the one in CONTRIBUTING.md (run «npm run referencia» after changing a schema)', () => {
    const guia = fs.readFileSync(path.resolve(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');
    expect(replaceReference(guia, referencia)).toBe(guia);
  });
});

describe('defaults in the field reference', () => {
  it('read as they are written in a file, never as «[object Object]»', () => {
    expect(describeDefault(false)).toBe('`false`');
    expect(describeDefault(5)).toBe('`5`');
    expect(describeDefault('municipio')).toBe('`municipio`');
    expect(describeDefault({})).toBe('ninguna (registro vacío, `{}`)');
    expect(describeDefault({ Naucalpan: '15057' })).toBe('`{"Naucalpan": "15057"}`');
    expect(describeDefault(['a', 'b'])).toBe('`["a", "b"]`');
    expect(describeDefault([])).toBeUndefined();
    expect(describeDefault(undefined)).toBeUndefined();
  });

  it('of an object field are described in words', () => {
    expect(fieldReference()).toMatch(/\| `equivalencias_de_municipio` \|[^\n]*Por omisión: ninguna \(registro vacío, `\{\}`\)\. \|/);
    expect(fieldReference()).not.toContain('[object Object]');
  });
});
