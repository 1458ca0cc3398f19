/** The public face of lib/gemeenten/: what other folders may import from it. */
export { type GemeenteMention, type GemeenteRecord, type ResolveGemeenteResult, findGemeenten, gemeenteCodesIn, resolveGemeente } from './gazetteer.ts';
