import { z } from "zod";

// The response shapes of the Partner Center REST endpoints this product reads, as Partner Center's developer
// documentation gives them (each fixture in ./fixtures is a documented example; see ./fixtures/README.md). Unknown
// extra fields are allowed (Partner Center adds fields over time); the fields we use are required.

const resourceAttributes = z.object({ objectType: z.string() }).loose();

/** "Retrieve a list of indirect resellers" / "Get indirect resellers of a customer": a PartnerRelationship. */
export const partnerRelationship = z
  .object({
    /** The other partner's tenant id. */
    id: z.string(),
    name: z.string(),
    relationshipType: z.string(),
    /** e.g. "Active"; absent in the customer-relationships example. */
    state: z.string().optional(),
    mpnId: z.string(),
    location: z.string().optional(),
    attributes: resourceAttributes.optional(),
  })
  .loose();

const link = z.object({
  uri: z.string(),
  method: z.string(),
  headers: z.array(z.object({ key: z.string(), value: z.string() })),
});

/** Every list endpoint answers with a Collection; `links.next` carries the continuation token where there are more. */
export const collectionOf = <T extends z.ZodType>(item: T) =>
  z
    .object({
      totalCount: z.number().int().nonnegative(),
      items: z.array(item),
      links: z.object({ self: link.optional(), next: link.optional() }).loose().optional(),
      attributes: resourceAttributes.optional(),
    })
    .loose();

export const relationshipCollection = collectionOf(partnerRelationship);

/** "Verify an indirect reseller's MPA signing status": 200 answer. */
export const agreementStatus = z.object({ isAgreementSigned: z.boolean() }).loose();

/** Partner Center's error body (400s of the agreement-status endpoint among others), e.g. code 2203. */
export const partnerCenterErrorBody = z
  .object({
    code: z.number().int(),
    description: z.string(),
    data: z.array(z.unknown()).optional(),
    source: z.string().optional(),
  })
  .loose();

/** "Validate reseller partner of record": one result per Partner ID asked about. */
export const validateResellersResponse = z
  .object({
    validationResults: z.array(
      z
        .object({
          partnerId: z.string(),
          isValidPartnerIdOnRecord: z.boolean(),
          errorCode: z.number().int().optional(),
          errorDescription: z.string().optional(),
        })
        .loose(),
    ),
  })
  .loose();

/** "Get a list of customers": a Customer with its company profile. */
export const customer = z
  .object({
    id: z.string(),
    companyProfile: z
      .object({ tenantId: z.string(), domain: z.string(), companyName: z.string() })
      .loose(),
    relationshipToPartner: z.string(),
    attributes: resourceAttributes.optional(),
  })
  .loose();

export const customerCollection = collectionOf(customer);

export type PartnerRelationship = z.infer<typeof partnerRelationship>;
export type PartnerCenterCustomer = z.infer<typeof customer>;
export type ValidateResellersResponse = z.infer<typeof validateResellersResponse>;
export type PartnerCenterErrorBody = z.infer<typeof partnerCenterErrorBody>;
