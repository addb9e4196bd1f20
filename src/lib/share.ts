/** Plain share links: ordinary URLs, no third-party scripts, nothing loaded until clicked. */
export interface ShareLink {
  label: string;
  href: string;
}

export function shareLinks(title: string, url: string, locale: 'en' | 'es' = 'en'): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { label: locale === 'es' ? 'Correo' : 'Email', href: `mailto:?subject=${t}&body=${u}` },
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
