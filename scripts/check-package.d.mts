// Types of scripts/check-package.mjs, for the Node test that runs its checks.
export const root: string;
export const NOT_SHIPPED: RegExp[];
export interface PackageJson {
  [field: string]: unknown;
}
export interface ToolResult {
  ok: boolean;
  output: string;
}
export function packedFiles(dir?: string): string[];
export function pointedPaths(pkg: PackageJson): Array<{ where: string; path: string }>;
export function contentProblems(pkg: PackageJson, files: string[]): string[];
export function runPublint(dir?: string): Promise<ToolResult>;
export function runAttw(dir?: string): ToolResult;
export function checkPackage(
  dir?: string,
): Promise<{ ok: boolean; files: string[]; problems: string[]; publint: ToolResult; attw: ToolResult }>;
