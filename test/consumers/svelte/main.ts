// The tags are registered before Svelte mounts, so Svelte sets `items` as a property.
import 'folio-elements/folio.css';
import 'folio-elements/post-nav';
import 'folio-elements/related-posts';
import 'folio-elements/report-dialog';
import type {} from 'folio-elements/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
