// Copies text to the clipboard where the browser allows it. Where it refuses (no permission, an insecure page, an
// older browser), the caller selects the text instead, so the person can copy it by hand.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
