// The GraphQL multipart request convention (operations, map, then the files), as plain data: which file goes to
// which variable path. Pure, so that it can be unit-tested without a browser.

/**
 * The parts of a multipart request for one operation whose variables hold `file: { name, content, mapping }`.
 * `files` are `{ path, file }` pairs; each path (e.g. 'file.content') gets null in the operations and its file
 * a numbered part. Returns { operations, map, parts: [[partName, file]] } in the order they must be sent.
 */
export function multipartParts(query, variables, files) {
  const copy = structuredClone(variables);
  const map = {};
  const parts = [];
  files.forEach(({ path, file }, i) => {
    setPath(copy, path, null);
    map[String(i)] = [`variables.${path}`];
    parts.push([String(i), file]);
  });
  return { operations: JSON.stringify({ query, variables: copy }), map: JSON.stringify(map), parts };
}

function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) node[key] = {};
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}

/** A problem's place in words: its path in the document, and its line and column when known. */
export function placeOf(problem) {
  const where = [];
  if (problem.path) where.push(problem.path);
  if (problem.line) where.push(problem.column ? `line ${problem.line}, column ${problem.column}` : `line ${problem.line}`);
  return where.length ? where.join(' · ') : 'the file as a whole';
}
