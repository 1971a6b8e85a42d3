/** Where the host's own pages live, every one behind sign-in. */
export const HOST_PATHS = ["/dashboard", "/dashboard/*", "/onboarding", "/onboarding/*", "/settings", "/settings/*"] as const;
