/** Rewrites the README's field tables from src/schemas (see field-docs.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFieldTables } from './field-docs.ts';

const path = join(import.meta.dirname, '..', '..', 'README.md');
writeFileSync(path, withFieldTables(readFileSync(path, 'utf8')));
