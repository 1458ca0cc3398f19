/** The public face of lib/gemeenten/: what other folders may import from it. */
export { type FormerGemeente, type GemeenteMention, type GemeenteRecord, type ResolveGemeenteResult, findFormerGemeente, findGemeenten, gemeenteCodesIn, resolveGemeente } from './gazetteer.ts';
