/** A problem with one input that the user can act on: printed as one line naming the input, never a stack. */
export class InputError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`${input}: ${reason}`);
  }
}
