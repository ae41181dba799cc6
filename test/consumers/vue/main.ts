// The tags are registered before Vue mounts, so Vue sets `items` as a property.
import 'folio-elements/folio.css';
import 'folio-elements/post-nav';
import 'folio-elements/related-posts';
import 'folio-elements/report-dialog';
import type {} from 'folio-elements/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
