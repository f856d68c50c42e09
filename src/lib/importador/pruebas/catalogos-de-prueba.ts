/** A small catalogue for the importer's tests, shaped as content/*.yaml. */
import type { Catalogos } from '../catalogos.ts';

export const CATALOGOS: Catalogos = {
  organos: [
    { id: 'stl', nombre: 'Secretariado Técnico Local de Gobierno Abierto del Estado de México', siglas: 'STL', descripcion: 'x' },
    { id: 'grupo-operativo-stl', nombre: 'Grupo Operativo del Secretariado Técnico Local', organo_superior: 'stl', descripcion: 'x' },
    { id: 'cgatp', nombre: 'Comisión de Gobierno Abierto y Transparencia Proactiva', siglas: 'CGAyTP', institucion: 'infoem', descripcion: 'x' },
  ],
  personas: [
    { id: 'lilibeth-alvarez-rodriguez', nombre: 'Lilibeth Álvarez Rodríguez' },
    { id: 'jose-martinez-vilchis', nombre: 'José Martínez Vilchis' },
    { id: 'sharon-morales-martinez', nombre: 'Sharon Morales Martínez', variantes: ['Sharon C. Morales Martínez'] },
  ],
  instituciones: [
    {
      id: 'infoem',
      nombre: 'Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de México y Municipios',
      siglas: 'Infoem',
      tipo: 'organo-garante',
    },
    { id: 'ieem', nombre: 'Instituto Electoral del Estado de México', siglas: 'IEEM', tipo: 'organismo-autonomo' },
    { id: 'poder-judicial-edomex', nombre: 'Poder Judicial del Estado de México', tipo: 'poder-judicial' },
  ],
  sesiones: [{ id: 'stl-2023-02-24', organo: 'stl', fecha: '2023-02-24' }],
};
