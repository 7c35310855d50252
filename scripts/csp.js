/**
 * The Content-Security-Policy of a strict site, shared by the demo server (`npm start`), the screenshot
 * script and the test runner, so that the demo's CMS page is served exactly as the tests check it.
 */

/** No inline script or style, and Trusted Types for every script sink. */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // The site's own policy and no other: the elements write no markup through a sink, so they need none.
  'trusted-types cms',
].join('; ');

/** The demo pages a strict CMS would serve: the policy comes with them from every server. */
export const strictDemoPages = ['/demo/cms.html'];

/** Dev-server middleware that sends the strict policy with every response whose path `applies` to. */
export function strictCspMiddleware(applies) {
  return async (ctx, next) => {
    await next();
    if (applies(ctx.path)) ctx.set('Content-Security-Policy', strictCsp);
  };
}
