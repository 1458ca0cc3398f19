import { NATION_CODE } from '../../../sources/cbs/index.ts';
import type { ChartSpec, Citation, DataTable, Figure, Language } from '../../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../../sources/cbs/index.ts';
import type { IndicatorSource } from '../../../sources/cbs/index.ts';
import type { IndicatorRow, QueryIndicatorResult } from '../../../sources/cbs/index.ts';
import { gemeenteDisplayName, type ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatNumber, formatPercent } from '../format-number.ts';
import { indicatorNotes } from './indicator-notes.ts';
import { inLanguage } from '../../../lib/index.ts';

export interface IndicatorAnswerContext {
  /** Why other years than asked are shown ("Laatst beschikbare jaar is 2024; gevraagd was 2026."). */
  periodNote?: string;
  /** true when the question named no year. */
  periodAssumed?: boolean;
}

/**
 * A CBS figure: the values per gemeente and year first, then the rate per 1,000 inhabitants with
 * its computation, the definition, the period, remarks, caveats and the source as citation [1]
 * (the population table as [2] when rates were computed). Numbers are the tool's, only formatted.
 */
export function composeIndicatorAnswer(options: {
  result: QueryIndicatorResult;
  language: Language;
  catalogue: IndicatorCatalogue;
  context?: IndicatorAnswerContext;
}): ComposedDataAnswer {
  const { result, language, context = {} } = options;
  const nl = language === 'nl';
  const definition = inLanguage({ nl: result.definition, en: options.catalogue.getById(result.indicator.id).definition.en }, language);
  const unit = inLanguage({ nl: result.indicator.unit, en: options.catalogue.getById(result.indicator.id).unit.en }, language);
  const name = inLanguage({ nl: result.indicator.name, en: result.indicator.nameEn }, language);
  const citations: Citation[] = [sourceCitation(1, result.source, language, definition)];
  const denominator = result.denominatorSource && result.denominatorSource.table.toLowerCase() !== result.source.table.toLowerCase() ? result.denominatorSource : undefined;
  if (denominator) citations.push(sourceCitation(2, denominator, language, inLanguage({
    nl: 'Inwoners op 1 januari (CBS 03759ned), noemer van het cijfer per 1.000 inwoners.',
    en: 'Population on 1 January (CBS 03759ned), denominator of the rate per 1,000 inhabitants.',
  }, language)));
  const perThousandRef = denominator ? '[2]' : '[1]';

  const lines: string[] = [];
  const years = [...new Set(result.rows.map((row) => row.year))];
  if (result.rows.length === 0) {
    const nationOnly = result.unknownGemeenteCodes.length > 0 && result.unknownGemeenteCodes.every((code) => code === NATION_CODE);
    lines.push(inLanguage(nationOnly ? {
      nl: `Voor **${name}** heeft deze CBS-tabel geen cijfer voor heel Nederland [1]; vraag het per gemeente, bijvoorbeeld "${name} in Utrecht".`,
      en: `For **${name}** this CBS table has no figure for the Netherlands as a whole [1]; ask per municipality, e.g. "${result.indicator.nameEn} in Utrecht".`,
    } : {
      nl: `Voor **${name}** heb ik geen CBS-cijfers gevonden voor de gevraagde gemeente(n) en jaren [1].`,
      en: `I found no CBS figures for **${name}** for the requested municipalities and years [1].`,
    }, language));
  } else {
    const isPercentage = result.indicator.unitKind === 'percentage';
    lines.push(isPercentage ? `**${name}**, ${years.join(', ')} [1]:` : `**${name}** (${unit}), ${years.join(', ')} [1]:`);
    for (const row of result.rows) lines.push(`- ${rowLine(row, language, years.length > 1, perThousandRef, isPercentage)}`);
    if (isPercentage) lines.push(inLanguage({ nl: `Eenheid: ${unit}.`, en: `Unit: ${unit}.` }, language));
  }
  const computed = result.rows.filter((row) => row.perThousand);
  if (computed.length > 0) {
    lines.push('');
    lines.push(inLanguage({
      nl: `**Per 1.000 inwoners** = aantal / inwoners op 1 januari × 1.000, afgerond op één decimaal ${perThousandRef}:`,
      en: `**Per 1,000 inhabitants** = count / population on 1 January × 1,000, rounded to one decimal ${perThousandRef}:`,
    }, language));
    for (const row of computed) {
      const rate = row.perThousand!;
      lines.push(`- ${gemeenteDisplayName(row.gemeente)} ${row.year}: ${formatNumber({ value: row.value ?? 0, language })} / ${formatNumber({ value: rate.inhabitants, language })} × ${formatNumber({ value: 1000, language })} = ${formatNumber({ value: rate.value, language })}`);
    }
  }
  lines.push('', `**${inLanguage({ nl: 'Definitie', en: 'Definition' }, language)}:** ${definition}`);
  const shown = years.length > 0 ? years.join(', ') : `${inLanguage({ nl: 'gevraagd', en: 'requested' }, language)} ${[...result.missingYears].join(', ') || '-'}`;
  const period = inLanguage({ nl: `**Periode:** ${shown}`, en: `**Period:** ${shown}` }, language);
  const periodRemarks = [context.periodAssumed ? inLanguage({ nl: 'U noemde geen jaar; ik toon het meest recente jaar met cijfers.', en: 'You named no year; I show the latest year with figures.' }, language) : '', context.periodNote ?? ''].filter(Boolean);
  // Nothing asked is missing and nothing was found (a region the table does not have): no period to show.
  if (years.length > 0 || result.missingYears.length > 0 || periodRemarks.length > 0) lines.push(periodRemarks.length > 0 ? `${period}. ${periodRemarks.join(' ')}` : period);
  const notes = indicatorNotes({ result, language });
  if (result.source.fromCache) {
    notes.unshift(inLanguage({
      nl: `CBS StatLine was niet bereikbaar; dit is de eerder opgehaalde stand (${result.source.citation.replace(/^.*, /, '')}).`,
      en: `CBS StatLine could not be reached; this is the copy fetched earlier (${result.source.citation.replace(/^.*, /, '')}).`,
    }, language));
  }
  if (notes.length > 0) lines.push(`**${inLanguage({ nl: 'Let op', en: 'Note' }, language)}:** ${notes.join(' ')}`);
  if (nl && result.caveats.length > 0) lines.push('', '**Kanttekeningen:**', ...result.caveats.map((caveat) => `- ${caveat}`));
  lines.push('', `**${inLanguage({ nl: 'Bron', en: 'Source' }, language)}:** [1] ${citationText(result.source, language)}${denominator ? `; [2] ${citationText(denominator, language)}` : ''}`);

  return {
    answer: lines.join('\n'),
    citations,
    figures: indicatorFigures(result, language, name, unit),
    suggestions: suggestions(result, language, name),
  };
}

