/** The public face of lib/gemeenten/: what other folders may import from it. */
export { type FormerGemeente, type GemeenteMention, type GemeenteRecord, type ProvinceRef, type ResolveGemeenteResult, findFormerGemeente, findFormerGemeenten, findGemeenten, findProvince, gemeenteCodesIn, provinceNameOf, resolveGemeente } from './gazetteer.ts';
