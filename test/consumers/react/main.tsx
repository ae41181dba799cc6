// The tags are registered before React renders, so React 19 sets `items` as a property.
import 'folio-elements/folio.css';
import 'folio-elements/post-nav';
import 'folio-elements/related-posts';
import 'folio-elements/report-dialog';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
