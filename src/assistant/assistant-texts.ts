import type { Bilingual, Language } from '../lib/index.ts';

/** Example questions shown in the welcome message, in help and as suggested prompts. */
export const EXAMPLE_QUESTIONS: Bilingual<string[]> = {
  nl: [
    'Wat is taakgerichte bekostiging?',
    'Moeten wij overstappen op taakgericht bekostigen?',
    "Wat zijn de risico's van een lumpsum voor cliënten?",
    'Hoe heeft Hollands Kroon het aantal kinderen in residentiële zorg omlaag gekregen?',
  ],
  en: [
    'What is task-based funding?',
    'What are the preconditions for task-based funding?',
    'What are the risks of a lump sum for clients?',
    'How did Hollands Kroon reduce residential youth care?',
  ],
};

export const WELCOME_TEXT: Bilingual = {
  nl:
    'Hallo! Ik ben **Stelselwijzer**, assistent voor sturing en bekostiging in het sociaal domein. ' +
    'Ik beantwoord vragen uit casussen, onderzoek en adviezen over jeugdhulp en Wmo, altijd met bronnen. ' +
    'Staat het niet in de bronnen, dan zeg ik dat. Typ `help` voor uitleg. Probeer bijvoorbeeld:',
  en:
    'Hello! I am **Stelselwijzer**, an assistant for steering and funding in the Dutch social domain. ' +
    'I answer from case studies, research and advice on youth care and Wmo, always with sources. Try for example:',
};

export const HELP_TEXT: Bilingual = {
  nl: [
    '**Zo werkt Stelselwijzer**',
    '',
    '- Stel een vraag in gewone taal, in het Nederlands of Engels.',
    '- Elk antwoord noemt zijn bronnen met [1], [2], …; de bronnenlijst staat eronder.',
    '- Vind ik het antwoord niet in de bronnen, dan zeg ik dat in plaats van te gokken.',
    '- In een kanaal of groepschat: noem mij met @Stelselwijzer.',
    '- `help` toont deze uitleg; `reset` begint het gesprek opnieuw.',
    '',
    'Voorbeeldvragen:',
  ].join('\n'),
  en: [
    '**How Stelselwijzer works**',
    '',
    '- Ask a question in plain Dutch or English.',
    '- Every answer cites its sources as [1], [2], …; the source list follows the answer.',
    '- When the sources do not answer a question, I say so instead of guessing.',
    '- In a channel or group chat, @mention me.',
    '- `help` shows this text; `reset` starts the conversation over.',
    '',
    'Example questions:',
  ].join('\n'),
};

/** What the assistant can do instead, after a refusal. */
export const ABSTAIN_OFFER: Bilingual = {
  nl:
    'Wat ik wel kan: vragen beantwoorden over sturing en bekostiging van jeugdhulp en Wmo (bekostigingsvarianten, ' +
    'casussen van gemeenten, onderzoek en regelgeving), cijfers opzoeken bij CBS en in uw eigen registratie, en ' +
    'budgetten doorrekenen. Probeer een andere formulering, of vraag uw beheerder de juiste documenten toe te voegen.',
  en:
    'What I can do: answer questions on steering and funding youth care and Wmo support (funding models, cases of ' +
    'municipalities, research and regulation), look up figures at CBS and in your own registration, and run budget ' +
    'calculations. Try rephrasing the question, or ask your administrator to add the relevant documents.',
};

export const ABSTAIN_TEXT: Bilingual = {
  nl: `Daarover vind ik geen betrouwbaar antwoord in de bronnen die ik heb. Ik gok liever niet. ${ABSTAIN_OFFER.nl}`,
  en: `I could not find a reliable answer to that in my sources, and I would rather not guess. ${ABSTAIN_OFFER.en}`,
};

/** A refusal for an amount the sources do not give for the gemeente asked about. */
export const AMOUNT_NOT_IN_SOURCES_TEXT: Bilingual = {
  nl: `De bronnen die ik heb noemen dat bedrag niet, en ik gok liever niet. ${ABSTAIN_OFFER.nl}`,
  en: `My sources do not give that amount, and I would rather not guess. ${ABSTAIN_OFFER.en}`,
};

/** Before an answer whose number stands in a passage about something else than the question qualifies the count by. */
export const COUNT_MAY_DIFFER_TEXT: Bilingual = {
  nl: 'Dit aantal staat niet als zodanig in de bronnen; wat ze wel noemen, telt mogelijk iets anders:',
  en: 'My sources do not give this number as such; what they do give may count something else:',
};

export const COUNT_NOT_IN_SOURCES_TEXT: Bilingual = {
  nl: `De bronnen die ik heb noemen dat aantal niet, en ik gok liever niet. ${ABSTAIN_OFFER.nl}`,
  en: `My sources do not give that number, and I would rather not guess. ${ABSTAIN_OFFER.en}`,
};

export function isHelpRequest(question: string): boolean {
  return /^\s*(help|hulp|\?|wat kun je\??|what can you do\??)\s*$/i.test(question);
}

/** "hallo", "goedemorgen", "hi": a greeting, answered with the welcome and example questions, not searched for. */
export function isGreeting(question: string): boolean {
  return /^\s*(hallo|hoi|hey|hee|hai|dag|goedemorgen|goedemiddag|goedenavond|hello|hi|good (morning|afternoon|evening))(\s+stelselwijzer)?\s*[.!,]*\s*$/i.test(question);
}

/** "bedankt", "dank je wel", "thanks": thanks, answered in kind. */
export function isThanks(question: string): boolean {
  return /^\s*(bedankt|dank ?je( wel)?|dank ?u( wel)?|dankjewel|dankuwel|top,? (bedankt|dank ?je)|super,? bedankt|thanks|thank you|thx|cheers)(\s+stelselwijzer)?\s*[.!,]*\s*$/i.test(question);
}

/** The language of a greeting or thanks by its words: one word is too little for language detection ("thanks" is English). */
export function smallTalkLanguage(question: string, detected: Language): Language {
  return /^\s*(hello|hi|good (morning|afternoon|evening)|thanks|thank you|thx|cheers)\b/i.test(question) ? 'en' : /^\s*(hallo|hoi|goede|bedankt|dank)/i.test(question) ? 'nl' : detected;
}

export const THANKS_TEXT: Bilingual = {
  nl: 'Graag gedaan! Stel gerust een volgende vraag.',
  en: "You're welcome! Feel free to ask another question.",
};

export const RESET_TEXT: Bilingual = {
  nl: 'Ik begin opnieuw: eerdere vragen in dit gesprek tellen niet meer mee.',
  en: 'Starting over: earlier questions in this conversation no longer count.',
};

export function isResetRequest(question: string): boolean {
  return /^\s*(reset|opnieuw( beginnen)?|begin opnieuw|start over|nieuw gesprek)\s*[.!]?\s*$/i.test(question);
}
