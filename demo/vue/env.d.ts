// Lets TypeScript (the repository's type check) read `import App from './App.vue'`.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
