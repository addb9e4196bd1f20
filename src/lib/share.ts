/** Plain share links: ordinary URLs, no third-party scripts, nothing loaded until clicked. */
export interface ShareLink {
  label: string;
  href: string;
}

/**
 * Links that share `url` with `title`; `email` is the e-mail link's label in the page's language
 * (the networks keep their own names).
 */
export function shareLinks(title: string, url: string, email: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { label: email, href: `mailto:?subject=${t}&body=${u}` },
    {
      label: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    { label: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
}
