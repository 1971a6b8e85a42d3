import { z } from "../zod.ts";

export const Email = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be an email address"))
  .openapi({ example: "dana@example.com" });

export const StartSignInBody = z.object({ email: Email }).strict().openapi("StartSignIn");
export const SignInStarted = z.object({ message: z.string() }).openapi("SignInStarted");

export const VerifyBody = z
  .object({ email: Email, code: z.string().regex(/^\d{6}$/, "must be the 6 digits from the email").openapi({ example: "042917" }) })
  .strict()
  .openapi("VerifySignIn");

export const Profile = z
  .object({
    id: z.string(),
    email: z.string(),
    handle: z.string().nullable(),
    name: z.string(),
    headline: z.string(),
    about: z.string(),
    timeZone: z.string(),
  })
  .openapi("Profile");

export const SignedIn = z.object({ account: Profile, created: z.boolean() }).openapi("SignedIn");

export const SignOutBody = z
  .object({ everywhere: z.boolean().optional().openapi({ description: "End every session of the account, not only this one" }) })
  .strict()
  .openapi("SignOut");
export const SignedOut = z.object({ ended: z.number().int() }).openapi("SignedOut");

export const NewTokenBody = z
  .object({ name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters").regex(/^[^\u0000-\u001f\u007f]*$/, "must be a single line of text") })
  .strict()
  .openapi("NewApiToken");
export const CreatedToken = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), token: z.string().openapi({ description: "Shown once; only its hash is kept" }) })
  .openapi("CreatedApiToken");
export const TokenInfo = z.object({ id: z.string(), name: z.string(), createdAt: z.string() }).openapi("ApiToken");
export const TokenList = z.object({ items: z.array(TokenInfo) }).openapi("ApiTokenList");
export const CredentialParams = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/, "must be a token id as listed").openapi({ example: "3f2a9c0d1e4b5a6c" }),
});
