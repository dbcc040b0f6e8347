/** A mistake in what the user gave the CLI (a missing file, a syntax error, no default export): one line, exit 1. */
export class UserInputError extends Error {
  override name = 'UserInputError';
}
