/**
 * What a reader of a dated article sees: every term as it stood on the article's date, the later
 * changes in the change note alone, senses settled by what the page spelled out, and every word in
 * the page's language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define-all.js';
import { bundledGlossary } from '../../src/bundled.js';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { changeNote, phrasingFor, statusLine } from '../../src/present.js';
import { configure, DEFAULT_STRINGS, type Strings } from '../../src/settings.js';
import { autotag } from '../../src/tag/dom.js';
import { anchorOf, waitShown } from '../support/helpers.js';

async function open(term: IcsTerm): Promise<HTMLElement> {
  anchorOf(term).focus();
  const tip = await waitShown(term);
  (document.activeElement as HTMLElement | null)?.blur();
  return tip;
}
const part = (tip: HTMLElement, name: string) => tip.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const terms = (root: Element) => [...root.querySelectorAll<IcsTerm>('ics-term')];

describe('as of an article’s date', () => {
  it('the NHS Long Term Plan in January 2019 is current, with no word of what replaced it', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term as-of="2019-01-21">NHS Long Term Plan</ics-term>`);
    const tip = await open(el);
    expect(part(tip, 'status')).to.equal('Current · since 7 January 2019');
    expect(part(tip, 'definition')).not.to.match(/10 Year|2025|replaced/);
    expect(part(tip, 'change-note')).to.contain('Superseded from 3 July 2025, replaced by 10 Year Health Plan.');
  });

  it('a CCG in 2019 is a body at work, in the present tense; today it is abolished and replaced', async () => {
    const then = await fixture<IcsTerm>(html`<ics-term as-of="2019-01-21">CCGs</ics-term>`);
    const tip = await open(then);
    expect(part(tip, 'status')).to.equal('Current · since 1 April 2013');
    expect(part(tip, 'definition')).to.contain('plans and buys');
    expect(part(tip, 'change-note')).to.contain('Abolished from 1 July 2022, replaced by ICB.');
    const now = await fixture<IcsTerm>(html`<ics-term>CCGs</ics-term>`);
    expect(part(await open(now), 'status')).to.equal('Abolished · 1 April 2013 – 30 June 2022 · replaced by ICB');
  });

  it('a term not yet in use on the date says so, with no definition', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term as-of="2019-01-21">ICB</ics-term>`);
    const tip = await open(el);
    expect(part(tip, 'definition')).to.equal(undefined);
    expect(part(tip, 'status')).to.equal('Not yet in use');
    expect(part(tip, 'change-note')).to.match(/^In use from \d+ July 2021\.$/);
    expect(anchorOf(el).getAttribute('aria-description')).to.contain('Not yet in use');
  });

  it('the accessible description says what the tooltip says, and names no later year', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term as-of="2019-01-21">ICS</ics-term>`);
    const description = anchorOf(el).getAttribute('aria-description')!;
    const facts = bundledGlossary.factsAt(bundledGlossary.byId('ics')!, '2019-01-21');
    expect(description).to.contain(facts.definition!);
    const phrasing = phrasingFor(DEFAULT_STRINGS, 'en-GB');
    const shown = `integrated care system. ${facts.definition} ${statusLine(facts, phrasing)}.`;
    expect(description).to.equal(`${shown} ${changeNote(facts, phrasing)}`);
    expect(shown.match(/\b20\d\d\b/g)!.every((year) => year <= '2019')).to.equal(true);
  });

  it('a date narrows the senses: in mid-2016 an STP was only the plan', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term as-of="2016-06-01">STP</ics-term>`);
    const tip = await open(el);
    expect(part(tip, 'expansion')).to.equal('(sustainability and transformation plan)');
  });
});

describe('senses the page has spelled out', () => {
  it('a bare ICP after “integrated care provider” means the provider, tagged or hand-marked', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <p>An integrated care provider (ICP) holds one contract. The ICP is paid a fixed sum.</p>
      <p>Hand-marked later: <ics-term as-of="2019-01-21">ICP</ics-term>.</p>
    </div>`);
    autotag(root, { firstOnly: false, asOf: '2019-01-21' });
    const [spelled, acronym, bare, hand] = terms(root);
    expect(spelled!.getAttribute('term')).to.equal('icp-provider');
    expect(acronym!.getAttribute('term')).to.equal('icp-provider');
    expect(bare!.getAttribute('term')).to.equal('icp-provider');
    await hand!.updateComplete;
    expect(part(await open(hand!), 'expansion')).to.equal('(integrated care provider)');
  });

  it('a hand-marked ICP means the sense spelled out nearest before it; one before anything is spelled out lists those of its date', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <p><ics-term as-of="2019-06-01">ICP</ics-term> first.</p>
      <p>An <ics-term>integrated care partnership</ics-term> met. The <ics-term as-of="2019-06-01">ICP</ics-term> agreed.</p>
      <p>Elsewhere an <ics-term>integrated care provider</ics-term> held a contract; the <ics-term as-of="2019-06-01">ICP</ics-term> was paid.</p>
    </div>`);
    const [first, , afterPartnership, , afterProvider] = terms(root);
    expect(part(await open(first!), 'heading')).to.equal('ICP can mean:');
    expect(part(await open(afterPartnership!), 'expansion')).to.equal('(integrated care partnership)');
    expect(part(await open(afterProvider!), 'expansion')).to.equal('(integrated care provider)');
  });

  it('a spelled-out term taken off the page settles nothing; put back, it settles the terms after it again', async () => {
    const root = await fixture<HTMLElement>(html`<div><p>An <ics-term>integrated care provider</ics-term> held a contract.</p></div>`);
    const [spelled] = terms(root);
    await spelled!.updateComplete;
    const addIcp = async () => {
      root.insertAdjacentHTML('beforeend', '<p>The <ics-term as-of="2019-06-01">ICP</ics-term> was paid.</p>');
      const icp = terms(root).at(-1)!;
      await icp.updateComplete;
      return open(icp);
    };
    spelled!.remove();
    expect(part(await addIcp(), 'heading')).to.equal('ICP can mean:');
    // Back on the page, where it is not updated again: it still names its sense.
    root.prepend(spelled!);
    expect(part(await addIcp(), 'expansion')).to.equal('(integrated care provider)');
  });

  it('with firstOnly, the acronym right after its spelled-out form is not tagged again', async () => {
    const root = await fixture<HTMLElement>(html`<p>An integrated care partnership (ICP) met; the ICP agreed.</p>`);
    autotag(root, { asOf: '2024-01-01' });
    expect(terms(root).map((t) => t.textContent)).to.deep.equal(['integrated care partnership']);
  });

  it('without anything spelled out, a hand-marked ICP of today lists its senses in use', async () => {
    const el = await fixture<IcsTerm>(html`<ics-term>ICP</ics-term>`);
    const tip = await open(el);
    expect(part(tip, 'expansion')).to.equal('(integrated care partnership)');
  });
});

describe('in the page’s language', () => {
  const FRENCH: Partial<Strings> = {
    source: 'Source',
    moreInGlossary: 'Plus dans le glossaire',
    statusCurrent: 'En vigueur',
    statusAbolished: 'Supprimé',
    since: 'depuis',
    statusFromReplaced: '{status} à partir du {date}, remplacé par {successor}.',
    sinceThen: 'Depuis ({date}) : {text}',
  };
  const FRENCH_GLOSSARY = {
    entries: [
      {
        id: 'gcc',
        term: 'GCC',
        expansion: 'groupe de commissionnement clinique',
        definition: 'Organisme du NHS, dirigé par des médecins généralistes, qui achète les soins de son territoire.',
        category: 'organisation',
        status: 'abolished',
        validFrom: '2013-04-01',
        validTo: '2022-06-30',
        supersededBy: 'icb',
        earlier: [{ until: '2022-07-01', definition: 'Organisme du NHS qui achète les soins de son territoire.' }],
        timeline: [{ date: '2022-07-01', text: 'Les ICB reprennent leur rôle.' }],
        sources: [{ title: 'Glossaire', publisher: 'Ministère', url: 'https://example.org/glossaire' }],
      },
    ],
  };

  afterEach(() => configure({ strings: DEFAULT_STRINGS }));

  it('a French page with its own glossary and strings has no English left in the tooltip', async () => {
    configure({ strings: FRENCH });
    const root = await fixture<HTMLElement>(html`<div lang="fr">
      <ics-glossary-provider .data=${FRENCH_GLOSSARY}><ics-term as-of="2019-01-21">GCC</ics-term></ics-glossary-provider>
    </div>`);
    const term = root.querySelector<IcsTerm>('ics-term')!;
    await term.updateComplete;
    const tip = await open(term);
    expect(part(tip, 'status')).to.equal('En vigueur · depuis 1 avril 2013');
    expect(part(tip, 'change-note')).to.equal(
      'Supprimé à partir du 1 juillet 2022, remplacé par ICB. Depuis (1 juillet 2022) : Les ICB reprennent leur rôle.',
    );
    const text = tip.textContent!.replace(/\s+/g, ' ');
    const english = Object.entries(DEFAULT_STRINGS)
      .filter(([key]) => key in FRENCH && FRENCH[key as keyof Strings] !== DEFAULT_STRINGS[key as keyof Strings])
      .flatMap(([, value]) => value.split(/\{\w+\}/))
      .map((s) => s.trim())
      .filter((s) => s.length > 3);
    for (const phrase of [...english, 'April', 'July', 'January']) expect(text).not.to.contain(phrase);
  });

  it('a Welsh page names the months in Welsh, through the browser or through the strings', async () => {
    // Browsers built with a reduced set of locales (Chromium among them) cannot write Welsh dates.
    const known = Intl.DateTimeFormat.supportedLocalesOf('cy').length > 0;
    if (!known) {
      configure({
        strings: { months: 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr' },
      });
    }
    const el = await fixture<HTMLElement>(html`<p lang="cy"><ics-term as-of="2019-01-21">CCG</ics-term></p>`);
    const tip = await open(el.querySelector<IcsTerm>('ics-term')!);
    expect(part(tip, 'status')).to.contain('1 Ebrill 2013');
  });
});
