import 'server-only';
// What every route handler shares: private answers (headers), files as attachments (one
// Content-Disposition builder), the one 303 to the sign-in page, and a database that does not answer
// as a translated 503. Route handlers and lib/<domain>/http.ts modules build their responses here.
export { isDatabaseUnavailable, withDatabaseErrors } from './database';
export { PERSONAL_HEADERS, PRIVATE_HEADERS, jsonError } from './headers';
export { contentDisposition, fileResponse, type DownloadFile } from './files';
export { signInPath, signInRedirect } from './signin';
