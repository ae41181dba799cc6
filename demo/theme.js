// The demo site's colour scheme: the system's (site.css says
// `color-scheme: light dark`), or the reader's choice from the header's
// button, kept for the next page. A classic script in <head>, so the choice
// is on <html> before the first paint (no flash of the other scheme); the
// tags follow the page's color-scheme by themselves.
(() => {
  const KEY = 'folio-demo-theme';
  const CHOICES = ['system', 'light', 'dark'];
  const LABELS = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
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

  document.addEventListener('DOMContentLoaded', () => {
    const header = document.querySelector('.site-header');
    if (!header) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'theme-toggle';
    const show = () => (button.textContent = LABELS[root.dataset.theme ?? 'system']);
    button.addEventListener('click', () => {
      const next = CHOICES[(CHOICES.indexOf(root.dataset.theme ?? 'system') + 1) % CHOICES.length];
      apply(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // storage blocked: the choice lasts for this page
      }
      show();
    });
    show();
    header.append(button);
  });
})();
