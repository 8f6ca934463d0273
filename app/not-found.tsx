import Link from "next/link";
import { useTranslations } from "next-intl";

// Also the answer for another organization's records: "not found" reveals nothing about whether they exist.
export default function NotFound() {
  const t = useTranslations("common");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-600">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link href="/" className="btn-primary">
          {t("notFound.home")}
        </Link>
      </p>
    </main>
  );
}
