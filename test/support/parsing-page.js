/**
 * A page the server sends in two parts, a moment apart, cut in the middle of a term's text: how a CMS
 * page reaches a browser over a slow network. The browser parses the first part, runs the page's
 * scripts and microtasks, and only then gets the rest of the term's words.
 *
 * `/__ics/parsing?build=classic|module&at=head|end`: the classic or module build, in `<head>` or at
 * the end of `<body>`. `window.warnings` holds what the page logged with console.warn.
 */
const BUILDS = {
  classic: '<script src="/dist/ics-glossary.iife.js"></script>',
  module: '<script type="module" src="/dist/ics-glossary.js"></script>',
};
const PAUSE_MS = 300;

export async function parsingPage(ctx, next) {
  if (ctx.path !== '/__ics/parsing') return next();
  const script = BUILDS[ctx.query.build];
  const head = ctx.query.at === 'head' ? script : '';
  const end = ctx.query.at === 'end' ? script : '';
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.write(`<!doctype html><html lang="en"><head><script>
      window.warnings = [];
      const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
    </script>${head}</head><body><p>The <ics-term>ICS</ics-term> and the <ics-term>integrated ca`);
  // Enough for the parser to stop and the page's microtasks to run; padding so no buffer holds it back.
  res.write(`<!-- ${' '.repeat(2048)} -->`);
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  res.end(`re board</ics-term> plan care; <ics-term>XYZZY</ics-term> is no term.</p>${end}</body></html>`);
}
