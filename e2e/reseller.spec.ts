import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";
import { confirmEmailAndSignIn, linkIn, waitForMail } from "./support/mail";
import { approveOnboarding, newReseller, ownClientAddress, uniqueTag } from "./support/factory";

test("a reseller completes its readiness steps and is told it still needs a provider", async ({ page, browser }) => {
  test.setTimeout(120_000); // sign-up and program support's approval on a shared 2-core machine
  const reseller = await newReseller(browser, { legalName: "Wide World Importers IT AG", adminName: "Kai Huber" });
  await signIn(page, reseller.email, reseller.password);
  await expect(page).toHaveURL(/\/status$/);
  const blocked = page.getByRole("region", { name: "What is blocked right now" });
  await expect(blocked).toContainText("Your providers cannot transact new business with you");
  // Rules by title, each blocked action once with the steps it waits for.
  await expect(blocked).toContainText("Reseller readiness: onboard, enroll, accept the MPA");
  await expect(blocked.getByText("Your providers cannot transact new business with you.")).toHaveCount(1);
  // The MPA waits until onboarding is done.
  await expect(page.getByRole("listitem", { name: "Microsoft Partner Agreement accepted" })).toContainText("once program support has verified your onboarding");

  // Step 1: business details, verified by program support.
  await page.getByLabel("Business address").fill("Mariahilfer Straße 1, 1060 Wien");
  await page.getByLabel("Website").fill("https://wideworld-importers.example");
  await page.getByLabel("Contact phone").fill("+43 1 234567");
  await page.getByRole("button", { name: "Submit details" }).click();
  await expect(page.getByText("program support is verifying them")).toBeVisible();
  await approveOnboarding(browser, reseller.legalName);

  // Step 2: enroll.
  await page.reload();
  await expect(page.getByRole("listitem", { name: "Onboarded into Partner Center" })).toContainText("by Sam Okafor");
  await page.getByRole("button", { name: "Enroll as indirect reseller" }).click();
  await expect(page.getByRole("listitem", { name: "Enrolled as indirect reseller" })).toContainText("by Kai Huber");

  // Step 3: the admin accepts the MPA.
  await page.getByLabel("Signer’s title").fill("Managing director");
  await page.getByLabel(/I accept the Microsoft Partner Agreement/).check();
  await page.getByRole("button", { name: "Accept the MPA" }).click();
  const mpaStep = page.getByRole("listitem", { name: "Microsoft Partner Agreement accepted" });
  await expect(mpaStep).toContainText("by Kai Huber, Managing director");
  await expect(mpaStep).toContainText("Accepted: the Microsoft Partner Agreement");
  // Ready in every other way, but without a provider: told so, with the providers of its region to ask.
  const linkStep = page.getByRole("listitem", { name: "Linked with at least one indirect provider" });
  await expect(linkStep).toContainText("Not yet");
  await expect(linkStep.getByRole("list", { name: "Providers to contact" })).toContainText("Contoso Distribution B.V.");
  await expect(blocked).not.toContainText("Nothing is blocked");
  await expect(blocked).toContainText("Provider and reseller need an active relationship");
});

test("a reseller trying to buy from its own provider sees the three ways out", async ({ page }) => {
  await signIn(page, demo.resellerAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Own use" }).click();
  // The seller is found by its Partner ID; nobody is listed before a search.
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByLabel("Seller’s Partner ID or name").fill("5200003");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("radio", { name: "Adventure Works Consulting B.V. (indirect reseller, Netherlands), supplied by Contoso Distribution B.V." }).check();
  await page.getByLabel("Provision into").selectOption({ label: "Our CSP tenant" });
  await page.getByRole("button", { name: "Check with the rules" }).click();
  const check = page.getByRole("status", { name: "Rules check" });
  await expect(check).toContainText("Not allowed by the program rules.");
  await expect(check).toContainText("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
  await expect(check).toContainText("Option 1: use a separate tenant");
  await expect(check).toContainText("Option 2: end the relationship and move");
  await expect(check).toContainText("Option 3: add a second provider");
  await expect(page.getByRole("button", { name: "Send order request" })).toHaveCount(0);
});

test("an own-use purchase is a request the seller's admin accepts; the buyer sees it accepted", async ({ page, browser }) => {
  // An offer name of its own, so a second run on the same server finds its own request, not the first run's.
  const offer = `Microsoft Teams Premium ${uniqueTag()}`;
  await signIn(page, demo.resellerAdmin);
  await page.goto("/own-use");
  await page.getByLabel("Seller’s Partner ID or name").fill("blue yonder");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("radio", { name: "Blue Yonder Cloud Ltd (direct-bill partner, United Kingdom)" }).check();
  await page.getByLabel("Provision into").selectOption({ label: "Litware Solutions (internal use)" });
  await page.getByRole("button", { name: "Check with the rules" }).click();
  await page.getByLabel("Offer").fill(offer);
  await page.getByLabel("Quantity").fill("7");
  await page.getByRole("button", { name: "Send order request" }).click();
  await expect(page.getByText("Order request sent to Blue Yonder Cloud Ltd")).toBeVisible();
  const mine = page.getByRole("listitem", { name: `${offer} from Blue Yonder Cloud Ltd` });
  await expect(mine).toContainText("pending");

  const mail = await waitForMail(demo.directBillAdmin, /Order request from Litware Solutions SARL/);
  const seller = await browser.newContext();
  const sellerPage = await seller.newPage();
  await signIn(sellerPage, demo.directBillAdmin);
  await expect(sellerPage.getByRole("status").filter({ hasText: "to buy from you" })).toBeVisible();
  await sellerPage.goto(new URL(linkIn(mail, "/own-use/requests")).pathname);
  const request = sellerPage.getByRole("listitem", { name: "Request from Litware Solutions SARL" }).filter({ hasText: offer });
  await request.getByRole("button", { name: "Accept…" }).click();
  await sellerPage.getByRole("alertdialog").getByRole("button", { name: "Yes, accept" }).click();
  // Decided, it moves from the waiting list to the decided one.
  await expect(sellerPage.getByRole("region", { name: "Decided" })).toContainText(`Litware Solutions SARL: 7 × ${offer} accepted`);
  await expect(request).toHaveCount(0);
  await seller.close();

  await page.reload();
  await expect(page.getByRole("listitem", { name: `${offer} from Blue Yonder Cloud Ltd` })).toContainText("accepted");
  await expect(page.getByRole("region", { name: "Our own-use purchases" })).toContainText(offer);
});

test("a reseller organization signs up, confirms its email from the mail it receives, and lands on its status page", async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: ownClientAddress() })).newPage();
  const unique = String(Date.now()).slice(-6);
  const email = `iris-${unique}@bellows-college.example`;
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign up your organization" }).click();
  await page.getByLabel("Organization legal name").fill("Bellows College IT Services BV");
  await page.getByLabel("Country").selectOption("BE");
  await page.getByLabel("Partner ID").fill("5200004");
  await page.getByLabel("CSP tenant ID").fill(randomUUID());
  await page.getByLabel("Your name").fill("Iris Peeters");
  await page.getByLabel("Your email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("An organization with this Partner ID is already registered.", { exact: false })).toBeVisible();

  await page.getByLabel("Partner ID").fill(`59${unique}`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  await confirmEmailAndSignIn(page, email, "a long enough password");
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bellows College IT Services BV" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit details" })).toBeVisible();
  await page.context().close();
});
