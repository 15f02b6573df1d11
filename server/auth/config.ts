// next-auth: email + password. The JWT holds only the user id; the role is read fresh per request.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "~/server/env";
import { AppError } from "~/server/errors";
import { logger } from "~/server/logger";
import { authenticate, ZCredentialsSchema } from "~/server/services/accounts/authenticate";
import { clientIp } from "./client-ip";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // The app is run behind its own reverse proxy; the host header is the one we were given.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZCredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const userId = await authenticate({ ...parsed.data, ip: clientIp(request.headers) });
          return userId ? { id: userId } : null;
        } catch (err) {
          if (err instanceof AppError && err.code === "RATE_LIMITED") throw new RateLimitedSignIn();
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is an answer, not a server error.
      if (error instanceof CredentialsSignin) return;
      logger.error("auth.error", { error });
    },
    warn(code) {
      logger.warn("auth.warn", { code });
    },
  },
});
