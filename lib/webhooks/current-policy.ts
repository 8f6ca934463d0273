import { env } from "@/lib/env";
import type { TargetPolicy } from "./target-policy";

/** The target policy of this server: https only in production; private addresses only with WEBHOOKS_ALLOW_PRIVATE_TARGETS=1. */
export function currentTargetPolicy(): TargetPolicy {
  const config = env();
  return { production: config.NODE_ENV === "production", allowPrivate: config.WEBHOOKS_ALLOW_PRIVATE_TARGETS === "1" };
}
