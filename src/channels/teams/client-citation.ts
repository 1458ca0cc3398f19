import { ClientCitationIconName, type ClientCitation } from '@microsoft/agents-activity';
import type { Citation, Language } from '../../assistant/index.ts';
import { cutAtWord } from './cut-at-word.ts';

/** The limits Teams documents for a citation ("Bot messages with AI-generated content"). */
export const CITATION_LIMITS = { name: 80, abstract: 160, keywords: 3, keywordLength: 28 } as const;

const KIND_LABELS = {
  nl: { document: 'Kennisbank', cbs: 'CBS StatLine', calculator: 'Rekentool', registration: 'Eigen registratie', tool: 'Tool' },
  en: { document: 'Knowledge base', cbs: 'CBS StatLine', calculator: 'Calculator', registration: 'Own registration', tool: 'Tool' },
} as const;

type SourceKind = keyof (typeof KIND_LABELS)['nl'];

/** What kind of source a citation points at, from its source id or path. */
function sourceKind(citation: Citation): SourceKind {
  const source = citation.source;
  if (/^cbs[: ]/i.test(source) || citation.docId.startsWith('cbs:')) return 'cbs';
  if (source.startsWith('rekentool:')) return 'calculator';
  if (source.startsWith('tool:')) return 'tool';
  if (/\.[a-z0-9]{2,5}$/i.test(source) && source.includes('/')) return 'document';
  return 'registration';
}

/** The icon Teams shows for a document, by its file type. */
function documentIcon(source: string): ClientCitationIconName {
  const extension = /\.([a-z0-9]+)$/i.exec(source)?.[1]?.toLowerCase();
  if (extension === 'pdf') return ClientCitationIconName.PDF;
  if (extension === 'docx' || extension === 'doc') return ClientCitationIconName.MicrosoftWord;
  return ClientCitationIconName.Text;
}

/**
 * The Teams citation (the SDK's `ClientCitation`) for one source of an answer, within the documented
 * limits: a name of at most 80 characters and an abstract of at most 160, both cut at a word, and
 * one keyword naming the kind of source (never a file path).
 */
export function clientCitation(citation: Citation, language: Language): ClientCitation {
  const kind = sourceKind(citation);
  return {
    '@type': 'Claim',
    position: citation.n,
    appearance: {
      '@type': 'DigitalDocument',
      name: cutAtWord(citation.title, CITATION_LIMITS.name),
      abstract: cutAtWord(citation.snippet || citation.title, CITATION_LIMITS.abstract),
      ...(citation.url ? { url: citation.url } : {}),
      ...(kind === 'document' ? { image: { '@type': 'ImageObject' as const, name: documentIcon(citation.source) } } : {}),
      keywords: [KIND_LABELS[language][kind]],
    },
  };
}
