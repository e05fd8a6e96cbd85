// The cogs arithmetic in the browser: the same rules as the API's cogModel (RealistGraph.Domain.Cogs),
// used when the API does not offer cogModel yet, plus the shaping of either answer into one view model.
// Pure: no DOM, no fetch; unit-tested by node --test.
//
// Rules: a quote counts with its own polarity when it has one, else its theme's; MIXED counts as
// neither support nor threat (but is evidence, so it adds to salience). rotation = (s - t) / (s + t);
// salience = the domain's share of all counted evidence. Quotes are the unit when there are any,
// otherwise themes. A quote coded to several themes of one domain counts once there (own polarity
// wins, else its themes' polarity when they agree, else MIXED).

/** The key a cog is grouped by: the canonical domain (so studies pool), else the domain's id. */
export const domainKey = (domain) => (domain && (domain.canonicalDomain || domain.id)) || 'unknown';

const agreed = (polarities) => {
  const distinct = [...new Set(polarities)];
  return distinct.length === 1 ? distinct[0] : 'MIXED';
};

/**
 * Evidence rows from studies as the page fetches them:
 * studies: [{ id, themes: [{ id, polarity, domain: {id, name, canonicalDomain}, quotes: [{ id, polarity, participant: {id, label} }] }], interactions: [...] }].
 */
export function evidenceRows(studies, participantId = null) {
  const rows = [];
  for (const study of studies) {
    for (const theme of study.themes || []) {
      const quotes = theme.quotes || [];
      if (participantId) {
        for (const q of quotes) {
          if (q.participant && q.participant.id === participantId) rows.push(row(theme, q));
        }
      } else if (quotes.length === 0) {
        rows.push(row(theme, null));
      } else {
        for (const q of quotes) rows.push(row(theme, q));
      }
    }
  }
  return rows;
}

function row(theme, quote) {
  return {
    key: domainKey(theme.domain),
    domain: theme.domain,
    theme,
    themePolarity: theme.polarity,
    quoteId: quote ? quote.id : null,
    quotePolarity: quote ? quote.polarity || null : null,
    participant: quote ? quote.participant || null : null,
  };
}

/** Counted units: one per (domain, quote), or per (domain, theme) when no row has a quote. */
export function countUnits(rows) {
  const quoteRows = rows.filter((r) => r.quoteId);
  const byUnit = new Map();
  const unit = quoteRows.length > 0 ? 'QUOTES' : 'THEMES';
  for (const r of unit === 'QUOTES' ? quoteRows : rows) {
    const id = `${r.key}\u0000${unit === 'QUOTES' ? r.quoteId : r.theme.id}`;
    if (!byUnit.has(id)) byUnit.set(id, []);
    byUnit.get(id).push(r);
  }
  const units = [...byUnit.values()].map((group) => {
    const own = group.map((r) => r.quotePolarity).filter(Boolean);
    const polarity = unit === 'QUOTES' && own.length > 0 ? agreed(own) : agreed(group.map((r) => r.themePolarity));
    const participant = group.map((r) => r.participant).find(Boolean) || null;
    return { key: group[0].key, polarity, participant };
  });
  return { unit, units };
}

