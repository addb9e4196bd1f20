/**
 * The colour of each ally status on the maps and in their legend, as Tailwind classes. Kept in
 * components/ so Tailwind's source scan sees the class names; the world map, its legend and the
 * locator map all read them from here, so a status has one colour everywhere.
 */
import type { CountryStatus } from '../schemas/country';

export const STATUS_FILL = {
  designated: 'fill-ally',
  revoked: 'fill-ally-revoked',
  'treated-as': 'fill-ally-treated',
} as const satisfies Record<CountryStatus, string>;

export const STATUS_SWATCH = {
  designated: 'bg-ally',
  revoked: 'bg-ally-revoked',
  'treated-as': 'bg-ally-treated',
} as const satisfies Record<CountryStatus, string>;
