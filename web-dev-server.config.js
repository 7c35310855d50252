import { strictCspMiddleware, strictDemoPages } from './scripts/csp.js';

/** `npm start`: serves the built files and the demo pages. */
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  open: false,
  appIndex: undefined,
  middleware: [
    // The site's front page is the demo index.
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
    // The CMS page is served as a strict site serves it, so the demo shows the library working there.
    strictCspMiddleware((path) => strictDemoPages.includes(path)),
  ],
};
