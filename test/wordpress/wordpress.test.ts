/**
 * The WordPress plugin in a real WordPress (Debian's 6.1), installed from the zip that
 * `npm run wordpress:zip` builds, and read in Chromium as a visitor, an administrator and an editor.
 *
 * `npm run test:wordpress`. Without Debian's packages it skips with one line, unless CI=true, where
 * they are required. WORDPRESS_SCREENSHOTS=1 also writes docs/screenshots/wordpress-*.png.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core';
import { buildPluginZip } from '../../scripts/wordpress-zip.js';
import { missingPackages, startSite, THEMES, type Site } from './site.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN = join(ROOT, 'integrations/wordpress');

const missing = missingPackages();
if (missing.length > 0) {
  const line = `test:wordpress: Debian packages missing: ${missing.join(' ')} (apt-get install them to run this test)`;
  if (process.env.CI === 'true') {
    console.error(`${line}; CI=true requires them.`);
    process.exit(1);
  }
  console.log(`${line}; skipped.`);
  process.exit(0);
}

const glossary = JSON.parse(readFileSync(join(ROOT, 'glossary/glossary.json'), 'utf8'));
const ics = glossary.entries.find((entry: { id: string }) => entry.id === 'ics');
/** The wording a reader on 21 January 2019 was given: the first that still applied then. */
const ics2019 = ics.earlier.find((earlier: { until: string }) => earlier.until > '2019-01-21').definition;

const careHub = {
  id: 'care-hub',
  term: 'care hub',
  definition: 'One of our 14 buildings where GP, nursing and social care teams work side by side.',
  category: 'care setting',
  status: 'current',
  validFrom: '2024-04',
  sources: [{ title: 'Care hubs', publisher: 'Northshire ICB', url: 'https://example.org/hubs' }],
};
const EXCLUDE = 'blockquote, [data-note="<img src=x onerror=window.pwned=1>"]';

const screenshots = process.env.WORDPRESS_SCREENSHOTS ? join(ROOT, 'docs/screenshots') : undefined;
const files = mkdtempSync(join(tmpdir(), 'ics-wordpress-files-'));
let site: Site;
let browser: Browser;

before(async () => {
  const zip = buildPluginZip(join(files, 'ics-glossary.zip'));
  site = await startSite(zip, THEMES[0]);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(files, { recursive: true, force: true });
});

const url = (key: keyof Site['posts']) => site.posts[key].url;
const wp = (...args: string[]) => site.php(join(import.meta.dirname, 'wp.php'), args);

const ADMIN: [string, string] = ['admin', 'admin-password'];
const EDITOR: [string, string] = ['editor', 'editor-password'];
/** Signed-in contexts, by user name, so that each signs in once. */
const sessions = new Map<string, BrowserContext>();

/** A new page at `address`: a visitor's, or in the session of the user `login` names. */
async function open(address: string, login?: [string, string]): Promise<Page> {
  let context = login && sessions.get(login[0]);
  if (!context) {
    context = await browser.createBrowserContext();
    if (login) sessions.set(login[0], context);
  }
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // The block editor asks before leaving a post with unsaved changes.
  page.on('dialog', (dialog) => void dialog.accept());
  if (login && (await context.cookies()).every((cookie) => !cookie.name.startsWith('wordpress_logged_in'))) {
    await page.goto(`${site.url}/wp-login.php`);
    await page.type('#user_login', login[0]);
    await page.type('#user_pass', login[1]);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  }
  await page.goto(address, { waitUntil: 'networkidle0' });
  return page;
}

/** Closes a page, and a visitor's context with it. */
async function close(page: Page): Promise<void> {
  if ([...sessions.values()].includes(page.browserContext())) await page.close();
  else await page.browserContext().close();
}

/** The terms in the post's content, as written. */
const termsIn = (page: Page) =>
  page.$$eval('.wp-block-post-content ics-term', (terms) => terms.map((term) => term.textContent));

