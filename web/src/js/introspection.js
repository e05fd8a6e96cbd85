// GraphiQL's introspection query asks for every type in one deeply nested request, which the service's
// complexity limit (Realist:MaxQueryComplexity) rejects. The GraphiQL page's fetcher answers that
// request instead from smaller ones: the schema's roots, type names and directives first, then the
// full description of a few types at a time through __type(name:). The result has the shape of the
// standard introspection result, so GraphiQL builds the same schema. Pure except for `run`.

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }';
const INPUT_VALUE = `name description type { ${TYPE_REF} } defaultValue`;
const FULL_TYPE = `kind name description
  fields(includeDeprecated: true) { name description args { ${INPUT_VALUE} } type { ${TYPE_REF} } isDeprecated deprecationReason }
  inputFields { ${INPUT_VALUE} }
  interfaces { ${TYPE_REF} }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ${TYPE_REF} }`;

/** The first request: root operation types, every type's name, the directives. */
export const ROOTS_QUERY = `query IntrospectionRoots { __schema {
  queryType { name } mutationType { name } subscriptionType { name }
  types { name }
  directives { name description locations args { ${INPUT_VALUE} } } } }`;

/** One request describing the named types fully, each under an alias t0, t1, ... */
export function typesQuery(names) {
  const parts = names.map((n, i) => {
    if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(n)) throw new Error(`not a GraphQL type name: ${n}`);
    return `t${i}: __type(name: "${n}") { ${FULL_TYPE} }`;
  });
  return `query IntrospectionTypes { ${parts.join('\n')} }`;
}

/** Splits a list into chunks of at most `size`. */
export function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Puts the answers together into a standard introspection result ({ __schema: ... }). */
export function assemble(roots, typeAnswers) {
  const types = [];
  for (const answer of typeAnswers) {
    const keys = Object.keys(answer).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    for (const k of keys) if (answer[k]) types.push(answer[k]);
  }
  const s = roots.__schema;
  return {
    __schema: {
      description: null,
      queryType: s.queryType,
      mutationType: s.mutationType,
      subscriptionType: s.subscriptionType,
      types,
      directives: s.directives.map((d) => ({ isRepeatable: false, ...d })),
    },
  };
}

/** True for GraphiQL's own introspection request. */
export const isIntrospection = (params) =>
  params && (params.operationName === 'IntrospectionQuery' || /^\s*query\s+IntrospectionQuery\b/.test(params.query || ''));

/**
 * Runs the split introspection: `run(query)` posts one query and resolves to its data.
 * Returns { data } as GraphiQL expects from a fetcher.
 */
export async function splitIntrospection(run, size = 8) {
  const roots = await run(ROOTS_QUERY);
  const names = roots.__schema.types.map((t) => t.name);
  const answers = [];
  for (const part of chunk(names, size)) answers.push(await run(typesQuery(part)));
  return { data: assemble(roots, answers) };
}
