// The evidence chains shaped for the page: each CMO configuration as context → mechanism → outcome with
// its intervention parts and the themes and quotes grounding it; outcomes with the chains that lead to
// them; interventions as a tree. Pure; unit-tested by node --test.

const CONFIDENCE_ORDER = { HIGH: 0, MODERATE: 1, LOW: 2 };

/** The chains that lead to an outcome (all chains when `outcomeId` is empty). */
export const chainsTo = (cmos, outcomeId) => (outcomeId ? cmos.filter((c) => c.outcome && c.outcome.id === outcomeId) : cmos);

/** Each outcome with the ids of the chains leading to it, in the outcomes' order. */
export const outcomesWithChains = (outcomes, cmos) =>
  outcomes.map((o) => ({ ...o, chainIds: cmos.filter((c) => c.outcome && c.outcome.id === o.id).map((c) => c.id) }));

/**
 * The evidence of one chain: its themes, each with the quotes coded to it, then the quotes given to the
 * chain directly that none of its themes carries. `quotes` maps quote id → quote (with `themes { id }`).
 */
export function evidenceOf(cmo, quotes) {
  const all = [...quotes.values()];
  const themes = cmo.themes.map((t) => ({ theme: t, quotes: all.filter((q) => (q.themes || []).some((x) => x.id === t.id)) }));
  const shown = new Set(themes.flatMap((t) => t.quotes.map((q) => q.id)));
  const direct = (cmo.quotes || []).map((q) => quotes.get(q.id)).filter((q) => q && !shown.has(q.id));
  return { themes, direct, quoteCount: shown.size + direct.length };
}

/** The interventions named by a chain's functions, without repeats. */
export const interventionsOf = (cmo) => [...new Map((cmo.functions || []).filter((f) => f.intervention).map((f) => [f.intervention.id, f.intervention])).values()];

/** An intervention as a tree: its functions with the activities enacting them, then activities enacting none. */
export function interventionTree(intervention) {
  const enacting = new Set(intervention.functions.flatMap((f) => f.activities.map((a) => a.id)));
  return {
    id: intervention.id,
    studyId: intervention.studyId,
    name: intervention.name,
    description: intervention.description || '',
    functions: intervention.functions.map((f) => ({ id: f.id, name: f.name, description: f.description || '', activities: f.activities })),
    otherActivities: intervention.activities.filter((a) => !enacting.has(a.id)),
  };
}

/** Chains ordered by study, then confidence (high first), keeping the studies' own order otherwise. */
export const orderedChains = (cmos) =>
  cmos.map((c, i) => [c, i])
    .sort(([a, i], [b, j]) => a.studyId.localeCompare(b.studyId) || (CONFIDENCE_ORDER[a.confidence] ?? 3) - (CONFIDENCE_ORDER[b.confidence] ?? 3) || i - j)
    .map(([c]) => c);

export const confidenceWords = (confidence) => (confidence ? `${confidence.toLowerCase()} confidence` : 'confidence not stated');

/** The chains as CSV columns: one row per chain. */
export const CHAIN_COLUMNS = [
  ['study', (c) => c.studyId],
  ['cmo_id', (c) => c.id],
  ['statement', (c) => c.statement],
  ['confidence', (c) => c.confidence || ''],
  ['context', (c) => (c.context ? c.context.description : '')],
  ['mechanism', (c) => (c.mechanism ? c.mechanism.name : '')],
  ['resource', (c) => (c.mechanism && c.mechanism.resource) || ''],
  ['reasoning', (c) => (c.mechanism && c.mechanism.reasoning) || ''],
  ['outcome', (c) => (c.outcome ? c.outcome.description : '')],
  ['outcome_valence', (c) => (c.outcome ? c.outcome.valence : '')],
  ['functions', (c) => c.functions.map((f) => f.name)],
  ['activities', (c) => c.activities.map((a) => a.name)],
  ['themes', (c) => c.themes.map((t) => (t.code ? `${t.code} ${t.name}` : t.name))],
  ['quote_count', (c) => c.quoteCount ?? ''],
];

/** The quotes behind chains as CSV columns: one row per (chain, quote). */
export const CHAIN_QUOTE_COLUMNS = [
  ['cmo_id', (r) => r.cmo.id],
  ['theme', (r) => (r.theme ? r.theme.name : '')],
  ['quote_id', (r) => r.quote.id],
  ['participant', (r) => (r.quote.participant ? r.quote.participant.label : '')],
  ['site', (r) => (r.quote.participant && r.quote.participant.site) || ''],
  ['location', (r) => r.quote.location || ''],
  ['text', (r) => r.quote.text],
];

/** One record per (chain, quote) for the quotes CSV. */
export function chainQuoteRecords(cmos, quotes) {
  return cmos.flatMap((cmo) => {
    const evidence = evidenceOf(cmo, quotes);
    return [
      ...evidence.themes.flatMap(({ theme, quotes: qs }) => qs.map((quote) => ({ cmo, theme, quote }))),
      ...evidence.direct.map((quote) => ({ cmo, theme: null, quote })),
    ];
  });
}