/** Focuses the term and returns what its tooltip shows, by part. */
async function tooltip(page: Page, selector: string): Promise<Record<string, string>> {
  const term = await page.waitForSelector(selector);
  await page.waitForFunction((el) => !!el?.shadowRoot?.querySelector('[part~="term"]'), {}, term);
  await term!.evaluate((el) => (el.shadowRoot!.querySelector('[part~="term"]') as HTMLElement).focus());
  await page.waitForFunction(
    (el) => !!el?.shadowRoot?.querySelector('[part~="tooltip"]')?.matches(':popover-open'),
    {},
    term,
  );
  return term!.evaluate((el) => {
    const parts: Record<string, string> = {};
    for (const part of el.shadowRoot!.querySelectorAll('[part~="tooltip"] [part]')) {
      parts[part.getAttribute('part')!] = part.textContent!.trim();
      if (part.hasAttribute('href')) parts[`${part.getAttribute('part')} href`] = part.getAttribute('href')!;
    }
    return parts;
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!screenshots) return;
  // As a reader sees it: after any tooltip has faded in.
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('ics-term')].flatMap((term) =>
        (term.shadowRoot?.getAnimations?.() ?? []).map((animation) => animation.finished),
      ),
    ),
  );
  await page.screenshot({ path: join(screenshots, `wordpress-${name}.png`) });
}

describe('a post is explained as of its publication date', () => {
  test('a post of 21 January 2019: ICS, CCGs and STP are marked, and ICS is given its 2019 wording and what changed since', async () => {
    const page = await open(url('story2019'));
    assert.deepEqual(await termsIn(page), ['ICS', 'CCGs', 'STP']);
    const parts = await tooltip(page, 'ics-term');
    assert.equal(parts.definition, ics2019);
    assert.notEqual(parts.definition, ics.definition);
    assert.match(parts['change-note'] ?? '', /2022/);
    await page.evaluate(() => scrollTo(0, 80));
    await shoot(page, 'post-2019');
    await close(page);
  });

  test('the same words in a post dated today get today’s wording and no change note', async () => {
    const page = await open(url('storyToday'));
    assert.deepEqual(await termsIn(page), ['ICS', 'CCGs', 'STP']);
    const parts = await tooltip(page, 'ics-term');
    assert.equal(parts.definition, ics.definition);
    assert.equal(parts['change-note'], undefined);
    await close(page);
  });

  test('the script loads once, as a module in the footer, and only on pages that need it', async () => {
    const page = await open(url('story2019'));
    const scripts = await page.$$eval('script[src*="ics-glossary"]', (found) =>
      found.map((script) => ({
        type: script.getAttribute('type'),
        src: script.getAttribute('src'),
        afterContent: !!(document.querySelector('main')!.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING),
      })),
    );
    assert.deepEqual(scripts, [
      { type: 'module', src: `${site.url}/wp-content/plugins/ics-glossary/dist/ics-glossary.js`, afterContent: true },
    ]);
    await page.goto(url('plain'), { waitUntil: 'networkidle0' });
    assert.equal(await page.$('script[src*="ics-glossary"]'), null);
    assert.equal(await page.$('ics-term, ics-autotag'), null);
    await close(page);
  });
});

