/**
 * What a failure says to a person: an Error's message, anything else as text. Every catch
 * that shows or returns a failure uses this one, so a thrown string, a DOMException and a
 * worker's rejected Error read alike.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { message?: unknown }).message === 'string'
  )
    return (e as { message: string }).message;
  return String(e);
}
