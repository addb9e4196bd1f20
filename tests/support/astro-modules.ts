/**
 * Loads project modules through Astro's Vite setup, as Vitest does, for the authoring scripts
 * (`docs:fields`, `schemas:editor`, `new`): the schemas import `astro:content`, which only
 * Astro's Vite plugins resolve.
 */
import { getViteConfig } from 'astro/config';
import { createServer, createServerModuleRunner } from 'vite';
import { DEFAULT_SITE_URL } from '../../src/settings.ts';

/** Imports a module by its absolute path, through Astro's plugins. */
export type LoadModule = <Module>(path: string) => Promise<Module>;

/** Runs `use` with a loader for project modules, and closes Vite's server afterwards. */
export async function withAstroModules<T>(use: (load: LoadModule) => Promise<T>): Promise<T> {
  // These scripts render no page, so the site address does not matter; but Astro's production
  // config stops without one (src/integrations/require-site-url.ts).
  process.env['SITE_URL'] ??= DEFAULT_SITE_URL;
  // Astro's build-time Vite config: its dev-server setup starts work these scripts never wait for.
  const astroVite = getViteConfig({ logLevel: 'warn' }, { logLevel: 'warn' });
  const config = await astroVite({ command: 'build', mode: 'production' });
  const server = await createServer({
    ...config,
    configFile: false,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    // Nothing here runs in a browser: no dependency scan or pre-bundling.
    optimizeDeps: { noDiscovery: true, entries: [] },
  });
  try {
    const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
    return await use(<Module>(path: string) => runner.import<Module>(path));
  } finally {
    await server.close();
  }
}
