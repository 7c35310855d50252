/**
 * The API reference (docs/api.md) against the custom-elements manifest that `npm run build` generates from the
 * elements' JSDoc: every attribute, script-only property, method, event, slot, CSS part and custom
 * property of every element is in docs/api.md, and it names none that the manifest lacks.
 * `node scripts/readme-api.js` rewrites the reference after a change.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Named {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  fieldName?: string;
}

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/** What docs/api.md's tables list, keyed by the heading of their first column. */
const KINDS = {
  Attribute: 'attributes',
  'Property (script only)': 'script-only properties',
  Method: 'methods',
  Event: 'events',
  Slot: 'slots',
  'CSS part': 'CSS parts',
  'CSS custom property': 'CSS custom properties',
} as const;
type Kind = (typeof KINDS)[keyof typeof KINDS];
type Api = Record<Kind, string[]>;

const ELEMENTS = ['ics-term', 'ics-glossary', 'ics-glossary-provider', 'ics-autotag'];
const HINT = 'run `npm run build && node scripts/readme-api.js`, or fix the JSDoc in src/elements';

const manifestUrl = new URL('../../custom-elements.json', import.meta.url);
const readme = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

function declarations(): Declaration[] {
  assert.ok(existsSync(manifestUrl), 'custom-elements.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
}

function manifestApi(d: Declaration): Api {
  const publicMembers = (d.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
  const reflected = new Set((d.attributes ?? []).map((a) => a.fieldName));
  const names = (list: Named[] = []) => list.map((x) => x.name);
  return {
    attributes: names(d.attributes),
    'script-only properties': names(publicMembers.filter((m) => m.kind === 'field' && !reflected.has(m.name))),
    methods: names(publicMembers.filter((m) => m.kind === 'method')),
    events: names(d.events),
    slots: names(d.slots),
    'CSS parts': names(d.cssParts),
    'CSS custom properties': names(d.cssProperties),
  };
}

/** The API reference: one `### \`<tag>\`` heading per element, then tables whose first cell names a member. */
function readmeApi(): Map<string, Api> {
  const start = readme.indexOf('<!-- api:start');
  const end = readme.indexOf('<!-- api:end -->');
  assert.ok(start >= 0 && end > start, 'docs/api.md has no API reference between <!-- api:start … --> and <!-- api:end -->');
  const elements = new Map<string, Api>();
  let api: Api | undefined;
  let kind: Kind | undefined;
  for (const line of readme.slice(start, end).split('\n')) {
    const heading = /^### `<([a-z-]+)>`/.exec(line);
    if (heading) {
      api = Object.fromEntries(Object.values(KINDS).map((k) => [k, []])) as unknown as Api;
      elements.set(heading[1]!, api);
      kind = undefined;
      continue;
    }
    const cells = line.startsWith('|') ? line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()) : undefined;
    if (!cells) {
      kind = undefined;
    } else if (kind === undefined) {
      kind = KINDS[cells[0] as keyof typeof KINDS];
      assert.ok(kind, `docs/api.md: an API table with an unknown first column "${cells[0]}"`);
    } else if (!/^-+$/.test(cells[0]!)) {
      // `name`, `name()` or (default) for the unnamed slot.
      api![kind].push(cells[0] === '(default)' ? '' : cells[0]!.replace(/^`|`$/g, '').replace(/\(\)$/, ''));
    }
  }
  return elements;
}

describe('docs/api.md and custom-elements.json', () => {
  it('the manifest names every element with its tag', () => {
    const untagged = declarations().filter((d) => !d.tagName).map((d) => d.name);
    assert.deepEqual(untagged, [], `no tag name in the manifest: add @tag <tag-name> to the class JSDoc of ${untagged.join(', ')}`);
    assert.deepEqual(declarations().map((d) => d.tagName).sort(), [...ELEMENTS].sort());
  });

  it('docs/api.md documents exactly the elements of the manifest', () => {
    assert.deepEqual([...readmeApi().keys()].sort(), [...ELEMENTS].sort());
  });

  for (const tag of ELEMENTS) {
    describe(`<${tag}>`, () => {
      for (const kind of Object.values(KINDS)) {
        it(kind, () => {
          const declaration = declarations().find((d) => d.tagName === tag);
          assert.ok(declaration, `<${tag}> is not in custom-elements.json`);
          const inManifest = manifestApi(declaration)[kind];
          const inReadme = readmeApi().get(tag)?.[kind] ?? [];
          const missing = inManifest.filter((name) => !inReadme.includes(name));
          const unknown = inReadme.filter((name) => !inManifest.includes(name));
          assert.deepEqual(
            { missing, unknown },
            { missing: [], unknown: [] },
            `<${tag}> ${kind}: missing from docs/api.md [${missing.join(', ')}], in docs/api.md but not in the manifest [${unknown.join(', ')}]; ${HINT}`,
          );
        });
      }
    });
  }
});
