/** An error a person should read: HTTP status, stable code, Norwegian message. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Fant ikke det du ba om.') => new AppError(404, 'not_found', what);
export const forbidden = (message = 'Du har ikke tilgang til å gjøre dette.') =>
  new AppError(403, 'forbidden', message);
export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', 'Du må logge inn for å fortsette.');
export const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError(400, 'invalid', message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError(409, 'conflict', message, details);
