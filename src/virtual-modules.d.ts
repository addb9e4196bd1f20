/** The site's origin as the CSS custom property --site-url (a Vite plugin in astro.config.mjs). */
declare module 'virtual:site-url.css';
