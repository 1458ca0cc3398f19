/** The public face of lib/gemeenten/: what other folders may import from it. */
export { type GemeenteRecord, type ResolveGemeenteResult, findGemeenten, gemeenteCodesIn, resolveGemeente } from './gazetteer.ts';
