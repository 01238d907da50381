/** Puts the cursor into a field that the click just added, once React has drawn it. */
export function focusWhenShown(label: string): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`)
    field?.focus()
  })
}
