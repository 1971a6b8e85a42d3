/** An error the API answers as AWS does: status, `x-amzn-errortype` and `{ Message }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

export const validation = (message: string) => new ApiError(400, "ValidationException", message);
export const conflict = (message: string) => new ApiError(409, "ConflictException", message);
export const notFound = (message: string) => new ApiError(404, "ResourceNotFoundException", message);

/** AWS's wording for a member that breaks a constraint, so messages read like the real service's. */
export const constraint = (path: string, value: unknown, rule: string) =>
  validation(`1 validation error detected: Value '${String(value)}' at '${path}' failed to satisfy constraint: ${rule}`);