describe('shortcodes and blocks', () => {
  test('[ics_glossary] lists the glossary, and a link to #icb opens that entry', async () => {
    const page = await open(`${url('glossary')}#icb`);
    const glossaryPage = await page.waitForSelector('ics-glossary');
    await page.waitForFunction(
      (el) => el?.shadowRoot?.activeElement?.id === 'icb--heading',
      { timeout: 5000 },
      glossaryPage,
    );
    const entry = await glossaryPage!.evaluate((el) => {
      const article = el.shadowRoot!.querySelector('[id="icb"]')!;
      return { part: article.getAttribute('part'), entries: el.shadowRoot!.querySelectorAll('[part~="entry"]').length };
    });
    assert.equal(entry.part, 'entry highlighted');
    assert.ok(entry.entries >= glossary.entries.length - 5, `${entry.entries} entries listed`);
    await shoot(page, 'glossary');
    await close(page);
  });

  test('[ics_term id] and the two blocks render on the page', async () => {
    const page = await open(url('terms'));
    const byShortcode = await tooltip(page, 'ics-term[term="icb"]');
    assert.equal(byShortcode['term-name'], 'ICB');
    assert.equal(await page.$eval('ics-term[term="icb"]', (el) => el.textContent), 'integrated care boards');
    const byBlock = await tooltip(page, '.wp-block-ics-glossary-term ics-term[term="ccg"]');
    assert.equal(byBlock['term-name'], 'CCG');
    const count = await page.$eval('.wp-block-ics-glossary-glossary ics-glossary', (el) => el.shadowRoot!.querySelector('[part~="count"]')!.textContent);
    const laws = glossary.entries.filter((entry: { category: string }) => entry.category === 'law');
    assert.equal(count, `${laws.length} of ${glossary.entries.length} terms`);
    await close(page);
  });

  test('the blocks can be found, added and previewed in the block editor', async () => {
    const page = await open(`${site.url}/wp-admin/post-new.php`, ADMIN);
    await page.waitForFunction(() => (window as any).wp?.blocks?.getBlockType('ics-glossary/term'));
    await page.click('button[aria-label="Toggle block inserter"]');
    await page.type('input[placeholder="Search"]', 'NHS');
    const offered = await page.waitForFunction(() => {
      const names = [...document.querySelectorAll('.block-editor-block-types-list__item-title')].map((item) => item.textContent);
      return names.includes('NHS glossary') && names.includes('NHS term') && names;
    });
    assert.ok(await offered.jsonValue());
    await page.click('xpath/.//button[.//span[text()="NHS glossary"]]');
    // The server's rendering, with the elements live in the editor.
    const shownIn = (category: string) =>
      page.waitForFunction(
        (wanted) => {
          const preview = document.querySelector('.wp-block-ics-glossary-glossary ics-glossary');
          return preview?.shadowRoot?.querySelector('[part~="entry"]') && (preview.getAttribute('category') ?? '') === wanted;
        },
        { timeout: 10000 },
        category,
      );
    await shownIn('');
    // Its setting in the sidebar reaches the server's rendering.
    await page.click('button[aria-label="Settings"][aria-expanded="false"]');
    const select = await page.waitForFunction(() => {
      const label = [...document.querySelectorAll('label')].find((found) => found.textContent === 'Category shown first');
      return label && document.getElementById(label.htmlFor);
    });
    await (select.asElement() as ElementHandle<HTMLSelectElement>).select('law');
    await shownIn('law');
    await close(page);
  });
});

describe('the per-post checkbox', () => {
  test('cleared in the block editor, the post has no marked terms and loads no script', async () => {
    const page = await open(`${site.url}/wp-admin/post.php?post=${site.posts.storyOff.id}&action=edit`, ADMIN);
    const box = await page.waitForSelector('input[name="ics_glossary_tag"]', { visible: true, timeout: 15000 });
    assert.equal(await box!.evaluate((input) => (input as HTMLInputElement).checked), true);
    await box!.click();
    const metaBoxesSaved = page.waitForResponse((response) => response.url().includes('meta-box-loader=1'), { timeout: 15000 });
    await page.click('button.editor-post-publish-button');
    assert.ok((await metaBoxesSaved).status() < 400);
    await page.goto(url('storyOff'), { waitUntil: 'networkidle0' });
    assert.deepEqual(await termsIn(page), []);
    assert.equal(await page.$('ics-autotag, script[src*="ics-glossary"]'), null);
    await page.goto(`${site.url}/wp-admin/post.php?post=${site.posts.storyOff.id}&action=edit`);
    const cleared = await page.waitForSelector('input[name="ics_glossary_tag"]', { timeout: 15000 });
    assert.equal(await cleared!.evaluate((input) => (input as HTMLInputElement).checked), false);
    await close(page);
  });

  // Against the post the test above left untagged: the same paragraphs with and without the wrapper.
  test('the wrapper leaves the theme’s layout as it was, in a block theme and a classic one', async () => {
    for (const theme of THEMES) {
      wp('theme', theme);
      const boxes = async (key: keyof Site['posts']) => {
        const page = await open(url(key));
        const found = await page.$$eval('article p, main p', (paragraphs) =>
          paragraphs
            .filter((p) => p.textContent!.includes('Northshire ICS met') || p.textContent!.includes('Members of the ICS'))
            .map((p) => {
              const box = p.getBoundingClientRect();
              const style = getComputedStyle(p);
              return { left: box.left, width: box.width, height: box.height, marginTop: style.marginTop, marginBottom: style.marginBottom };
            }),
        );
        const wrapped = !!(await page.$('ics-autotag'));
        await close(page);
        return { found, wrapped };
      };
      const [plain, tagged] = [await boxes('storyOff'), await boxes('storyToday')];
      assert.deepEqual([plain.wrapped, tagged.wrapped], [false, true], theme);
      assert.equal(plain.found.length, 2, theme);
      assert.deepEqual(tagged.found, plain.found, theme);
    }
    wp('theme', THEMES[0]);
  });
});

