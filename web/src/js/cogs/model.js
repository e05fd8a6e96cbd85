// The service's cogModel answer shaped for the page, and the words and numbers the page shows.
// Pure: no DOM, no fetch; unit-tested by node --test. The arithmetic itself is the service's
// (RealistGraph.Domain.Cogs): nothing here counts supports or threats.

/** The key a cog is grouped by: the canonical domain (so studies pool), else the domain's id. */
export const domainKey = (domain) => (domain && (domain.canonicalDomain || domain.id)) || 'unknown';

/**
 * cogModel's answer with a key on each cog, and a domain name for every domain an interaction
 * names. `domainNames` (domain id -> name, from the studies) names domains the answer names only by
 * key, e.g. a stated interaction's domain that has no cog for one participant.
 */
export function viewModel(answer, domainNames = new Map()) {
  const name = (domain) => domainNames.get(domain.id) || domain.name || domain.canonicalDomain || domain.id;
  const named = (domain) => ({ ...domain, name: name(domain) });
  return {
    unit: answer.unit,
    allTurnSameWay: answer.allTurnSameWay,
    heaviestDomain: answer.heaviestDomain || null,
    cogs: answer.cogs.map((c) => ({ ...c, key: domainKey(c.domain), themes: c.themes || [] })),
    interactions: (answer.interactions || []).map((i) => ({ ...i, from: named(i.from), to: named(i.to), participants: i.participants || [] })),
  };
}

/** True when some cog carries evidence (otherwise there is nothing to draw). */
export const hasEvidence = (model) => model.cogs.some((c) => c.salience > 0);

/** Sign-aware rotation text: "+0.47", "−0.50", "0.00" (a real minus sign). */
export function formatRotation(rotation) {
  const v = Math.abs(rotation).toFixed(2);
  if (v === '0.00') return '0.00';
  return rotation > 0 ? `+${v}` : `\u2212${v}`;
}

/** Salience as a whole percentage. */
export const formatPercent = (share) => `${Math.round(share * 100)}%`;

/** Words for a direction, for labels and screen readers. */
export const directionWords = {
  POSITIVE: 'positive (supports outweigh threats)',
  NEGATIVE: 'negative (threats outweigh supports)',
  STILL: 'still (supports and threats balance)',
};

/** One row of the cog table per cog: the numbers as the page writes them. */
export const cogRows = (cogs) =>
  cogs.map((c) => ({
    key: c.key,
    name: c.domain.name,
    direction: c.direction,
    supports: String(c.supports),
    threats: String(c.threats),
    rotation: formatRotation(c.rotation),
    salience: formatPercent(c.salience),
  }));

/** One row of the interaction table per interaction. */
export const interactionRows = (interactions) =>
  interactions.map((i) => {
    const stated = i.source === 'STATED';
    return {
      source: i.source,
      kind: i.kind,
      from: domainKey(i.from),
      to: domainKey(i.to),
      pair: `${i.from.name} ${stated ? '→' : '↔'} ${i.to.name}`,
      kindWord: i.kind === 'REINFORCING' ? 'reinforcing' : 'countering',
      sourceWord: stated ? 'stated' : 'observed',
      description: i.description || null,
      participantCount: stated ? null : i.participantCount,
      participantLabels: stated ? '' : i.participants.map((p) => p.label).join(', '),
    };
  });

/** The line above the picture: how many cogs, for whom, the heaviest, whether all turn one way. */
export function summaryParts(model, who) {
  return {
    cogs: `${model.cogs.length} cogs for ${who}. `,
    heaviest: model.heaviestDomain ? model.heaviestDomain.name : 'none',
    sameWay: model.allTurnSameWay ? 'All cogs turn the same way.' : 'The cogs do not all turn the same way.',
  };
}

/** Whom the picture is about, in words. */
export function whoText({ participantLabel, studyCount }) {
  if (participantLabel) return `participant ${participantLabel}`;
  return studyCount > 1 ? `${studyCount} studies pooled` : 'all participants';
}

/** The note under the cog table: what was counted, and by whom. */
const UNIT_NOTES = {
  THEMES: 'Counted in themes (this choice has no quotes).',
  MIXED: 'Counted in quotes and, for studies without quotes, in themes (one unit each).',
  QUOTES: 'Counted in quotes.',
};
export const unitNote = (unit) => `${UNIT_NOTES[unit] ?? UNIT_NOTES.QUOTES} Computed by the service (cogModel).`;

/** A cog's one-line description, for the SVG's <desc>. */
export const cogSentence = (c) =>
  `${c.domain.name}: ${formatPercent(c.salience)} of the evidence, ${c.supports} supports and ${c.threats} threats, ${directionWords[c.direction]}.`;

/** The quotes of a theme that the details panel lists: all, or one participant's. */
export const quotesFor = (theme, participantId) =>
  (theme.quotes || []).filter((q) => !participantId || (q.participant && q.participant.id === participantId));
