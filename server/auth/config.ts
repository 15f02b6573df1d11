// next-auth: JWT sessions. The token holds the user id and their session version; the role is read
// fresh per request, and a bumped version ends the session (docs/decisions/004, 014).
// The Credentials provider redeems only a short-lived ticket that server/services/accounts/
// sign-in-steps.ts issues after the password (and the second factor, when the person has one).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "~/server/env";
import { logger } from "~/server/logger";
import { redeemSessionTicket } from "~/server/auth/sign-in-steps";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

const ZTicketSchema = z.object({ ticket: z.string().min(1).max(4000) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // The app is run behind its own reverse proxy; the host header is the one we were given.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(raw) {
        const parsed = ZTicketSchema.safeParse(raw);
        if (!parsed.success) return null;
        const person = await redeemSessionTicket(parsed.data.ticket);
        return person ? { id: person.userId, sessionVersion: person.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      // A token without a version predates decision 014: it names no current session.
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
  logger: {
    error(error) {
      // A refused ticket is an answer, not a server error.
      if (error instanceof CredentialsSignin) return;
      logger.error("auth.error", { error });
    },
    warn(code) {
      logger.warn("auth.warn", { code });
    },
  },
});
