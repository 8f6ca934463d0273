export function contentSecurityPolicy(nonce: string, options?: { development?: boolean }): string;
export function staticSecurityHeaders(options: { production: boolean }): { key: string; value: string }[];
export function newNonce(): string;
