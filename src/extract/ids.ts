import { createHash } from "node:crypto";

/**
 * A deterministic id: the same parts always give the same id, so re-running the
 * extraction over the same inputs lands on the same graph nodes.
 */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  const digest = createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16);
  return `${prefix}_${digest}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