/** Computes the cog model from evidence rows and stated interactions, as cogModel does. */
export function computeCogModel(rows, stated = []) {
  const { unit, units } = countUnits(rows);
  const total = units.length;
  const order = [];
  const byKey = new Map();
  for (const r of rows) {
    if (!byKey.has(r.key)) {
      byKey.set(r.key, { domain: r.domain, themes: new Map() });
      order.push(r.key);
    }
    const entry = byKey.get(r.key);
    if (!entry.themes.has(r.theme.id)) entry.themes.set(r.theme.id, r.theme);
  }
  const cogs = order.map((key) => {
    const mine = units.filter((u) => u.key === key);
    const supports = mine.filter((u) => u.polarity === 'SUPPORT').length;
    const threats = mine.filter((u) => u.polarity === 'THREAT').length;
    const rotation = supports + threats === 0 ? 0 : (supports - threats) / (supports + threats);
    const direction = supports > threats ? 'POSITIVE' : supports < threats ? 'NEGATIVE' : 'STILL';
    return {
      key,
      domain: byKey.get(key).domain,
      supports,
      threats,
      evidence: mine.length,
      salience: total === 0 ? 0 : mine.length / total,
      rotation,
      direction,
      themes: [...byKey.get(key).themes.values()],
    };
  });

  const withEvidence = cogs.filter((c) => c.salience > 0).map((c) => c.direction);
  const directions = [...new Set(withEvidence)];
  let heaviest = null;
  for (const c of cogs) if (c.evidence > (heaviest ? heaviest.evidence : 0)) heaviest = c;

  const seen = new Set();
  const statedInteractions = [];
  for (const s of stated) {
    const id = [domainKey(s.from), domainKey(s.to), s.kind, s.description || ''].join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    statedInteractions.push({ from: s.from, to: s.to, kind: s.kind, source: 'STATED', description: s.description || null, participantCount: 0, participants: [] });
  }

  return {
    unit,
    cogs,
    interactions: [...statedInteractions, ...observedInteractions(cogs, units)],
    allTurnSameWay: directions.length === 1 && directions[0] !== 'STILL',
    heaviestDomain: heaviest ? heaviest.domain : null,
  };
}

/**
 * Within each participant, the net push (supports - threats) per domain; a pair of domains whose nets
 * have the same sign reinforce each other, opposite signs counter. Pairs in cog order, reinforcing first.
 */
export function observedInteractions(cogs, units) {
  const nets = new Map(); // participant id -> { participant, byKey: Map }
  for (const u of units) {
    if (!u.participant) continue;
    const pid = u.participant.id;
    if (!nets.has(pid)) nets.set(pid, { participant: u.participant, byKey: new Map() });
    const push = u.polarity === 'SUPPORT' ? 1 : u.polarity === 'THREAT' ? -1 : 0;
    const byKey = nets.get(pid).byKey;
    byKey.set(u.key, (byKey.get(u.key) || 0) + push);
  }
  const out = [];
  for (let i = 0; i < cogs.length; i++) {
    for (let j = i + 1; j < cogs.length; j++) {
      for (const kind of ['REINFORCING', 'COUNTERING']) {
        const participants = [...nets.values()]
          .filter(({ byKey }) => {
            const a = Math.sign(byKey.get(cogs[i].key) || 0);
            const b = Math.sign(byKey.get(cogs[j].key) || 0);
            if (a === 0 || b === 0) return false;
            return (a === b ? 'REINFORCING' : 'COUNTERING') === kind;
          })
          .map(({ participant }) => participant)
          .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        if (participants.length > 0) {
          out.push({ from: cogs[i].domain, to: cogs[j].domain, kind, source: 'OBSERVED', description: null, participantCount: participants.length, participants });
        }
      }
    }
  }
  return out;
}

/**
 * The API's cogModel answer in the page's view model: keys added, and each cog's themes (ids only in
 * the answer) replaced by the full themes with their quotes, from `themes` (the studies' themes).
 */
export function fromApiModel(model, themes = []) {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const cogs = model.cogs.map((c) => ({
    ...c,
    key: domainKey(c.domain),
    evidence: null,
    themes: (c.themes || []).map((t) => byId.get(t.id) || t),
  }));
  return { ...model, unit: model.unit, cogs, interactions: model.interactions || [] };
}

/** Sign-aware rotation text: "+0.47", "−0.50", "0.00" (a real minus sign). */
export function formatRotation(rotation) {
  const v = Math.abs(rotation).toFixed(2);
  if (rotation > 0) return `+${v}`;
  if (rotation < 0) return `\u2212${v}`;
  return '0.00';
}

/** Salience as a whole percentage. */
export const formatPercent = (share) => `${Math.round(share * 100)}%`;

/** Words for a direction, for labels and screen readers. */
export const directionWords = {
  POSITIVE: 'positive (supports outweigh threats)',
  NEGATIVE: 'negative (threats outweigh supports)',
  STILL: 'still (supports and threats balance)',
};
