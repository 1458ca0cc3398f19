import type { CheerioAPI } from 'cheerio';

/** Loose metadata fields found in an HTML head, in the shape `normaliseMetadata` accepts. */
export interface HtmlMetadataFields {
  title?: string;
  publisher?: string;
  url?: string;
  date?: string;
  description?: string;
}

/** Meta tag names and properties (lower case), most specific first. */
const PUBLISHER_KEYS = [
  'publisher', 'dcterms.publisher', 'dc.publisher', 'og:site_name', 'author', 'dcterms.creator', 'dc.creator',
];
const DATE_KEYS = [
  'date', 'dcterms.issued', 'dcterms.available', 'dc.date', 'article:published_time', 'dcterms.modified',
  'article:modified_time',
];
const URL_KEYS = ['og:url', 'dcterms.identifier'];
const DESCRIPTION_KEYS = ['description', 'og:description', 'dcterms.description'];

/** Reads title, publisher, date, canonical url and description from <title>, <h1> and <meta> tags. */
export function htmlMetadata($: CheerioAPI): HtmlMetadataFields {
  const meta = new Map<string, string>();
  $('meta').each((_, element) => {
    const key = ($(element).attr('name') ?? $(element).attr('property') ?? '').trim().toLowerCase();
    const content = $(element).attr('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  });
  const pick = (keys: string[]): string | undefined => keys.map((key) => meta.get(key)).find(Boolean);

  const fields: HtmlMetadataFields = {};
  const title = firstText($, 'title');
  const firstHeading = firstText($, 'h1');
  // Prefer the <h1> when <title> is that heading plus a site suffix ("Jeugdhulp | Rijksoverheid").
  const chosenTitle = title && firstHeading && title.startsWith(firstHeading) ? firstHeading : (title ?? firstHeading);
  if (chosenTitle) fields.title = chosenTitle;
  const publisher = pick(PUBLISHER_KEYS);
  if (publisher) fields.publisher = publisher;
  const date = pick(DATE_KEYS);
  if (date) fields.date = date;
  const url = $('link[rel="canonical"]').attr('href')?.trim() || pick(URL_KEYS);
  if (url && /^https?:\/\//.test(url)) fields.url = url;
  const description = pick(DESCRIPTION_KEYS);
  if (description) fields.description = description;
  return fields;
}

function firstText($: CheerioAPI, selector: string): string | undefined {
  const text = $(selector).first().text().replace(/\s+/g, ' ').trim();
  return text || undefined;
}