function rowLine(row: IndicatorRow, language: Language, showYear: boolean, perThousandRef: string, isPercentage: boolean): string {
  const label = `${gemeenteDisplayName(row.gemeente)}${showYear ? ` ${row.year}` : ''}`;
  if (row.value === null) return `${label}: ${inLanguage({ nl: 'geen CBS-waarde (geheim, niet van toepassing of onbekend)', en: 'no CBS value (confidential, not applicable or unknown)' }, language)}`;
  const rate = row.perThousand ? `; **${formatNumber({ value: row.perThousand.value, language })}** ${inLanguage({ nl: 'per 1.000 inwoners', en: 'per 1,000 inhabitants' }, language)} ${perThousandRef}` : '';
  const status = row.periodStatus && row.periodStatus !== 'Definitief' ? ` (${inLanguage({ nl: row.periodStatus.toLowerCase(), en: 'provisional' }, language)})` : '';
  const value = isPercentage ? formatPercent({ value: row.value, language }) : formatNumber({ value: row.value, language });
  return `${label}: **${value}**${rate}${status}`;
}

function sourceCitation(n: number, source: IndicatorSource, language: Language, snippet: string): Citation {
  return { n, docId: `cbs:${source.table}`, title: citationText(source, language), source: `CBS StatLine ${source.table}: ${source.tableTitle}`, url: source.url, snippet };
}

