import { z } from 'zod';

// Moat keeps web addresses for people to follow: http and https only. A `javascript:`, `data:`
// or `file:` URL would run script or open a local file where a front end shows it as a link.

export const WEB_ADDRESS_MESSAGE = 'must be an absolute http or https URL';

/** Whether `url` is a web address Moat keeps. */
export const isWebAddress = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/** A web address as text, as record files hold it. */
export const webAddressText = z
  .url(WEB_ADDRESS_MESSAGE)
  .refine((text) => isWebAddress(new URL(text)), WEB_ADDRESS_MESSAGE);
