// The demo site's colour scheme: the system's (site.css says
// `color-scheme: light dark`), or the reader's choice from the header's
// button, kept for the next page. A classic script in <head>, so the choice
// is on <html> before the first paint (no flash of the other scheme); the
// tags follow the page's color-scheme by themselves.
//
// The button is in each page's header HTML, so it has its place from the
// first paint (a button added later moved the page down: a layout shift).
// Its label's last word is site.css's, from <html data-theme>, so nothing
// here waits for the button to be parsed: one click listener on the document.
// `data-theme-toggle` on <html> says this script ran; without it (no
// JavaScript) site.css hides the button, which could do nothing.
(() => {
  const KEY = 'folio-demo-theme';
  const CHOICES = ['system', 'light', 'dark'];
  const root = document.documentElement;
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null; // storage blocked: the system's scheme
    }
  };
  const apply = (choice) => {
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
  };
  apply(stored());
  root.dataset.themeToggle = '';

  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.theme-toggle')) return;
    const next = CHOICES[(CHOICES.indexOf(root.dataset.theme ?? 'system') + 1) % CHOICES.length];
    apply(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // storage blocked: the choice lasts for this page
    }
  });
})();
