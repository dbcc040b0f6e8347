/**
 * `POST /v1/oauth2/token`: the legacy client-credentials flow. `{client_id, client_secret}` →
 * `{access_token, expires_in, token_type:"Bearer"}` (not wrapped in `success/data`); wrong credentials → 401.
 */
import type { Handler } from '../context.js';
import { json, readJson, unauthorized } from '../http.js';

export const issueToken: Handler = async (ctx, req) => {
  const body = await readJson(req);
  if (!body.ok) return body.reply;
  const { client_id: clientId, client_secret: clientSecret } = (body.value ?? {}) as Record<string, unknown>;
  const token = ctx.auth.issueToken(clientId, clientSecret);
  if (token === undefined) return unauthorized();
  ctx.options.log('access token issued');
  return json(200, token);
};
