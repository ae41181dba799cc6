// The tags are registered before React renders (module imports run first), so
// React 19 finds their properties (`items in element`) and sets `items` and
// `blocks` as properties instead of stringifying them into attributes.
import 'folio-elements/folio.css';
import 'folio-elements/article';
import 'folio-elements/post-nav';
import 'folio-elements/related-posts';
import 'folio-elements/copyright-notice';
import 'folio-elements/report-dialog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