describe('settings', () => {
  const settingsUrl = () => `${site.url}/wp-admin/options-general.php?page=ics-glossary`;
  const notices = (page: Page) =>
    page.$$eval('.notice > p:first-child, .updated > p:first-child, .error > p:first-child', (found) => found.map((p) => p.textContent!.trim()));

  test('an administrator sets the glossary page, a selector holding markup and a custom glossary', async () => {
    const custom = join(files, 'northshire-terms.json');
    writeFileSync(custom, JSON.stringify({ entries: [careHub] }));
    const page = await open(settingsUrl(), ADMIN);
    await page.$eval('#ics-glossary-href', (input, value) => ((input as HTMLInputElement).value = value), url('glossary'));
    await page.$eval('#ics-glossary-exclude', (input, value) => ((input as HTMLInputElement).value = value), EXCLUDE);
    const upload = await page.$('#ics-glossary-file');
    await (upload as any).uploadFile(custom);
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.deepEqual(await notices(page), ['Settings saved.']);
    // The markup is text in the field, and nowhere else.
    assert.equal(await page.$eval('#ics-glossary-exclude', (input) => (input as HTMLInputElement).value), EXCLUDE);
    assert.equal(await page.$('img[src="x"]'), null);
    assert.match(await page.$eval('.wrap', (wrap) => wrap.textContent!), /In use: “northshire-terms\.json”, 1 entry\. It passed the same checks as the glossary elements apply\./);
    await shoot(page, 'settings');

    await page.goto(url('custom'), { waitUntil: 'networkidle0' });
    assert.deepEqual(await termsIn(page), ['care hub', 'ICB']);
    const parts = await tooltip(page, 'ics-term');
    assert.equal(parts.definition, careHub.definition);
    assert.equal(parts['more-link href'], `${url('glossary')}#care-hub`);
    assert.equal(await page.$eval('ics-autotag', (el) => el.getAttribute('exclude')), EXCLUDE);
    assert.equal(await page.evaluate(() => (window as any).pwned), undefined);
    await close(page);
  });

  test('a glossary with problems is refused, each problem shown as text, and the one in use kept', async () => {
    const bad = join(files, 'bad-terms.json');
    writeFileSync(bad, JSON.stringify({ entries: [{ ...careHub, id: '<b>Bad</b>' }, { ...careHub, id: 'hub-2', status: 'gone' }] }));
    const page = await open(settingsUrl(), ADMIN);
    await (await page.$('#ics-glossary-file') as any).uploadFile(bad);
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    const problems = await page.$$eval('.ics-glossary-problems li', (items) => items.map((item) => [item.textContent, item.children.length]));
    assert.deepEqual(problems, [
      ['glossary entry 0 ("<b>Bad</b>"): field "id" must be lower-case words joined by hyphens', 0],
      ['glossary entry 1 ("hub-2"): field "status" must be one of: current, abolished, superseded, proposed, informal', 0],
    ]);
    assert.match((await notices(page)).join(), /The other settings are saved, but the glossary “bad-terms\.json” was not used, and the one in use is kept/);
    assert.match(await page.$eval('.wrap', (wrap) => wrap.textContent!), /In use: “northshire-terms\.json”, 1 entry\./);
    await page.goto(url('custom'), { waitUntil: 'networkidle0' });
    assert.deepEqual(await termsIn(page), ['care hub', 'ICB']);
    await close(page);
  });

  test('without Node.js, the JSON schema refuses the same files in PHP', () => {
    const cases: Record<string, unknown> = {
      valid: { entries: [careHub] },
      'bad id': { entries: [{ ...careHub, id: 'Care Hub' }] },
      'unknown status': { entries: [{ ...careHub, status: 'gone' }] },
      'no sources': { entries: [{ ...careHub, sources: [] }] },
      'unknown field': { entries: [{ ...careHub, colour: 'blue' }] },
      'javascript: link': { entries: [{ ...careHub, sources: [{ title: 'x', publisher: 'y', url: 'javascript:alert(1)' }] }] },
      'bad date': { entries: [{ ...careHub, validFrom: '2024-13' }] },
      'no entries': { terms: [] },
    };
    const paths = Object.entries(cases).map(([name, data]) => {
      const file = join(files, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(data));
      return file;
    });
    const results = JSON.parse(wp('validate', 'merge', ...paths, join(files, 'bad-terms.json')));
    Object.keys(cases).forEach((name, index) => {
      const [node, php] = results[index];
      assert.equal(node.checker, 'node', name);
      assert.equal(php.checker, 'schema', name);
      assert.equal(node.errors.length > 0, name !== 'valid', `${name}: ${JSON.stringify(node)}`);
      assert.equal(php.errors.length > 0, name !== 'valid', `${name}: ${JSON.stringify(php)}`);
    });
    assert.deepEqual(results.at(-1)[1].errors, [
      'glossary entry 0 ("<b>Bad</b>"): field "id" must match ^[a-z0-9]+(-[a-z0-9]+)*$ (Stable, lower-case words joined by hyphens, e.g. "icp-partnership".)',
      'glossary entry 1 ("hub-2"): field "status" must be one of: current, abolished, superseded, proposed, informal',
    ]);
  });

  test('the tagging options: every appearance, terms never marked, pages too, and off', async () => {
    const page = await open(settingsUrl(), ADMIN);
    const save = async (fields: Array<[string, boolean | string]>) => {
      await page.evaluate((changes) => {
        for (const [selector, value] of changes) {
          const input = document.querySelector<HTMLInputElement>(selector)!;
          if (typeof value === 'boolean') input.checked = value;
          else input.value = value;
        }
      }, fields);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    };
    await save([
      ['[name="ics_glossary_options[first_only]"]', false],
      ['#ics-glossary-never', 'CCG, nonsense'],
      ['[name="ics_glossary_options[post_types][]"][value="page"]', true],
    ]);
    assert.deepEqual(await notices(page), ['Settings saved. These terms to leave unmarked are not in the glossary, so they change nothing:']);
    assert.deepEqual(await page.$$eval('.ics-glossary-problems li', (items) => items.map((item) => item.textContent)), ['nonsense']);
    await page.goto(url('storyToday'), { waitUntil: 'networkidle0' });
    assert.deepEqual(await termsIn(page), ['ICS', 'STP', 'ICS']);
    await page.goto(url('plain'), { waitUntil: 'networkidle0' });
    assert.deepEqual(await termsIn(page), ['ICS', 'ICB']);

    await page.goto(settingsUrl());
    await save([['[name="ics_glossary_options[autotag]"]', false]]);
    await page.goto(url('storyToday'), { waitUntil: 'networkidle0' });
    assert.deepEqual(await termsIn(page), []);
    assert.equal(await page.$('script[src*="ics-glossary"]'), null);
    await close(page);
  });

  test('a user without manage_options can neither open the settings nor save them', async () => {
    const before = wp('stored');
    const page = await open(settingsUrl(), EDITOR);
    assert.match(await page.$eval('body', (body) => body.textContent!), /Sorry, you are not allowed to access this page\./);
    assert.equal(await page.$('#ics-glossary-exclude'), null);
    await page.goto(`${site.url}/wp-admin/`);
    assert.equal(await page.$('a[href="options-general.php?page=ics-glossary"]'), null);
    // Straight to options.php, as a forged form would.
    const status = await page.evaluate(async (action) => {
      const body = new URLSearchParams({ option_page: 'ics_glossary', action: 'update', 'ics_glossary_options[exclude]': 'p' });
      return (await fetch(action, { method: 'POST', body })).status;
    }, `${site.url}/wp-admin/options.php`);
    assert.equal(status, 403);
    assert.equal(wp('stored'), before);
    await close(page);
  });
});

describe('the plugin’s PHP', () => {
  test('every file passes php -l', () => {
    const php = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? php(join(dir, entry.name)) : entry.name.endsWith('.php') ? [join(dir, entry.name)] : [],
      );
    const checked = [...php(PLUGIN), ...php(import.meta.dirname)];
    assert.ok(checked.length >= 10);
    for (const file of checked) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    }
  });

  test('nothing of the plugin’s in the PHP log', () => {
    const lines = site.debugLog().split('\n').filter((line) => line.includes('/plugins/ics-glossary/'));
    assert.deepEqual(lines, []);
  });

  test('uninstalling removes its options and per-post settings', () => {
    const stored = JSON.parse(wp('stored'));
    assert.ok(stored.options && stored.custom && stored.meta === 1, JSON.stringify(stored));
    wp('uninstall');
    assert.deepEqual(JSON.parse(wp('stored')), { options: null, custom: null, meta: 0 });
  });
});
