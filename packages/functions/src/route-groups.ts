import type { AppDeps } from "./deps.ts";
import type { LazyGroup, RouteApp } from "./lazy/lazy-routes.ts";
import { HOST_PATHS } from "./pages/host/paths.ts";

const group = (deps: AppDeps, paths: readonly string[], routes: () => Promise<(deps: AppDeps) => RouteApp>): LazyGroup => ({
  paths,
  load: async () => (await routes())(deps),
});

/**
 * The app's routes in the order they match, each group's module (and the libraries only it uses:
 * zod and OpenAPI for the API, CSV for the journal, QR codes for the dashboard…) loaded on the
 * first request under its paths. A path no route of a group answers falls through to the next.
 */
export function routeGroups(deps: AppDeps): LazyGroup[] {
  return [
    group(deps, ["/api/*", "/ical/*"], async () => (await import("./api/index.ts")).apiRoutes),
    group(deps, ["/a/*"], async () => (await import("./pages/actions/routes.tsx")).actionRoutes),
    // Before the booking pages: /signin/<token> has the shape of /<handle>/<link>.
    group(deps, ["/signin", "/signin/*", "/signout"], async () => (await import("./pages/signin/routes.tsx")).signInRoutes),
    group(deps, HOST_PATHS, async () => (await import("./pages/host/routes.tsx")).hostRoutes),
    group(deps, ["/journal", "/journal/*"], async () => (await import("./pages/journal/routes.tsx")).journalPageRoutes),
    group(deps, ["/:handle/:link", "/:handle/:link/*"], async () => (await import("./pages/booking/routes.tsx")).bookingRoutes),
  ];
}
