// A small GraphQL client for the pages: POST /graphql on the same origin, with the tab's key if any.
import { authHeaders } from './key.js';

export class GraphQLError extends Error {
  constructor(errors, status = 200) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
    // 401 (no or unknown key: extensions.code UNAUTHENTICATED) and 403 (role too low: FORBIDDEN) carry a GraphQL
    // body too, so the refusal's own message is shown whatever the status.
    this.status = status;
    this.code = errors[0]?.extensions?.code;
  }
}

/** Runs a query and returns its data; throws GraphQLError when the answer carries errors. `headers` may carry a key. */
export async function gql(query, variables = {}, { signal, headers = {} } = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders(), ...headers },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The service answered ${response.status} ${response.statusText} without JSON.`);
  }
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors, response.status);
  if (!response.ok) throw new Error(`The service answered ${response.status} ${response.statusText}.`);
  return body.data;
}

