import type { Productcategorie } from './productcategorieen.ts';

/**
 * Invented but plausible parameters for the sample registration (voorbeelddata): per
 * productcategorie the unit, the 2022 tarief range in euro per unit, the duration range in days,
 * how much of the unit is used per week, and which sample aanbieders deliver it.
 */
export interface SampleProduct {
  eenheid: 'uur' | 'dagdeel' | 'etmaal' | 'maand';
  tarief2022: [min: number, max: number];
  durationDays: [min: number, max: number];
  unitsPerWeek: [min: number, max: number];
  aanbieders: readonly string[];
}

export const SAMPLE_AANBIEDERS = {
  A: 'Voorbeeldaanbieder Jeugd A',
  B: 'Voorbeeldaanbieder Jeugd B',
  C: 'Voorbeeldaanbieder Jeugd C',
  D: 'Voorbeeldaanbieder Verblijf D',
  E: 'Voorbeeldaanbieder Verblijf E',
  F: 'Voorbeeldaanbieder Pleegzorg F',
  G: 'Voorbeeldaanbieder Jeugdbescherming G',
} as const;

const { A, B, C, D, E, F, G } = SAMPLE_AANBIEDERS;

export const SAMPLE_PRODUCTS: Partial<Record<Productcategorie, SampleProduct>> = {
  '45': { eenheid: 'uur', tarief2022: [78, 112], durationDays: [60, 365], unitsPerWeek: [1, 4], aanbieders: [A, B, C] },
  '41': { eenheid: 'dagdeel', tarief2022: [58, 105], durationDays: [90, 270], unitsPerWeek: [2, 6], aanbieders: [B, C] },
  '54': { eenheid: 'uur', tarief2022: [98, 128], durationDays: [90, 365], unitsPerWeek: [1, 2], aanbieders: [A, C] },
  '46': { eenheid: 'etmaal', tarief2022: [380, 620], durationDays: [3, 28], unitsPerWeek: [7, 7], aanbieders: [D] },
  '48': { eenheid: 'maand', tarief2022: [1250, 1650], durationDays: [180, 730], unitsPerWeek: [0.23, 0.23], aanbieders: [G] },
  '35': { eenheid: 'etmaal', tarief2022: [32, 68], durationDays: [120, 1400], unitsPerWeek: [7, 7], aanbieders: [F] },
  '36': { eenheid: 'etmaal', tarief2022: [155, 255], durationDays: [120, 720], unitsPerWeek: [7, 7], aanbieders: [F, E] },
  '37': { eenheid: 'etmaal', tarief2022: [680, 880], durationDays: [60, 400], unitsPerWeek: [7, 7], aanbieders: [D] },
  '38': { eenheid: 'etmaal', tarief2022: [260, 440], durationDays: [60, 1100], unitsPerWeek: [7, 7], aanbieders: [D, E] },
  '43': { eenheid: 'etmaal', tarief2022: [290, 470], durationDays: [60, 1100], unitsPerWeek: [7, 7], aanbieders: [D, E] },
  '44': { eenheid: 'etmaal', tarief2022: [185, 315], durationDays: [60, 1100], unitsPerWeek: [7, 7], aanbieders: [D, E] },
};

/**
 * Care paths and their share of clients. Verblijf is a few percent: pleegzorg ~4 %,
 * gezinsgericht ~1 %, residentieel (37, 38, 43, 44) ~4 %; ambulant (45) is by far the most common.
 */
export const SAMPLE_PATH_WEIGHTS = {
  ambulant: 72,
  ambulantPlus: 12,
  crisis: 2,
  jeugdbescherming: 5,
  pleegzorg: 4,
  gezinsgericht: 1,
  residentieel: 4,
} as const;

export type SamplePath = keyof typeof SAMPLE_PATH_WEIGHTS;

/** Within the residentieel path: 43 most, then 44 and 38; gesloten (37) is rare. */
export const SAMPLE_RESIDENTIAL_WEIGHTS = { '43': 50, '44': 25, '38': 20, '37': 5 } as const;

/** Yearly tarief indexation applied from 2023 on. */
export const SAMPLE_YEARLY_INDEXATION = 0.035;
