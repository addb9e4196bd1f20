/**
 * The inline script that applies the saved theme before first paint (no flash of the wrong
 * theme). It is inline because it must run before the body renders; astro.config.mjs adds its
 * sha256 hash to the Content Security Policy, since Astro does not hash `is:inline` scripts.
 */
export const THEME_SCRIPT =
  "(function(){var r=document.documentElement,s=null;try{s=localStorage.getItem('theme')}catch(e){}" +
  "var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;r.dataset.theme=d?'dark':'light'})();";

/** The CSP source expression for {@link THEME_SCRIPT}, e.g. `sha256-…`. */
export async function themeScriptHash(): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(THEME_SCRIPT));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
