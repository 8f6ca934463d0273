import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { regionOf } from "@/lib/rules/regions";
import type { SimulatedPartner, SimulatorData } from "./simulator-data";

/**
 * A Partner Center stand-in on loopback: the endpoints this product reads, answering with the documented shapes and
 * error codes over its own small data set (./simulator-data.ts). For development, the demo and the tests; never for
 * production. `POST /_simulator/faults` makes the next answers fail (429 with `Retry-After`, 503, …) to test retries.
 */
export type Fault = { status: number; count: number; retryAfterSeconds?: number };
export type SimulatorRequest = { method: string; path: string; requestId: string | undefined; correlationId: string | undefined; status: number };

export type PartnerCenterSimulator = {
  url: string;
  data: SimulatorData;
  requests: SimulatorRequest[];
  injectFault: (fault: Fault) => void;
  /** Ends every session of a partner (access and refresh tokens), as revoking consent in Entra ID would. */
  revokeSessions: (partnerTenantId: string) => void;
  close: () => Promise<void>;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const collection = (items: unknown[], links?: unknown) => ({ totalCount: items.length, items, ...(links ? { links } : {}), attributes: { objectType: "Collection" } });
const pcError = (code: number, description: string, data: string[] = []) => ({ code, description, data, source: "PartnerFD" });
const MPA_FAQ = "https://docs.microsoft.com/partner-center/mpa-indirect-provider-faq";

function relationshipItem(partner: SimulatedPartner, type: string, state?: string) {
  return {
    id: partner.tenantId,
    name: partner.name,
    relationshipType: type,
    ...(state ? { state } : {}),
    mpnId: partner.mpnId,
    location: partner.country,
    attributes: { objectType: "PartnerRelationship" },
  };
}

export async function startPartnerCenterSimulator(data: SimulatorData, options: { port?: number; host?: string } = {}): Promise<PartnerCenterSimulator> {
  const faults: Fault[] = [];
  const codes = new Map<string, string>();
  const refreshTokens = new Map<string, string>();
  const revokeSessions = (partnerTenantId: string) => {
    for (const [token, tenant] of Object.entries(data.tokens)) if (tenant === partnerTenantId) delete data.tokens[token];
    for (const [token, tenant] of refreshTokens) if (tenant === partnerTenantId) refreshTokens.delete(token);
  };
  const requests: SimulatorRequest[] = [];
  const byTenant = (id: string) => data.partners.find((p) => p.tenantId === id);
  const sameRegion = (a: SimulatedPartner, b: SimulatedPartner) => {
    const ra = regionOf(a.country);
    const rb = regionOf(b.country);
    return ra.ok && rb.ok && ra.region.id === rb.region.id;
  };

  function answer(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const url = new URL(request.url ?? "/", "http://simulator");
    requests.push({
      method: request.method ?? "GET",
      path: url.pathname + url.search,
      requestId: request.headers["ms-requestid"] as string | undefined,
      correlationId: request.headers["ms-correlationid"] as string | undefined,
      status,
    });
    response.writeHead(status, {
      "Content-Type": "application/json; charset=utf-8",
      "MS-RequestId": (request.headers["ms-requestid"] as string | undefined) ?? randomUUID(),
      "MS-CorrelationId": (request.headers["ms-correlationid"] as string | undefined) ?? randomUUID(),
      ...headers,
    });
    response.end(body === undefined ? "" : JSON.stringify(body));
  }

  async function readJson(request: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
    } catch {
      return undefined;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://simulator");
    const path = url.pathname.toLowerCase();

    if (path === "/_simulator/faults" && request.method === "POST") {
      const fault = (await readJson(request)) as Fault;
      faults.push(fault);
      return answer(request, response, 204, undefined);
    }

    // Sign-in stand-in (development only): the "user" signs in as the partner named by `partner` (a tenant id), by
    // default the first indirect provider of the data set, and comes back with a one-time code.
    if (path === "/_simulator/authorize" && request.method === "GET") {
      const redirectUri = url.searchParams.get("redirect_uri") ?? "";
      const named = url.searchParams.get("partner");
      const partner = named ? byTenant(named) : data.partners.find((p) => p.kind === "indirect-provider");
      if (!/^https?:\/\//.test(redirectUri) || !partner) return answer(request, response, 400, { error: "invalid_request" });
      const code = randomUUID();
      codes.set(code, partner.tenantId);
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      return answer(request, response, 302, undefined, { Location: back.toString() });
    }
    if (path === "/_simulator/token" && request.method === "POST") {
      const body = ((await readJson(request)) ?? {}) as Record<string, string>;
      const tenant =
        body.grant_type === "authorization_code" ? codes.get(body.code ?? "") : body.grant_type === "refresh_token" ? refreshTokens.get(body.refresh_token ?? "") : undefined;
      const partner = tenant ? byTenant(tenant) : undefined;
      if (!partner) return answer(request, response, 400, { error: "invalid_grant" });
      codes.delete(body.code ?? "");
      refreshTokens.delete(body.refresh_token ?? "");
      const accessToken = `sim-at-${randomUUID()}`;
      const refreshToken = `sim-rt-${randomUUID()}`;
      data.tokens[accessToken] = partner.tenantId;
      refreshTokens.set(refreshToken, partner.tenantId);
      return answer(request, response, 200, { access_token: accessToken, refresh_token: refreshToken, expires_in: 3600, account: `admin@${partner.mpnId}.partner.example`, tenant_id: partner.tenantId });
    }
    if (path === "/_simulator/revoke" && request.method === "POST") {
      const body = ((await readJson(request)) ?? {}) as { partnerTenantId?: string };
      revokeSessions(body.partnerTenantId ?? "");
      return answer(request, response, 204, undefined);
    }

    const fault = faults[0];
    if (fault) {
      if (--fault.count <= 0) faults.shift();
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { "Retry-After": String(fault.retryAfterSeconds) };
      return answer(request, response, fault.status, pcError(fault.status, fault.status === 429 ? "Too many requests." : "Service unavailable."), headers);
    }

    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const caller = token ? byTenant(data.tokens[token] ?? "") : undefined;
    if (!caller) return answer(request, response, 401, pcError(401, "Unauthorized."));

    if (path === "/v1/relationships" && request.method === "GET") {
      const type = url.searchParams.get("relationship_type");
      if (type === "IsIndirectCloudSolutionProviderOf") {
        const items = data.relationships
          .filter((r) => r.providerTenantId === caller.tenantId)
          .flatMap((r) => {
            const reseller = byTenant(r.resellerTenantId);
            return reseller ? [relationshipItem(reseller, "is_indirect_cloud_solution_provider_of", r.state)] : [];
          });
        return answer(request, response, 200, collection(items));
      }
      if (type === "IsIndirectResellerOf") {
        const items = data.relationships
          .filter((r) => r.resellerTenantId === caller.tenantId)
          .flatMap((r) => {
            const provider = byTenant(r.providerTenantId);
            return provider ? [relationshipItem(provider, "is_indirect_reseller_of", r.state)] : [];
          });
        return answer(request, response, 200, collection(items));
      }
      return answer(request, response, 400, pcError(400, "The relationship type is not valid."));
    }

    if (path === "/v1/compliance/csp/agreementstatus" && request.method === "GET") {
      const mpnId = url.searchParams.get("mpnId") ?? url.searchParams.get("mpnid");
      const tenantId = url.searchParams.get("tenantId") ?? url.searchParams.get("tenantid");
      if (mpnId && tenantId) return answer(request, response, 400, { ...pcError(2000, "Both MPN Id and Tenant Id should not be passed."), source: "ComplianceController" });
      if (!mpnId && !tenantId) return answer(request, response, 400, { ...pcError(2001, "Both MPN Id and Tenant Id cannot be empty."), source: "ComplianceController" });
      if (tenantId) {
        if (!GUID.test(tenantId)) return answer(request, response, 400, { ...pcError(2000, "Tenant Id must be a GUID."), source: "PartnerApiServiceControllers" });
        const partner = byTenant(tenantId);
        if (!partner) return answer(request, response, 400, pcError(2205, `Partner Center doesn't find any account associated to the Tenant ID ${tenantId}`));
        if (!partner.mpaSigned) return answer(request, response, 400, pcError(2206, `Partner Center Account associated to Tenant Id ${tenantId} hasn't signed the agreement`, [MPA_FAQ]));
        return answer(request, response, 200, { isAgreementSigned: true });
      }
      if (!/^\d+$/.test(mpnId!)) return answer(request, response, 400, { ...pcError(2000, "MPN Id must be numeric."), source: "PartnerApiServiceControllers" });
      const partner = data.partners.find((p) => p.mpnId === mpnId);
      if (!partner) return answer(request, response, 400, pcError(2200, `MPN Id ${mpnId} is either invalid or not yet migrated to Partner Center.`));
      if (!sameRegion(partner, caller)) return answer(request, response, 400, pcError(2201, `The CSP region of the MPN ID ${mpnId} doesn't match the CSP region from where you are placing the order.`, [MPA_FAQ]));
      if (partner.kind !== "indirect-reseller" || !partner.enrolled) return answer(request, response, 400, pcError(2204, `MPN Id ${mpnId} is not associated with a CSP Indirect Reseller account in Partner Center.`, [MPA_FAQ]));
      if (!partner.mpaSigned) return answer(request, response, 400, pcError(2203, `MPN Id ${mpnId} has not signed Microsoft Partner Agreement (MPA) for the CSP region where the order is being placed.`, [MPA_FAQ]));
      return answer(request, response, 200, { isAgreementSigned: true });
    }

    if (path === "/v1/partners/validateresellers" && request.method === "POST") {
      const body = (await readJson(request)) as { partnerIds?: unknown } | undefined;
      if (!body || !Array.isArray(body.partnerIds) || !body.partnerIds.every((id) => typeof id === "string")) {
        return answer(request, response, 400, pcError(400, "partnerIds must be an array of strings."));
      }
      const validationResults = (body.partnerIds as string[]).map((partnerId) => {
        const partner = data.partners.find((p) => p.mpnId === partnerId);
        const authorized = partner && partner.kind === "indirect-reseller" && partner.enrolled && partner.mpaSigned;
        return authorized
          ? { partnerId, isValidPartnerIdOnRecord: true }
          : { partnerId, isValidPartnerIdOnRecord: false, errorCode: 900400, errorDescription: "The PLA ID (formerly MPN ID) is not valid or not authorized as an indirect reseller." };
      });
      return answer(request, response, 200, { validationResults });
    }

    const customerRelationships = /^\/v1\/customers\/([^/]+)\/relationships$/.exec(path);
    if (customerRelationships && request.method === "GET") {
      const customer = data.customers.find((c) => c.id.toLowerCase() === customerRelationships[1] && c.partnerTenantId === caller.tenantId);
      if (!customer) return answer(request, response, 404, pcError(600, "The customer was not found."));
      const items = customer.resellerTenantIds.flatMap((id) => {
        const reseller = byTenant(id);
        return reseller ? [{ id: reseller.tenantId, name: reseller.name, relationshipType: "is_indirect_cloud_solution_provider_of", mpnId: reseller.mpnId, attributes: { objectType: "PartnerRelationship" } }] : [];
      });
      return answer(request, response, 200, collection(items));
    }

    if (path === "/v1/customers" && request.method === "GET") {
      const size = Math.min(500, Math.max(1, Number(url.searchParams.get("size") ?? 100) || 100));
      const token = request.headers["ms-continuationtoken"];
      const offset = typeof token === "string" ? Number(Buffer.from(token, "base64").toString("utf8")) || 0 : 0;
      const mine = data.customers.filter((c) => c.partnerTenantId === caller.tenantId);
      const page = mine.slice(offset, offset + size).map((c) => ({
        id: c.id,
        companyProfile: { tenantId: c.id, domain: c.domain, companyName: c.companyName, attributes: { objectType: "CustomerCompanyProfile" } },
        relationshipToPartner: "reseller",
        attributes: { objectType: "Customer" },
      }));
      const more = offset + size < mine.length;
      const links = {
        self: { uri: `/v1/customers?size=${size}`, method: "GET", headers: [] },
        ...(more
          ? { next: { uri: `/v1/customers?size=${size}&seekOperation=Next`, method: "GET", headers: [{ key: "MS-ContinuationToken", value: Buffer.from(String(offset + size)).toString("base64") }] } }
          : {}),
      };
      return answer(request, response, 200, { totalCount: page.length, items: page, links, attributes: { objectType: "Collection" } });
    }

    return answer(request, response, 404, pcError(404, "Not found."));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => answer(request, response, 500, pcError(500, "The simulator failed.")));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    data,
    requests,
    injectFault: (fault) => faults.push({ ...fault }),
    revokeSessions,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
