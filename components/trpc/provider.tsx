"use client";
// tRPC + React Query for interactive pages only; public read-only pages render on the server
// without this provider, so they ship no client data layer.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useLocale } from "next-intl";
import { type ReactNode, useState } from "react";
import superjson from "superjson";
import type { AppRouter } from "~/server/api/root";
import { MAX_BATCH_SIZE, UNBATCHED_PROCEDURES } from "~/server/api/trpc-limits";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // The server refuses batches over MAX_BATCH_SIZE and any batch holding a heavy procedure
      // (server/api/trpc-limits.ts): those travel alone.
      links: [
        splitLink({
          condition: (op) => UNBATCHED_PROCEDURES.has(op.path),
          // Field errors come back in the language of the page.
          true: httpLink({ url: "/api/trpc", transformer: superjson, headers: () => ({ "x-locale": locale }) }),
          false: httpBatchLink({
            url: "/api/trpc",
            transformer: superjson,
            maxItems: MAX_BATCH_SIZE,
            headers: () => ({ "x-locale": locale }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
