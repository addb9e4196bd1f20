/**
 * THE placeholder mark: `npm run new` writes it where only the author can say what is true
 * (a title, a summary, a URL), and a production build refuses any published entry that still
 * holds it (src/lib/publication.ts), so a starting file never reaches readers as fact. Drafts
 * and `astro dev` show it. No imports, so the script that writes files can share it.
 */
export const PLACEHOLDER = 'TODO';

/** The mark as a word, wherever it is in a value or a body: `TODO: write the title`. */
export const PLACEHOLDER_WORD = new RegExp(`\\b${PLACEHOLDER}\\b`);
