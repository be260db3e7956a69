/** Pages with forms of their own (mailed links lead to them): their bodies are url-encoded. */
export const ACCOUNT_PAGE_PATHS = ['/reset-password', '/verify-email'];
