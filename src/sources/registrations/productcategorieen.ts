/**
 * iJw productcategorieën (codelijst JZ020) and the two verblijf groupings used in steering.
 * "Jeugdhulp met verblijf" = 35, 36, 37, 38, 43, 44; "residentieel" in the narrow sense of the
 * Hervormingsagenda Jeugd excludes pleegzorg (35) and gezinsgericht (36): 37, 38, 43, 44.
 */
export const PRODUCTCATEGORIEEN = {
  '31': 'Jeugdhulp zonder verblijf (2015)',
  '32': 'Jeugdhulp zonder verblijf (2015)',
  '33': 'Jeugdhulp zonder verblijf (2015)',
  '34': 'Jeugdhulp zonder verblijf (2015)',
  '35': 'Verblijf pleegzorg',
  '36': 'Verblijf gezinsgericht',
  '37': 'Gesloten plaatsing',
  '38': 'Overig residentieel',
  '40': 'Persoonlijke verzorging',
  '41': 'Dagbehandeling',
  '42': 'Vervoer',
  '43': 'Verblijf inclusief behandeling',
  '44': 'Verblijf exclusief behandeling',
  '45': 'Ambulant',
  '46': 'Crisis',
  '47': 'Jeugdreclassering',
  '48': 'Jeugdbescherming',
  '49': 'Preventief justitieel kader',
  '50': 'Maatwerkarrangementen',
  '51': 'Generalistische basis-ggz',
  '52': 'Specialistische ggz',
  '53': 'Kindergeneeskunde',
  '54': 'Jeugd-ggz',
  '55': 'Landelijk ingekocht',
} as const satisfies Record<string, string>;

export type Productcategorie = keyof typeof PRODUCTCATEGORIEEN;

export const VERBLIJF_CATEGORIEEN: readonly Productcategorie[] = ['35', '36', '37', '38', '43', '44'];
export const RESIDENTIEEL_CATEGORIEEN: readonly Productcategorie[] = ['37', '38', '43', '44'];

export function isProductcategorie(code: string): code is Productcategorie {
  return Object.hasOwn(PRODUCTCATEGORIEEN, code);
}

/** "37 Gesloten plaatsing"; unknown codes are shown as they are. */
export function productcategorieLabel(code: string): string {
  return isProductcategorie(code) ? `${code} ${PRODUCTCATEGORIEEN[code]}` : code;
}
