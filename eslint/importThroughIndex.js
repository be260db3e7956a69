import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Folders import each other through their index.ts (their public face): an import that leaves
 * its own folder must name another folder's `index.js`, unless it reaches up into a folder that
 * encloses the importer (a part reading the whole it belongs to). A dynamic `import()` may load
 * an adapter's file directly (lazy loading of heavy clients).
 */
export const importThroughIndex = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports across folders go through the folder’s index.ts' },
    messages: {
      throughIndex: "'{{spec}}' reaches into {{folder}}/: import its index.js instead.",
    },
    schema: [],
  },
  create(context) {
    const here = dirname(context.filename);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(here, spec);
      const folder = dirname(target);
      if (folder === here || (here + sep).startsWith(folder + sep)) return;
      if (target.endsWith(`${sep}index.js`)) return;
      context.report({
        node: node.source,
        messageId: 'throughIndex',
        data: { spec, folder: relative(context.cwd, folder) || '.' },
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const localRules = { rules: { 'import-through-index': importThroughIndex } };
