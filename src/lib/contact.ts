/**
 * The address readers write to about an error, from the setting in src/settings.ts
 * (`SITE.corrections`) and the site's own address, so a build for https://allies.example.org/
 * shows corrections@allies.example.org without anyone typing the domain twice.
 */

/** A mailbox name, the part of an address before `@`: letters, digits and `.`, `_`, `+`, `-`. */
const MAILBOX = /^[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?$/i;

/** A whole address: one `@`, a mailbox before it and a host name with a dot after it. */
const ADDRESS = /^[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/**
 * The corrections address: `setting` itself when it is a whole address, otherwise the mailbox
 * `setting` at the host of `site` (`SITE_URL`, path and port left out). Throws on a setting that
 * is neither, so a typo stops the build instead of printing a broken `mailto:` on every page.
 */
export function correctionsAddress(setting: string, site: string): string {
  const value = setting.trim();
  if (value.includes('@')) {
    if (!ADDRESS.test(value)) {
      throw new Error(
        `SITE.corrections in src/settings.ts: "${setting}" is not an email address such as corrections@example.org`,
      );
    }
    return value;
  }
  if (!MAILBOX.test(value)) {
    throw new Error(
      `SITE.corrections in src/settings.ts: "${setting}" is neither an email address nor a mailbox name such as corrections`,
    );
  }
  return `${value}@${new URL(site).hostname}`;
}

/** The `mailto:` link to an address. */
export function mailtoHref(address: string): string {
  return `mailto:${address}`;
}
