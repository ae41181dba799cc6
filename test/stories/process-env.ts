// Storybook's browser code reads `process.env.NODE_ENV`, which Vite replaces
// when it builds Storybook and the test server does not. Imported before
// Storybook's modules (imports run in order), for this test page only.
const global = globalThis as { process?: { env: Record<string, string> } };
global.process ??= { env: { NODE_ENV: 'test' } };
export {};
