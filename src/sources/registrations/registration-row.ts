import { createHash } from 'node:crypto';
import type { IsoDate } from './calendar-date.ts';
import type { Productcategorie } from './productcategorieen.ts';

/** One toewijzing as validated from a file, before it is stored. */
export interface RegistrationRow {
  /** Pseudonym of the client; never a BSN. */
  clientId: string;
  gemeenteCode: string;
  productcategorie: Productcategorie;
  productcode: string | null;
  aanbieder: string | null;
  begindatum: IsoDate;
  /** null = still running. */
  einddatum: IsoDate | null;
  /** Total volume of the toewijzing in `eenheid`. */
  volume: number | null;
  eenheid: string | null;
  /** Euro per unit. */
  tarief: number | null;
  /** Euro for the whole toewijzing. */
  kosten: number | null;
  /** Spreadsheet row it came from (header = 1). */
  sourceRow: number;
}

/** A stored toewijzing as the metrics layer reads it. */
export interface Allocation extends Omit<RegistrationRow, 'productcategorie'> {
  id: number;
  productcategorie: string;
  importId: number;
}

/**
 * Identity of the toewijzing itself (who, where, what, from whom, from when), without the fields
 * that change during its life (einddatum, volume, tarief, kosten). A later file that delivers the
 * same key with other values updates the toewijzing instead of adding a second one.
 */
export function allocationKey(row: RegistrationRow): string {
  const fields = [row.clientId, row.gemeenteCode, row.productcategorie, row.productcode ?? '', row.aanbieder ?? '', row.begindatum];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Identity of a row's content, independent of the file and row it came from, so that the same
 * toewijzing delivered in two overlapping files is stored once.
 */
export function registrationRowHash(row: RegistrationRow): string {
  const fields = [
    row.clientId,
    row.gemeenteCode,
    row.productcategorie,
    row.productcode ?? '',
    row.aanbieder ?? '',
    row.begindatum,
    row.einddatum ?? '',
    row.volume ?? '',
    row.eenheid ?? '',
    row.tarief ?? '',
    row.kosten ?? '',
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
