/**
 * Risk corridor (risicoverevening) of a taakgericht contract: a deviation of the
 * aanbieder's actual cost from the lumpsum within ±corridor % is borne by the aanbieder
 * alone; the part beyond the corridor is shared, the gemeente bearing `gemeenteSharePercent`.
 */
export interface RiskCorridorSettlement {
  lumpsum: number;
  expectedActualCost: number;
  /** expectedActualCost − lumpsum: positive = overspend (overschrijding), negative = underspend. */
  deviation: number;
  /** corridorPercent × lumpsum: the deviation the aanbieder bears alone, in either direction. */
  corridorBand: number;
  /** Part of the deviation outside the corridor (signed, 0 when within the corridor). */
  excessBeyondCorridor: number;
  /** Gemeente's share of the excess: positive = extra payment, negative = refund to the gemeente. */
  gemeenteSettlement: number;
  /** Aanbieder's result: lumpsum + gemeenteSettlement − expectedActualCost (negative = loss). */
  aanbiederResult: number;
  /** What the gemeente pays in total: lumpsum + gemeenteSettlement. */
  gemeenteCost: number;
}

export function settleRiskCorridor(options: {
  lumpsum: number;
  expectedActualCost: number;
  corridorPercent: number;
  gemeenteSharePercent: number;
}): RiskCorridorSettlement {
  const { lumpsum, expectedActualCost, corridorPercent, gemeenteSharePercent } = options;
  const deviation = expectedActualCost - lumpsum;
  const corridorBand = (corridorPercent / 100) * lumpsum;
  const excessBeyondCorridor =
    Math.abs(deviation) > corridorBand ? deviation - Math.sign(deviation) * corridorBand : 0;
  const gemeenteSettlement = (gemeenteSharePercent / 100) * excessBeyondCorridor;
  const gemeenteCost = lumpsum + gemeenteSettlement;
  return {
    lumpsum,
    expectedActualCost,
    deviation,
    corridorBand,
    excessBeyondCorridor,
    gemeenteSettlement,
    aanbiederResult: gemeenteCost - expectedActualCost,
    gemeenteCost,
  };
}
