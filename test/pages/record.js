// Loaded first, from a file, so that it runs under a CSP that blocks inline script: records what a
// test asserts never happens.
window.violations = [];
window.errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim());
});
addEventListener('error', (event) => window.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
