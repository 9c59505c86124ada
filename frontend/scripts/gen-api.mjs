// Generates src/api/schema.d.ts from the committed ../openapi.json.
//   npm run gen:api    rewrites the file
//   npm run check:api  fails when the file is missing or differs from what would be generated
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

// AFTERWORD_OPENAPI points at another copy of the document (a server's work in progress).
const specPath = process.env.AFTERWORD_OPENAPI ?? fileURLToPath(new URL('../../openapi.json', import.meta.url));
const outPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const check = process.argv.includes('--check');

const HEADER = `/**
 * Generated from openapi.json by \`npm run gen:api\`. Do not edit by hand:
 * change the API, regenerate openapi.json, then run \`npm run gen:api\`.
 */

`;

if (!existsSync(specPath)) {
  console.error(`openapi.json not found at ${specPath}`);
  process.exit(1);
}

const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const ast = await openapiTS(spec, {
  alphabetize: true,
  // Request bodies may omit fields that have a default, so defaults do not make fields required.
  defaultNonNullable: false,
});
const generated = HEADER + astToString(ast);

if (check) {
  const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : null;
  if (current !== generated) {
    console.error(
      current === null
        ? 'src/api/schema.d.ts is missing: run `npm run gen:api`.'
        : 'src/api/schema.d.ts is stale against openapi.json: run `npm run gen:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log('src/api/schema.d.ts is current with openapi.json.');
} else {
  writeFileSync(outPath, generated);
  console.log(`wrote ${outPath}`);
}
