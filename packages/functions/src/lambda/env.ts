/**
 * SST delivers the TOKEN_SECRET secret as SST_Secret_value_TOKEN_SECRET (prefetched at deploy);
 * the app reads TOKEN_SECRET everywhere else.
 */
export function lambdaEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, TOKEN_SECRET: env["TOKEN_SECRET"] ?? env["SST_Secret_value_TOKEN_SECRET"] };
}