/** "CBS StatLine 85099NED, 2023, opgehaald 2026-11-20"; in English "…, retrieved 2026-11-20" / "…, CBS copy of 20-11-2026". */
export function citationText(source: IndicatorSource, language: Language): string {
  if (language === 'nl') return source.citation;
  return source.citation.replace(', opgehaald ', ', retrieved ').replace(', stand CBS van ', ', CBS copy of ');
}

function indicatorFigures(result: QueryIndicatorResult, language: Language, name: string, unit: string): Figure[] {
  if (result.rows.length === 0) return [];
  const withRate = result.rows.some((row) => row.perThousand !== undefined);
  const table: DataTable = {
    title: name,
    // A province (PV31) or the country (NL01) is a region, not a gemeente.
    columns: [inLanguage(result.rows.every((row) => row.gemeenteCode.startsWith('GM')) ? { nl: 'Gemeente', en: 'Municipality' } : { nl: 'Regio', en: 'Region' }, language), inLanguage({ nl: 'Jaar', en: 'Year' }, language), unit, ...(withRate ? [inLanguage({ nl: 'Per 1.000 inwoners', en: 'Per 1,000 inhabitants' }, language)] : []), 'Status'],
    rows: result.rows.map((row) => [gemeenteDisplayName(row.gemeente), row.year, row.value, ...(withRate ? [row.perThousand?.value ?? null] : []), row.periodStatus]),
    note: `${inLanguage({ nl: 'Bron', en: 'Source' }, language)}: ${citationText(result.source, language)} [1]`,
  };
  const figures: Figure[] = [{ citationN: 1, table }];
  const gemeenten = [...new Set(result.rows.map((row) => row.gemeenteCode))];
  const years = [...new Set(result.rows.map((row) => row.year))];
  if (gemeenten.length > 1 || years.length > 1) {
    const usesRate = withRate && result.rows.every((row) => row.perThousand);
    const chart: ChartSpec = {
      kind: years.length > 1 ? 'line' : 'bar',
      title: usesRate ? `${name} ${inLanguage({ nl: 'per 1.000 inwoners', en: 'per 1,000 inhabitants' }, language)}` : name,
      xLabel: inLanguage({ nl: 'Jaar', en: 'Year' }, language),
      yLabel: usesRate ? inLanguage({ nl: 'per 1.000 inwoners', en: 'per 1,000 inhabitants' }, language) : unit,
      series: gemeenten.map((code) => {
        const rows = result.rows.filter((row) => row.gemeenteCode === code);
        return {
          name: gemeenteDisplayName(rows[0]?.gemeente ?? code),
          points: rows.flatMap((row) => {
            const y = usesRate ? row.perThousand?.value : row.value;
            return y === null || y === undefined ? [] : [{ x: String(row.year), y }];
          }),
        };
      }),
    };
    figures.push({ citationN: 1, chart });
  }
  return figures;
}

function suggestions(result: QueryIndicatorResult, language: Language, name: string): string[] {
  const gemeente = gemeenteDisplayName(result.rows[0]?.gemeente ?? '');
  if (!gemeente) return [];
  const years = result.availableYears.slice(-5);
  const span = years.length > 1 ? `${years[0]} t/m ${years.at(-1)}` : '';
  return inLanguage({
    nl: [`${name} in ${gemeente} ${span ? `van ${span}` : ''}`.trim(), `${name} per 1.000 inwoners in ${gemeente} vergeleken met Den Haag`],
    en: [`${name} in ${gemeente} ${span ? `from ${span.replace('t/m', 'to')}` : ''}`.trim(), `${name} per 1,000 inhabitants in ${gemeente} compared with The Hague`],
  }, language);
}
