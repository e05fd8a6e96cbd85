// GraphiQL on /graphiql/index.html, against this service's /graphql. React and GraphiQL come from
// /lib (copied from npm at build time). Every request, GraphiQL's standard introspection query too,
// goes to /graphql as it is: the service exempts introspection from its complexity limit.

import { watchGraphiQL } from './graphiql-a11y.js';

const DEFAULT_QUERY = `# Primer question 2: in the structural domain,
# which threats are reported, by which studies,
# and with how many quotes?
# Run it: the ▶ button or Ctrl-Enter.
# Docs (book icon, left) list every type and field.
query StructuralThreats {
  themes(where: { canonicalDomain: "structural", polarity: THREAT }) {
    totalCount
    nodes {
      code
      name
      study { id title year }
      quotes { id participant { label site } }
    }
  }
}
`;

async function fetcher(params) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

watchGraphiQL(document.getElementById('graphiql'));
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: DEFAULT_QUERY,
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false,
  }),
);
