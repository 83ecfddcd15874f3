// News that is not out yet: an inspection report before it is public, a logo before its
// launch, who leaves the team before it is announced. The school publishes these itself;
// a post before that is confidential information (art. 3). Data in the lexicon syntax of
// core/text/match.ts; core/rules/confidentialUnpublished.ts reads them.

/** Saying outright that it is not public yet. */
export const NOT_PUBLIC_YET: readonly string[] = [
  'nog niet openbaar',
  'nog niet officieel',
  'nog niet bekendgemaakt',
  'nog niet bekend gemaakt',
  'nog niet naar buiten (gebracht|gekomen)',
  'officieel bericht volgt( nog)?',
  'officiele (bekendmaking|aankondiging|mededeling) volgt( nog)?',
  'voor de officiele (bekendmaking|aankondiging|lancering|presentatie|onthulling)',
  'pas over (een|twee|drie|vier|vijf|[1-9]) (dag|dagen|week|weken|maand|maanden) openbaar',
  '(wordt|komt|is) pas (over|na|op) (een |twee |drie |vier |[1-9] )?(dag|dagen|week|weken|maand|maanden|maandag|de vergadering|de bekendmaking) (openbaar|bekend|naar buiten)',
  'mag (ik )?(eigenlijk )?(nog )?niet (zeggen|vertellen|delen|naar buiten brengen)',
  'nog geheim',
  'onder embargo',
  'embargo',
  'niemand weet (het )?nog',
  '(heeft|had) (ons|het team) (net|vandaag|zojuist|vanochtend) verteld',
  'not public yet',
  'not yet public',
  'not (officially )?announced yet',
  'before the official (launch|announcement|release|reveal)',
  "(can't|cannot|can not) share (the full document|the full report|it|this|the whole thing|the report) yet",
  'under embargo',
  'nobody knows (who|it|this|yet)',
  '(just|has just) told us',
  'official announcement (follows|to follow|coming)',
  'keep (it|this) quiet',
];

/** A peek that is only confidential when it shows a document or a decision. */
export const PEEK: readonly string[] = [
  'sneak peek',
  'sneakpeek',
  '(alvast )?een voorproefje',
  'een kijkje in',
  'exclusive',
  'exclusief',
];

/** What a peek would show: a document, a result, a plan. */
export const DOCUMENT_OR_DECISION: readonly string[] = [
  '(inspectie)?rapport',
  'inspectie',
  'report',
  'inspection',
  'document',
  'logo',
  'uitslag',
  'besluit',
  'plannen',
  'formatie',
  'notulen',
  'begroting',
  'fusie',
  'reorganisatie',
  'brief',
  'minutes',
  'budget',
  'merger',
];
