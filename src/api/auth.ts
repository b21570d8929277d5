/**
 * Who may write: a request carrying `Authorization: Bearer <token>` equal to the server's
 * NEWSGRAPH_API_TOKEN. Reading needs nothing.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether the presented token is the configured one. Hashing first gives equal-length inputs,
 * so the comparison takes the same time whatever the presented token is.
 */
export function isAuthorizedWriter(configuredToken: string | undefined, presented: string | null): boolean {
  if (!configuredToken || presented === null) return false;
  return timingSafeEqual(digest(configuredToken), digest(presented));
}
