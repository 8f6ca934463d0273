// Copies the page's address (which holds the whole scenario) and says so.
import { useState } from "react";

export function CopyLinkButton() {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage("Link copied.");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the address bar still has the link.
      setMessage("Could not copy: copy the address from the address bar.");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="btn-secondary">
        Copy link
      </button>
      <span aria-live="polite" className="text-sm text-slate-600">
        {message}
      </span>
    </div>
  );
}
