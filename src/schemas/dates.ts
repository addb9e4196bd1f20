import { z } from 'astro/zod';

/** How precisely a date is known: many designations are only known to the month or year. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date known to the year, month or day, e.g. `1987`, `2004-06` or `2022-05-23`. */
export interface PartialDate {
  /** The date as written, in ISO 8601 form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  iso: string;
  /** How much of the date is known, read from the form it was written in. */
  precision: DatePrecision;
}

/** How a {@link PartialDate} is written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when year, month and day name a real calendar day (no 2022-02-30). */
function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * YAML turns an unquoted `2022-05-23` into a Date and `1987` into a number; both are accepted
 * and turned back into text so authors need not quote dates.
 */
function dateInputToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a {@link PartialDate}, or returns null. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { iso: text, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { iso: text, precision: 'month' };
  if (!isRealDay(year, month, Number(d))) return null;
  return { iso: text, precision: 'day' };
}

/** Schema for a {@link PartialDate} written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.preprocess(
  dateInputToText,
  z
    .string({ error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
    .transform((text, ctx): PartialDate => {
      const parsed = parsePartialDate(text);
      if (!parsed) {
        ctx.addIssue({
          code: 'custom',
          message: `"${text}" is not a real date; write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-05-23)`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
);

/** How a date-time is written with its UTC offset, e.g. `2022-03-10T21:40:00-05:00`. */
export const ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 date-time that states its UTC offset and names a real instant. */
export function isZonedDateTime(text: string): boolean {
  const m = ZONED.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  if (!isRealDay(Number(y), Number(mo), Number(d))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  return !Number.isNaN(Date.parse(text));
}

/**
 * A moment in time written with its UTC offset, e.g. `2022-03-10T21:40:00-05:00`. Kept as
 * written so the offset the newsroom used survives. (Our loader reads YAML without timestamp
 * conversion; the Date branch below only fires if that ever changes.)
 */
export const zonedDateTime = z.custom<string>(
  (value) => typeof value === 'string' && isZonedDateTime(value),
  {
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date-time in quotes, e.g. "2022-03-10T21:40:00-05:00", so its UTC offset is kept'
        : 'expected a date-time with its UTC offset, e.g. "2022-03-10T21:40:00-05:00"',
  },
);

/** When a piece was published: a date-time with offset, or a day when the time is not known. */
export interface Timestamp {
  /** As written: `YYYY-MM-DD` or an ISO date-time with offset. */
  iso: string;
  /** `minute` when the time of day is known, `day` when only the date is. */
  precision: 'day' | 'minute';
}

/** Schema for a {@link Timestamp}: `2022-03-10` or `"2022-03-10T21:40:00-05:00"`. */
export const timestamp = z.preprocess(
  dateInputToText,
  z
    .string({ error: 'expected a date (2022-03-10) or a quoted date-time with offset' })
    .transform((text, ctx): Timestamp => {
      if (isZonedDateTime(text)) return { iso: text, precision: 'minute' };
      const day = parsePartialDate(text);
      if (day?.precision === 'day') return { iso: text, precision: 'day' };
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a date (2022-03-10) or a date-time with offset ("2022-03-10T21:40:00-05:00")`,
      });
      return z.NEVER;
    }),
);
