/** Sentences about the document itself, or pointers elsewhere, that answer nothing on their own. */
const META_SENTENCE = [
  /^(dit|deze|het) (document|notitie|overzicht|stuk|artikel|hoofdstuk)\b/i,
  /^in (dit|deze) (document|notitie|overzicht|stuk|artikel|blog)\b/i,
  // A blog pointing at its own series: "In onze vorige blog concludeerden we …".
  /\b(onze|mijn) (vorige|eerdere|volgende|vorige twee) (blogs?|artikel(en)?|bericht(en)?)\b/i,
  /^(this|the) (document|note|overview|article)\b/i,
  // How a glossary or guide is written: "Elke definitie is zo geschreven dat zij los te citeren is."
  /^(elke|iedere|alle|each|every) (definitie|definities|omschrijving|omschrijvingen|begrip|begrippen|term|termen|paragraaf|paragrafen|definition|definitions|entry|entries)\b[^.]{0,60}\b(geschreven|opgesteld|geformuleerd|written|worded)\b/i,
  /^zie (ook )?/i,
  /\b[\w-]+\/[\w-]+\.md\b/,
  /^engelse (termen|begrippen|vertalingen)\b/i,
  /\b(heet|heten) in het engels\b/i,
  // Sentences about the sources rather than the subject: "Verschillende onderzoeken hebben X in kaart gebracht."
  /^(verschillende|diverse|meerdere|enkele) (onderzoeken|studies|bronnen|publicaties)\b[^.]{0,120}\b(in kaart gebracht|beschreven|onderzocht)\b/i,
  /^de bronnen (vullen elkaar aan|zijn|geven|beschrijven)\b/i,
  // What a source or this knowledge base does not hold: "Het interview noemt geen exacte aantallen …".
  /^(het|de|dit|deze) (interview|artikel|rapport|onderzoek|casus|document|bron|bronnen|blog|handreiking)\b[^.]{0,40}\b(noemt|noemen|geeft|geven|bevat|bevatten) geen\b/i,
  /\b(in|uit) deze kennisbank\b/i,
  // Contact details and calls to action: "Dan kunt u contact opnemen per mail info@… of bellen naar 070 …".
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  // Pointers to the rest of a web page: "Hier vindt u de tarieventabel …", "Alle documenten … kunt u hieronder vinden", "Op deze pagina lees je …".
  /\b(hieronder|hierboven|hiernaast|op deze pagina|via onderstaande link|in de bijlage)\b[^.]{0,60}\b(vind|vindt|vinden|lees|lezen|leest|zie|ziet|downloaden|download|bekijken|bekijkt)\b|\b(vindt|vinden|leest|lezen|downloadt|bekijkt) (u|je)\b[^.]{0,60}\b(hieronder|hierboven|hiernaast|op deze pagina|in de bijlage)\b|^hier (vindt|vind|leest|lees|ziet|zie) (u|je)\b/i,
  /\b(bel|bellen|mail|e-mail|contact opnemen|neem contact op|lees meer|meer informatie|klik|download|aanmelden voor de nieuwsbrief)\b.*\b(via|naar|op|met)\b.*(\d{3}[\s-]?\d{3}|@|\.nl\b)/i,
  // A page or letter addressing its reader, not its subject: "Bij vragen kunt u terecht bij …", "Telefonisch op: …", "Wij verzoeken de colleges …".
  /^bij vragen\b|^telefonisch op\b|^(wij|we) verzoeken (u|de colleges|het college)\b/i,
];

export function isMetaSentence(sentence: string): boolean {
  return META_SENTENCE.some((pattern) => pattern.test(sentence.trim())) || /https?:\/\/|www\./i.test(sentence) || isSelfDescription(sentence);
}


/** "… geen nieuwe start van jeugdhulp, ook wel herhaald beroep genoemd": what the sentence describes is named. */
const NAMED_AS = /,\s*(?:ook wel|ook|wel) ([^,.;:()]{2,60}?) genoemd\b/i;

/** "Herhaald beroep is daarbij een belangrijke indicator", "X is niet …": said in the context of the sentence before, or denied; not what X is. */
const IN_CONTEXT = /^(daarbij|hierbij|daarmee|hiermee|daarom|daardoor|daarnaast|dus|niet|geen)$/i;

/** "… volgens Coby Peeters geen …", "… according to the report not …": a denial after an attribution; "geen X, maar een Y" still says what it is. */
const ATTRIBUTED_DENIAL = /^\s*(?:volgens|according to)\b[^,.;:]{1,60}?\b(?:geen|niet|not|no)\b(?![^.;]*\b(?:maar|but)\b)/i;

/** A Dutch past participle ("ontstaan", "gestart", "verlengd", "opgericht"); "bedoeld" (meant for) still says what something is. */
const PARTICIPLE = /^(?!bedoeld$)(?:\p{L}*?(?:ge|ont|ver|be|her)\p{L}{2,}(?:d|t|en)|ontstaan|opgericht|ingesteld|ingevoerd|afgesproken|vastgesteld|opgesteld)$/iu;

