/** API settings read from the environment by `newsgraph serve`. */

export interface ApiEnvSettings {
  readonly apiToken: string | undefined;
  readonly corsOrigins: readonly string[] | "*";
  /** Whether the schema answers introspection (on unless NEWSGRAPH_INTROSPECTION is `false`/`0`/`off`). */
  readonly introspection: boolean;
}

/**
 * NEWSGRAPH_API_TOKEN (writing via ingestArticles) and NEWSGRAPH_CORS_ORIGINS (comma-separated
 * origins, or `*`, the default: reading is public and writing needs a bearer token, not a cookie).
 */
export function apiSettingsFromEnv(env: NodeJS.ProcessEnv): ApiEnvSettings {
  const token = env.NEWSGRAPH_API_TOKEN?.trim();
  const origins = (env.NEWSGRAPH_CORS_ORIGINS ?? "*")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  return {
    apiToken: token === "" ? undefined : token,
    corsOrigins: origins.length === 0 || origins.includes("*") ? "*" : origins,
    introspection: !["false", "0", "off", "no"].includes(
      (env.NEWSGRAPH_INTROSPECTION ?? "").trim().toLowerCase(),
    ),
  };
}
