// Writes schemas/case.schema.json from the zod schema that validates case files, so other tools
// (editors, other languages) can validate the same format. Run: npm run schema.
// A test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseJsonSchema } from './case-json-schema.js';

const target = fileURLToPath(new URL('../schemas/case.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
