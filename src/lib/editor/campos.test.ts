import { describe, expect, it } from 'vitest';
import { fieldLabel, referencedCatalogue } from './campos.ts';

describe('editor labels and references', () => {
  it('writes Spanish labels with their accents from field names', () => {
    expect(fieldLabel('orden_del_dia')).toBe('Orden del día');
    expect(fieldLabel('titulo_corto')).toBe('Título corto');
    expect(fieldLabel('lineas_de_accion')).toBe('Líneas de acción');
    expect(fieldLabel('anio')).toBe('Año');
    expect(fieldLabel('url_acta')).toBe('URL acta');
  });

  it('reads the catalogue a reference points to from its description', () => {
    expect(referencedCatalogue('Órgano que sesionó (id de content/organos.yaml).')).toBe('organos');
    expect(referencedCatalogue('Quién lo presentó (id de content/personas.yaml).')).toBe('personas');
    expect(referencedCatalogue('Otras instituciones que participan (ids de content/instituciones.yaml).')).toBe('instituciones');
    expect(referencedCatalogue('Sesión en que se informó el estado, si la hay.')).toBe('sesiones');
    expect(referencedCatalogue('Acuerdo (id) que aprobó el calendario.')).toBe('acuerdos');
    expect(referencedCatalogue('Identificador estable que forma su dirección.')).toBeUndefined();
  });
});