/** "X is …"; not "In het onderzoek zijn …", "Volgens de wethouder is …": a sentence opening on a preposition defines nothing. */
const DEFINITION = /^(?!(?:in|op|bij|voor|na|volgens|door|met|van|uit|over|tijdens|sinds|vanaf|tot|naast|binnen|zonder|on|at|for|after|according|by|with|from|during|since|within|without)\s)((?:[^,.;:(]|\([^()]{0,80}\)){2,80}?)\s+(?:is|zijn|betekent|houdt in|verwijst naar|staat voor|regelt|refers to|means)\b/i;
/** "Onder X verstaan we …", "Met de ‘toegang’ bedoelt de rekenkamer …", "Tot X rekenen we …": X is defined. */
const DEFINITION_BY_ONDER = /^(?:onder (.{2,60}?) (?:verstaan|verstaat|valt|vallen|wordt verstaan|worden verstaan)|met (.{2,60}?) (?:bedoelt|bedoelen|wordt bedoeld|worden bedoeld)|tot (.{2,60}?) (?:rekent|rekenen|behoort|behoren|horen))\b/i;

/** A sentence that defines something: "X is …", "X betekent …", "Onder X verstaan we …". */
export function looksLikeDefinition(sentence: string): boolean {
  return definedSubject(sentence) !== undefined;
}

/** What a defining sentence defines: "Taakgerichte bekostiging" in "Taakgerichte bekostiging is …". */
export function definedSubject(sentence: string): string | undefined {
  const byPreposition = DEFINITION_BY_ONDER.exec(sentence);
  const byCopula = DEFINITION.exec(sentence);
  // "De Hervormingsagenda is ontstaan …", "Het contract is verlengd": a participle after "is" tells what happened to it, not what it is.
  const afterCopula = byCopula ? sentence.slice(byCopula[0].length).trim().split(/[\s,.;:]+/)[0] ?? '' : '';
  // "Taakgericht werken is volgens Coby Peeters geen 'holy grail'": denied, after whoever denies it.
  const deniedAfterAttribution = byCopula !== null && ATTRIBUTED_DENIAL.test(sentence.slice(byCopula[0].length));
  return NAMED_AS.exec(sentence)?.[1] ?? (PARTICIPLE.test(afterCopula) || IN_CONTEXT.test(afterCopula) || deniedAfterAttribution ? undefined : byCopula?.[1]) ?? byPreposition?.[1] ?? byPreposition?.[2] ?? byPreposition?.[3];
}

/** "De casus Utrecht beschrijft …", "Deze handreiking gaat over …": a document describing itself. */
const SELF_DESCRIPTION = /^(de|deze|dit|het) ([\w-]*advies|casus|handreiking|rapport|onderzoek|notitie|publicatie|brochure|factsheet|blog|paragraaf|hoofdstuk|interview|artikel|document|[\w-]*overzicht|kennisbankartikel|begrippenlijst|woordenlijst)\b[^.]{0,80}\b(beschrijft|beschrijven|definieert|gaat over|behandelt|bespreekt|schetst|geeft (een )?(overzicht|beeld)|is leerzaam|is relevant|zet [^.]{0,80} (op een rij|naast elkaar)|vergelijkt|is gebaseerd op)\b/i;

export function isSelfDescription(sentence: string): boolean {
  return SELF_DESCRIPTION.test(sentence.trim());
}

/**
 * A sentence that leans on the one before it ("Van hen ontvingen er 290 …", "Daarvan …"): quoted
 * alone it says something about an unknown subject.
 */
const REFERS_BACK = /^(van hen|van die|van wie|daarvan|hiervan|waarvan|of them|of these)\b/i;
/** A later item of an enumeration ("Het derde element zijn overheadkosten.", "Ten tweede, …"): says nothing without the items before it. */
const LATER_ORDINAL = /^((het|de) (tweede|derde|vierde|vijfde|zesde|zevende) (?!kamer\b)[\p{L}-]+ (is|zijn|was|waren|betreft)\b|ten (tweede|derde|vierde)\b|(the )?(second|third|fourth|fifth)(ly)?,)/iu;
/** Opens on what the sentence before said ("Daar …", "Dit doet …", "Dat meldt …"), but states a fact of its own. */
const OPENS_ON_CONTEXT = /^(zo (blijkt|bleek|staat|stond|schrijft|schreef|meldt|meldde|zegt|zei)|daar|(dit|dat) (doet|doen|deed|is|was|betekent|houdt|gebeurt|geldt|gold|komt|kwam|meldt|meldde|stelt|stelde|zegt|zei|schrijft|schreef|blijkt|bleek|concludeert|concludeerde|constateert|constateerde|vindt|vond|betekende|betreft|betrof|leidt|leidde|heeft|had|zorgt|zorgde|maakt|maakte|kan|kon|moet|moest|zal|wordt|werd|gaat|ging)|(dit|dat|het) (zijn|waren)|(this|that) (is|was|means|happens|applies)|(these|those|they) (are|were))\b/i;

export function refersBack(sentence: string): boolean {
  const text = sentence.trim().replace(/^["'“‘(]+/, '');
  return REFERS_BACK.test(text) || LATER_ORDINAL.test(text);
}

/**
 * A sentence that opens on the one before ("Daar wonen …", "Dit doet het team door …"), or a quote
 * in the first person whose speaker another sentence names ("Wij zijn erg tevreden …'"): it may
 * support an answer, not open it.
 */
export function opensOnContext(sentence: string): boolean {
  const text = sentence.trim().replace(/^["'“‘(,]+/, '');
  return OPENS_ON_CONTEXT.test(text) || DEMONSTRATIVE_SUBJECT.test(text) || (FIRST_PERSON.test(text) && !NAMES_ITS_SPEAKER.test(text)) || PERSONAL_PRONOUN.test(text);
}

/** ",,We hadden …”, zegt wethouder Hilde Tjeerdema.": the quote names its own speaker after it. */
const NAMES_ITS_SPEAKER = /["'”’]+,?\s*(zegt|zei|stelt|stelde|vertelt|vertelde|meldt|meldde|benadrukt|benadrukte|aldus|volgens|says|said|according to)\s+(?:(?:de|het|the|\p{Ll}+)\s+){0,3}\p{Lu}/u;

/** "Dit sluit aan op …", "Die zijn ontstaan na …": a demonstrative as the subject stands for something said before. */
const DEMONSTRATIVE_SUBJECT = /^(dit|dat|die|deze) (sluit|sluiten|speelt|spelen|staat|staan|ligt|liggen|blijft|blijven|lijkt|lijken|biedt|bieden|helpt|helpen|levert|leveren|raakt|raken|past|passen|hangt|hangen|loopt|lopen|valt|vallen|toont|tonen|laat|laten|vormt|vormen|werkt|werken|wijst|wijzen|geeft|geven|neemt|nemen|brengt|brengen|krijgt|krijgen|vraagt|vragen|kost|kosten|zijn|waren|hebben|hadden|worden|werden|kunnen|konden|moeten|moesten|zullen|zouden|gaan|gingen|komen|kwamen|leiden|zorgen|maken|gelden|betekenen|bleek|bleken|mag|mogen|wil|willen|zou)\b/i;
/** "Wij zijn blij …", "Ons team …": a speaker quoted; "Ons college …", "Onze gemeente …" in a council letter name who writes. */
const FIRST_PERSON = /^(ik|wij|we|mijn|ons(?! college\b)|onze(?! gemeente\b)|i|our|my)\b/i;
/** "Hij licht toe: …", "Ze gebruiken …": who is meant stands in an earlier sentence. */
const PERSONAL_PRONOUN = /^(hij|zij|ze|he|she)\b/i;

/**
 * A sentence that continues the one before it but can still carry an answer: a conjunction before
 * words that open on context ("Ook daar werd geconstateerd …", "Maar dat betekent …"), things named
 * before ("Deze maatregelen dragen bij …", "Die problemen los je …"), or a personal pronoun as the
 * subject after the verb ("Toch constateert hij …"). It may open an answer only after that sentence.
 */
export function continuesPrevious(sentence: string): boolean {
  const text = sentence.trim().replace(/^["'“‘(,]+/, '');
  const afterConjunction = text.replace(CONTINUING_CONJUNCTION, '');
  return (afterConjunction !== text && opensOnContext(afterConjunction)) || DEMONSTRATIVE_NOUN_PHRASE.test(text) || ATTRIBUTED_DEMONSTRATIVE.test(text) || PRONOUN_AFTER_VERB.test(text);
}

/** "Volgens de betrokken professionals is die aanwezigheid een succesfactor": after whose view, the subject is something named before. */
const ATTRIBUTED_DEMONSTRATIVE = /^(?:volgens|according to)\b[^,.;:]{1,80}?\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|blijft|blijven|maakt|maken|is|are|was|were|has|have)\s+(?:die|deze|dit|this|that|these|those)\s+(?!(?:jaar|jaren|week|weken|maand|maanden|year|years|week|month)\b)\p{L}[\p{L}-]+/iu;

/** "Ook …", "Maar …", "En …", "Toch …" before the words that open on context. */
const CONTINUING_CONJUNCTION = /^(ook|maar|en|toch|want|dus|but|and|also) /i;
/** "Deze maatregelen …", "Die problemen …": things named before; "Dit jaar …", "Deze week …" date the sentence instead. */
const DEMONSTRATIVE_NOUN_PHRASE = /^(deze|die|dit) (?!(jaar|jaren|week|weken|maand|maanden|dag|dagen|keer|periode|eeuw|zomer|winter|najaar|voorjaar|moment|ochtend|middag|avond|kabinetsperiode|raadsperiode)\b)\p{Ll}[\p{L}-]+ /iu;
/** "Toch constateert hij …", "Daarom vindt zij …": a personal pronoun after the verb stands for someone named before. */
const PRONOUN_AFTER_VERB = /^(toch|ook|daarom|daarnaast|bovendien|verder|nu|dan|wel|zo|eerder|later|vervolgens|inmiddels|tegelijk) \p{L}+ (hij|zij|ze)\b/iu;
