/** Backslash-escaped punctuation is literal text: it is parked in the Private Use Area meanwhile. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const PROTECTED_OFFSET = 0xe000;

/**
 * Removes inline Markdown syntax that gets in the way of sentence extraction, keeping the words:
 * links become their text, images and footnote references disappear, emphasis and code markers go.
 */
export function stripMarkdownInline(text: string): string {
  return text
    .replace(ESCAPED, (_, character: string) => String.fromCharCode(PROTECTED_OFFSET + character.charCodeAt(0)))
    .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/~~(?=\S)(.+?)~~/g, '$1')
    .replace(/(\*{1,3})(?=[^\s*])(.+?)(?<=[^\s*])\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}_])(_{1,3})(?=[^\s_])(.+?)(?<=[^\s_])\1(?![\p{L}\p{N}_])/gu, '$2')
    .replace(/[\ue000-\ue0ff]/g, (character) => String.fromCharCode(character.charCodeAt(0) - PROTECTED_OFFSET))
    .replace(/\s+/g, ' ')
    .trim();
}
