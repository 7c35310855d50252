/*
 * The demo's dark-mode switch. A classic script in <head>, so a stored choice applies before the first
 * paint; a file of its own, so it runs under the CMS page's strict CSP. Without a stored choice the
 * page follows the reader's system setting (demo.css: color-scheme: light dark).
 */
{
  // A block, so that these names stay out of the page's global scope.
  const KEY = 'ics-glossary-demo-theme';
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';

  const stored = localStorage.getItem(KEY);
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;

  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.theme-switch');
    const show = () => button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      localStorage.setItem(KEY, root.dataset.theme);
      show();
    });
    systemDark.addEventListener('change', show);
    show();
  });
}
