import type { MiddlewareHandler } from 'hono';
import { ExpectedError } from '../errors/expected-error.js';
import { ownOrigins } from './request-origin.js';

/**
 * CSRF defence of accounts mode (besides the SameSite=Strict cookie): a request that may change
 * something (anything but GET and HEAD) is refused when it carries an Origin other than this
 * server's own — its Host, over the request's scheme or https (request-origin.ts). Requests
 * without Origin (curl, scripts) carry no browser cookie by accident and are let through.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (method !== 'GET' && method !== 'HEAD') {
    const origin = c.req.header('origin');
    if (origin !== undefined && !ownOrigins(c).includes(origin.toLowerCase())) {
      throw new ExpectedError({ code: 'foreign_origin', params: {} });
    }
  }
  await next();
};
