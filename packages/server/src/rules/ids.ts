import { z } from 'zod';

/** Whether a text is a UUID (RFC 9562, or the nil and max UUIDs), as Moat's IDs and key ids are. */
export const isUuid = (text: string) => z.uuid().safeParse(text).success;
