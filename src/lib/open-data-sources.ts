/**
 * How the open data describes a source (src/lib/open-data.ts): every field says what it holds in
 * English (`description`, also in allies.schema.json) and in Spanish (`es`, for the /data/ page).
 */
import { z } from 'astro/zod';
import { SOURCE_FORMS, STATE_MEDIA } from '../schemas/source';
import type { Source } from './entry';

export const sourceRecord = z.object({
  id: z.string().meta({
    description: 'Stable identifier of the source on this site',
    es: 'Identificador estable de la fuente en este sitio',
  }),
  title: z.string().meta({
    description: 'The document’s title, as its publisher gives it',
    es: 'El título del documento, tal como lo da quien lo publica',
  }),
  publisher: z.string().meta({
    description: 'Whose work it is, by name',
    es: 'De quién es el documento, por su nombre',
  }),
  via: z
    .object({
      site: z.string().meta({
        description: 'The site it was read on',
        es: 'El sitio en que se leyó',
      }),
      form: z.enum(SOURCE_FORMS).meta({
        description:
          'What that site carries: the story republished, a copy, the text, a summary, a translation or an archived copy',
        es: 'Qué publica ese sitio: la noticia reproducida, una copia, el texto, un resumen, una traducción o una copia archivada',
      }),
    })
    .nullable()
    .meta({
      description: 'Where it was read, when not on its publisher’s own site; null otherwise',
      es: 'Dónde se leyó, cuando no fue en el sitio de quien lo publica; null si no',
    }),
  citing: z.string().nullable().meta({
    description: 'Whose figures or statement the report relays; null when none',
    es: 'De quién son las cifras o la declaración que recoge; null si no',
  }),
  url: z.url().meta({ description: 'https link to the document', es: 'Enlace https al documento' }),
  stateMedia: z.enum(STATE_MEDIA).nullable().meta({
    description:
      'The state that controls the outlet, when the source is state media or a repost of it (russia: Russian state media such as TASS or Sputnik); null for other sources',
    es: 'El Estado que controla el medio, cuando la fuente es un medio estatal o una reproducción de uno (russia: medios estatales rusos como TASS o Sputnik); null en las demás fuentes',
  }),
});

/** A source as the open data publishes it. */
export function sourceRecordOf(source: Source): z.infer<typeof sourceRecord> {
  return {
    id: source.id,
    title: source.data.title,
    publisher: source.data.publisher,
    via: source.data.via ?? null,
    citing: source.data.citing ?? null,
    url: source.data.url,
    stateMedia: source.data.stateMedia ?? null,
  };
}
