import type { APIRequestContext } from '@playwright/test';

/** The script URLs a page's HTML asks for: its first load. Anything fetched later came from a dynamic import. */
export async function firstLoadScripts(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]!);
}
