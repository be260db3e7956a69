import { Router, type Request, type Response } from 'express';
import { parseLinkToken, type CodePurpose } from '../../platform/auth/index.js';
import { toProblem, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { resetPassword, verifyEmailWithLink } from './accountLinks.js';
import { escapeHtml, form, sendPage, wantsHtml } from './htmlPage.js';

/** The form fields of a page's POST (application/x-www-form-urlencoded, taken as raw bytes). */
const formFields = (req: Request) =>
  new URLSearchParams(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');

/** The token of the link, only when this server made it (so nothing foreign is ever put in a page). */
const validToken = (deps: CommandApiDeps, req: Request, purpose: CodePurpose) => {
  const token = typeof req.query.token === 'string' ? req.query.token : '';
  return parseLinkToken(deps.codeSecret, purpose, token) ? token : undefined;
};

const invalidLink = (res: Response) =>
  sendPage(res, 400, 'This link does not work', '<p>Ask for a new mail from the app and open its link.</p>');

/**
 * The pages mailed links lead to (PUBLIC_URL, or APP_URL when an app handles them). A browser
 * (Accept: text/html) gets a small HTML page whose form posts back here; an app (JSON) gets what
 * to call instead. A page never reflects a token it did not issue, and a GET changes nothing
 * (mail scanners open links): the change happens on the form's POST.
 */
export function accountPageRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registerPages(registry);

  /** Runs a page's action; a refusal becomes a page with its reason instead of Problem Details. */
  const act = async (res: Response, title: string, action: () => Promise<string>) => {
    try {
      sendPage(res, 200, title, await action());
    } catch (thrown) {
      const error = toProblem(thrown);
      if (error.status >= 500) throw thrown;
      const reasons = Array.isArray(error.extensions.errors)
        ? (error.extensions.errors as { message: string }[]).map((e) => e.message)
        : [error.detail];
      const list = reasons.map((r) => `<li>${escapeHtml(String(r))}</li>`).join('');
      sendPage(res, error.status, error.title, `<ul>${list}</ul><p>Go back and try again.</p>`);
    }
  };

  router.get('/reset-password', (req, res) => {
    if (!wantsHtml(req)) {
      return res.json({
        action: { method: 'POST', href: '/v1/auth/password/reset', body: ['token', 'newPassword'] },
        detail: 'Send the token of this link with the new password',
      });
    }
    const token = validToken(deps, req, 'reset');
    if (!token) return invalidLink(res);
    const inputs =
      '<label>New password <input type="password" name="newPassword" autocomplete="new-password" minlength="10" maxlength="256" required></label>';
    sendPage(res, 200, 'Choose a new password', form('/reset-password', { token }, inputs, 'Set password'));
  });
  router.post('/reset-password', async (req, res) => {
    const fields = formFields(req);
    await act(res, 'Password changed', async () => {
      await resetPassword(deps, req, res, {
        token: fields.get('token') ?? '',
        newPassword: fields.get('newPassword') ?? '',
      });
      return '<p>Your password is changed, and every session has ended. Sign in again in the app.</p>';
    });
  });

  router.get('/verify-email', (req, res) => {
    if (!wantsHtml(req)) {
      return res.json({
        action: { method: 'GET', href: '/v1/auth/email/verify', query: ['token'] },
        detail: 'Send the token of this link',
      });
    }
    const token = validToken(deps, req, 'verify');
    if (!token) return invalidLink(res);
    sendPage(res, 200, 'Verify your email', form('/verify-email', { token }, '', 'Verify my email'));
  });
  router.post('/verify-email', async (req, res) => {
    const token = formFields(req).get('token') ?? '';
    await act(res, 'Email verified', async () => {
      await verifyEmailWithLink(deps, req, res, token);
      return '<p>Thank you: your email address is verified.</p>';
    });
  });

  router.get('/sign-in', (req, res) => {
    if (!wantsHtml(req)) {
      return res.json({
        action: { method: 'POST', href: '/v1/auth/passwordless/link', body: ['token'] },
        detail: 'Send the token of this link to sign in',
      });
    }
    if (!validToken(deps, req, 'signin')) return invalidLink(res);
    sendPage(
      res,
      200,
      'Sign in in the app',
      '<p>This link signs you in to the app: open it on the phone where the app is installed, or type the 6-digit code from the same mail into the app.</p>',
    );
  });
  return router;
}

const html = { 'text/html': { schema: z.string() } };
const nextCall = {
  'application/json': {
    schema: z
      .object({
        action: z.object({ method: z.string(), href: z.string() }).passthrough(),
        detail: z.string(),
      })
      .openapi('LinkPageAction'),
  },
};
const tokenQuery = z.object({ token: z.string().max(200) });
const formBody = (fields: Record<string, z.ZodString>) => ({
  content: { 'application/x-www-form-urlencoded': { schema: z.object(fields) } },
});

/** The pages in the OpenAPI document: HTML for browsers, the API call to make for apps. */
function registerPages(registry: OpenAPIRegistry): void {
  const page = (path: string, summary: string) =>
    registry.registerPath({
      method: 'get',
      path,
      summary,
      request: { query: tokenQuery },
      responses: {
        200: {
          description: 'A page (text/html), or the API call to make (JSON)',
          content: { ...html, ...nextCall },
        },
        400: { description: 'The link is not valid (a page that does not echo it)', content: html },
      },
    });
  page('/reset-password', 'Page of a mailed reset link: a form for the new password');
  page('/verify-email', 'Page of a mailed verification link: a button that verifies');
  page('/sign-in', 'Page of a mailed magic link: how to finish signing in in the app');
  const action = (path: string, summary: string, fields: Record<string, z.ZodString>) =>
    registry.registerPath({
      method: 'post',
      path,
      summary,
      request: { body: formBody(fields) },
      responses: {
        200: { description: 'Done (a page)', content: html },
        400: { description: 'Refused, with the reasons (a page)', content: html },
        422: { description: 'Used or expired link (a page)', content: html },
      },
    });
  action('/reset-password', 'The reset page form: sets the new password', {
    token: z.string(),
    newPassword: z.string(),
  });
  action('/verify-email', 'The verification page form: verifies the email', { token: z.string() });
}
