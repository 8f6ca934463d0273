"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";

/**
 * The one dialog that asks before something final happens. Radix's alert dialog traps focus inside it, starts on
 * "Cancel" (the safe answer), closes on Escape and gives focus back to the button that opened it.
 * `children` is the body (extra fields, a message); `confirm` is the button that does it. With `form`, body and buttons
 * are one form (its submit button is `confirm`); without, `confirm` may submit a form around the dialog by its id.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  confirm,
  form,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger: React.ReactNode;
  title: string;
  description?: React.ReactNode;
  children?: React.ReactNode;
  confirm: React.ReactNode;
  form?: React.ComponentProps<"form">;
}) {
  const t = useTranslations("common");
  const body = (
    <>
      {children}
      <div className="flex flex-wrap justify-end gap-2">
        <AlertDialog.Cancel className="btn-secondary">{t("dialog.cancel")}</AlertDialog.Cancel>
        {confirm}
      </div>
    </>
  );
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-3 rounded-lg bg-white p-5 text-left shadow-xl"
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <AlertDialog.Title className="text-base font-semibold">{title}</AlertDialog.Title>
          {description && <AlertDialog.Description className="text-sm text-slate-700">{description}</AlertDialog.Description>}
          {form ? (
            <form {...form} className="space-y-3">
              {body}
            </form>
          ) : (
            body
          )}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
