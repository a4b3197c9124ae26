// Regenerates the GitHub fixtures the end-to-end tests use, from two registry packages that are
// too large to depend on (@octokit/openapi installs at ~385 MB):
//   npm install --no-save --prefix /tmp/gh-fixtures @octokit/openapi @octokit/webhooks-examples
//   node scripts/extract-fixtures.mjs /tmp/gh-fixtures/node_modules
// It writes __tests__/fixtures/github-api.json (the operations the action calls: parameters and
// request bodies from GitHub's OpenAPI description) and __tests__/fixtures/events/*.json (real
// webhook payloads).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: node scripts/extract-fixtures.mjs PATH/TO/node_modules');
  process.exit(2);
}

const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/user'],
];

const openapiPackage = join(modules, '@octokit/openapi');
const spec = JSON.parse(readFileSync(join(openapiPackage, 'generated/api.github.com.deref.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(openapiPackage, 'package.json'), 'utf8')).version;

const paths = {};
for (const [method, path] of OPERATIONS) {
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`GitHub's description has no ${method.toUpperCase()} ${path}`);
  paths[path] ??= {};
  paths[path][method] = {
    operationId: operation.operationId,
    parameters: (operation.parameters ?? []).map(({ name, in: where, required, schema }) => ({
      name,
      in: where,
      required: Boolean(required),
      schema,
    })),
    ...(operation.requestBody
      ? {
          requestBody: {
            required: Boolean(operation.requestBody.required),
            schema: operation.requestBody.content['application/json']?.schema,
          },
        }
      : {}),
    responses: Object.keys(operation.responses),
  };
}
mkdirSync('__tests__/fixtures/events', { recursive: true });
writeFileSync(
  '__tests__/fixtures/github-api.json',
  JSON.stringify({ source: `@octokit/openapi ${version}, generated/api.github.com.deref.json (MIT)`, paths }, null, 2) +
    '\n',
);

const examples = JSON.parse(
  readFileSync(join(modules, '@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
);
const WANTED = [
  ['pull_request', 'synchronize'],
  ['pull_request', 'opened'],
  ['push', undefined],
  ['merge_group', 'checks_requested'],
  ['workflow_run', 'completed'],
  ['workflow_dispatch', undefined],
  ['issues', 'opened'],
];
for (const [event, action] of WANTED) {
  const found = examples
    .find((e) => e.name === event)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no example for ${event} ${action ?? ''}`);
  writeFileSync(
    `__tests__/fixtures/events/${event}${action ? `.${action}` : ''}.json`,
    JSON.stringify(found, null, 2) + '\n',
  );
}
console.log(`wrote ${OPERATIONS.length} operations and ${WANTED.length} events`);
