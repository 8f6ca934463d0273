import type { Metadata } from "next";
import Link from "next/link";
import { RULES } from "@/lib/rules";
import { getActor } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { PublicHeader } from "@/components/public-header";
import { ProgramTimeline } from "./_components/program-timeline";
import { RuleHistory } from "./_components/rule-history";

export const metadata: Metadata = { title: "Program rules" };

/** Public: every rule of the catalogue, each linkable as /rules#RULE-ID (findings link here). */
export default async function RulesPage() {
  const actor = await getActor();
  return (
    <>
      <PublicHeader home={actor ? { href: homeOf(actor), label: "Back to your dashboard" } : { href: "/sign-in", label: "Sign in" }} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-semibold">Program rules</h1>
        <p className="mt-2 text-slate-600">
          The rules of Microsoft&apos;s Cloud Solution Provider program that the hub applies, in our words, each with the
          section of the article &ldquo;Supported CSP partner relationships&rdquo; (12 May 2020) it rests on, and the
          later changes to the program, each from the day it took effect. Try them out in the{" "}
          <Link href="/check" className="text-brand-700 underline">
            scenario checker
          </Link>
          .
        </p>
        <nav aria-label="Rules" className="mt-6">
          <ul className="flex flex-wrap gap-2 text-xs">
            {RULES.map((rule) => (
              <li key={rule.id}>
                <a href={`#${rule.id}`} className="rounded bg-white px-2 py-1 font-mono text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50">
                  {rule.id}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ProgramTimeline />
        <h2 className="mt-10 text-xl font-semibold">The rules</h2>
        <ol className="mt-4 space-y-6">
          {RULES.map((rule) => (
            <li key={rule.id}>
              <article id={rule.id} aria-labelledby={`${rule.id}-title`} className="card scroll-mt-4 target:ring-2 target:ring-brand-600">
                <p className="font-mono text-xs text-slate-600">{rule.id}</p>
                <h2 id={`${rule.id}-title`} className="mt-1 text-lg font-semibold">
                  {rule.title}
                </h2>
                <p className="mt-2">{rule.summary}</p>
                <p className="mt-2 text-sm text-slate-600">Article: {rule.section}</p>
                <RuleHistory ruleId={rule.id} />
                {rule.remedies.length > 0 ? (
                  <>
                    <h3 className="mt-4 text-sm font-semibold">When it blocks you</h3>
                    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                      {rule.remedies.map((remedy) => (
                        <li key={remedy.id}>
                          <span className="font-medium">{remedy.title}.</span> {remedy.detail}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="mt-4 text-sm text-slate-600">This rule explains what is allowed; it never blocks.</p>
                )}
              </article>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
