// Registered before Vue mounts, so Vue sees each tag's properties and sets
// `items` and `blocks` as properties rather than attributes.
import 'folio-elements/folio.css';
import 'folio-elements/article';
import 'folio-elements/post-nav';
import 'folio-elements/related-posts';
import 'folio-elements/copyright-notice';
import 'folio-elements/report-dialog';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
