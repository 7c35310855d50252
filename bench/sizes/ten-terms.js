/**
 * The server-tagged page the data-less build is budgeted on: an article that uses ten glossary terms,
 * tagged by `tagHtml` with `embedGlossary`, so it carries the entries they need and no more.
 */
export const TEN_TERMS_ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Integrated care, explained</title></head>
<body><main><article>
<h1>Integrated care, explained</h1>
<p>Every part of England is covered by an ICS. Each one has an ICB, which took over from the CCG
on 1 July 2022, and an ICP that sets its strategy.</p>
<p>Before that, local areas worked together in an STP. GP practices work together in a PCN.</p>
<p>NHS England oversees the ICBs through the NHS Oversight Framework, under the Health and Care
Act 2022. Some areas talked of an accountable care organisation.</p>
</article></main></body></html>
`;

/** The tagged article, and how many terms it has. Needs the build's dist/server.js. */
export async function tenTermsPage() {
  const { tagHtml } = await import('../../dist/server.js');
  const html = tagHtml(TEN_TERMS_ARTICLE, { embedGlossary: true });
  return { html, terms: html.match(/<ics-term\b/g)?.length ?? 0 };
}
