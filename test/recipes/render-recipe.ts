// Runs the CMS recipes in docs/recipes/ with their real engines — php-cli for
// the PHP template, Python's Jinja2 for the Jinja one — so that the Node tests
// and the browser tests' route (test/routes/recipes.ts) check what those
// engines actually print, not a copy of it.
import { execFile, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The template recipes: their pages hold the article as the CMS printed it (<p>, <folio-section-heading>). */
export const RECIPES = ['plain-html', 'php', 'jinja'] as const;
/** The Node theme's page is server-rendered (folio-elements/ssr): the tags' own markup, declarative shadow DOM. */
export const SSR_RECIPE = 'node';
export type Recipe = (typeof RECIPES)[number] | typeof SSR_RECIPE;

/** The URLs of the two lines every recipe's page puts in its <head> (for the Node recipe, the script is the hydrating entry). */
export interface Assets {
  css: string;
  js: string;
}

const recipesDir = fileURLToPath(new URL('../../docs/recipes/', import.meta.url));
export const SEED_ARTICLE = fileURLToPath(new URL('../../fixtures/seed-article/article.json', import.meta.url));
export const HOSTILE_ARTICLE = fileURLToPath(new URL('./hostile-article.json', import.meta.url));

/** The URLs written in the recipes; a page is rendered with the caller's instead. */
export const RECIPE_ASSETS: Assets = { css: '/folio-elements/dist/folio.css', js: '/folio-elements/dist/folio.js' };

const SSR_ALIAS = new URL('./ssr-alias.mjs', import.meta.url).href;
const INSTALL_HINT = 'The CMS recipes are rendered by their real engines: sudo apt-get install php-cli python3-jinja2';

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

let python: string | undefined;
/** A Python 3 that can import jinja2: Debian's (python3-jinja2) first, then the one on PATH. */
export function pythonWithJinja(): string {
  python ??= ['/usr/bin/python3', 'python3'].find((candidate) => works(candidate, ['-c', 'import jinja2']));
  if (!python) throw new Error(`No python3 with jinja2. ${INSTALL_HINT}`);
  return python;
}

export function php(): string {
  if (!works('php', ['-v'])) throw new Error(`No php. ${INSTALL_HINT}`);
  return 'php';
}

interface Output {
  page: string;
  /** What the renderer printed to stderr: the tags' warnings naming bad attributes, for the Node recipe. */
  warnings: string;
}

function run(command: string, args: string[], { warningsAllowed = false } = {}): Promise<Output> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: recipesDir, encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
        // A PHP notice or a Python warning is a bug in the recipe.
        else if (stderr.trim() && !warningsAllowed)
          reject(new Error(`${command} ${args.join(' ')} printed to stderr:\n${stderr}`));
        else resolve({ page: stdout, warnings: stderr });
      },
    );
  });
}

/**
 * The page a recipe renders for an article JSON file, with the head's two
 * URLs pointing at `assets`. The plain HTML recipe is the seed page written by
 * hand, so it has no article to take; only its two URLs are swapped.
 */
export async function renderRecipe(recipe: Recipe, article: string, assets: Assets = RECIPE_ASSETS): Promise<string> {
  return (await renderRecipeOutput(recipe, article, assets)).page;
}

export async function renderRecipeOutput(
  recipe: Recipe,
  article: string,
  assets: Assets = RECIPE_ASSETS,
): Promise<Output> {
  switch (recipe) {
    case 'plain-html': {
      if (article !== SEED_ARTICLE)
        throw new Error('The plain HTML recipe is the seed page itself; it renders no other article.');
      const page = await readFile(`${recipesDir}plain-html/seed-article.html`, 'utf8');
      return {
        page: swapAsset(
          swapAsset(page, `href="${RECIPE_ASSETS.css}"`, `href="${assets.css}"`),
          `src="${RECIPE_ASSETS.js}"`,
          `src="${assets.js}"`,
        ),
        warnings: '',
      };
    }
    case 'php':
      return run(php(), ['php/render.php', article, assets.css, assets.js]);
    case 'jinja':
      return run(pythonWithJinja(), ['jinja/render.py', article, assets.css, assets.js]);
    case 'node':
      // The recipe imports folio-elements/ssr as a theme does; the alias points it at src/ssr.
      return run(
        process.execPath,
        ['--import', 'tsx', '--import', SSR_ALIAS, 'node/render.mjs', article, assets.css, assets.js],
        { warningsAllowed: true },
      );
  }
}

function swapAsset(page: string, from: string, to: string): string {
  if (page.split(from).length !== 2) throw new Error(`The plain HTML recipe should contain ${from} exactly once.`);
  return page.replace(from, () => to);
}
