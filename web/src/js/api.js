// A small GraphQL client for the pages: POST /graphql on the same origin.

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

/** Runs a query and returns its data; throws GraphQLError when the answer carries errors. `headers` may carry a key. */
export async function gql(query, variables = {}, { signal, headers = {} } = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The service answered ${response.status} ${response.statusText} without JSON.`);
  }
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors);
  if (!response.ok) throw new Error(`The service answered ${response.status} ${response.statusText}.`);
  return body.data;
}

