import { describe, expect, it } from 'vitest';
import { renderChartPng, renderChartSvg } from '../../../src/channels/presentation/render-chart.ts';
import { groupedBarChart, tenByTenChart, trendLineChart } from './figure-fixtures.ts';
import { distinctColours, ihdrSize, PNG_MAGIC } from './png-inspection.ts';

describe('renderChartPng', () => {
  it('renders a grouped bar chart as a PNG of the default size 600×360', async () => {
    const png = await renderChartPng({ chart: groupedBarChart });
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(ihdrSize(png)).toEqual({ width: 600, height: 360 });
    expect(distinctColours(png)).toBeGreaterThan(10);
  });

  it('renders a line chart at the requested size', async () => {
    const png = await renderChartPng({ chart: trendLineChart, width: 480, height: 300 });
    expect(ihdrSize(png)).toEqual({ width: 480, height: 300 });
    expect(distinctColours(png)).toBeGreaterThan(10);
  });

  it('renders many categories as horizontal bars', async () => {
    const png = await renderChartPng({ chart: tenByTenChart() });
    expect(ihdrSize(png)).toEqual({ width: 600, height: 360 });
    expect(distinctColours(png)).toBeGreaterThan(10);
  });

  it('draws both series of a grouped bar chart in their own colour', async () => {
    const svg = await renderChartSvg({ chart: groupedBarChart });
    expect(svg).toContain('#5b5fc7');
    expect(svg).toContain('#e8743b');
  });

  it('draws a chart without points without failing', async () => {
    const png = await renderChartPng({ chart: { kind: 'bar', title: 'Leeg', series: [] } });
    expect(ihdrSize(png)).toEqual({ width: 600, height: 360 });
  });
});

describe('renderChartSvg', () => {
  it('writes axis numbers in Dutch notation and the title in the bundled font', async () => {
    const svg = await renderChartSvg({ chart: trendLineChart });
    expect(svg).toMatch(/>1\.500</);
    expect(svg).not.toMatch(/>1,500</);
    expect(svg).toContain('Cliënten met jeugdhulp, 2015–2024');
    expect(svg).toContain('Source Sans 3');
  });

  it('breaks a long title over two lines instead of cutting it short', async () => {
    const title = 'Kosten jeugdhulp per jongere in de regio Kop van Noord-Holland en West-Friesland, 2023';
    const svg = await renderChartSvg({ chart: { ...groupedBarChart, title } });
    expect(svg).toContain('Kosten jeugdhulp per jongere in de regio Kop van Noord-Holland en');
    expect(svg).toContain('>West-Friesland, 2023<');
    expect(svg).not.toContain('…');
  });

  it('prints values on single-series bars with a decimal comma', async () => {
    const chart = { kind: 'bar' as const, title: 'Trajecten per 1.000 jongeren', series: [{ name: 'Trajecten', points: [{ x: 'Texel', y: 12.5 }, { x: 'Schagen', y: 9.25 }] }] };
    const svg = await renderChartSvg({ chart });
    expect(svg).toMatch(/>12,5</);
    expect(svg).toMatch(/>9,3</);
  });

  it('labels negative bars too, with a minus sign', async () => {
    const chart = { kind: 'bar' as const, title: 'Saldo per taakveld', series: [{ name: 'Saldo', points: [{ x: 'Wmo', y: -1250.5 }, { x: 'Jeugd', y: 820 }] }] };
    const svg = await renderChartSvg({ chart });
    expect(svg).toMatch(/>\u22121\.250,5</);
    expect(svg).toMatch(/>820,0</);
  });
});
