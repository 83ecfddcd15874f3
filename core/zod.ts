// zod/mini: the same zod, tree-shakable, so the content script stays inside its 100 KB
// budget (the classic API added ~100 KB). Problems are described in Dutch, the UI's first
// language; field paths are added by describeIssues.
import * as z from 'zod/mini';
import nl from 'zod/v4/locales/nl.js';

z.config(nl());

export { z };
