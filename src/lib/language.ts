/** The language a question is asked in, and answered in. */
export type Language = 'nl' | 'en';
