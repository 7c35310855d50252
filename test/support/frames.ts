/** Test pages (test/pages/) in a same-origin frame: served with their own headers, scripts and CSS. */

/** What test/pages/record.js collects in the page. */
export interface PageWindow extends Window {
  violations: string[];
  errors: string[];
}

export async function loadPage(src: string, style = 'width:800px;height:500px;border:0'): Promise<PageWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = style;
  iframe.src = src;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as PageWindow;
}

/** Whether the rectangle lies wholly inside the page's viewport. */
export function insidePage(win: Window, { left, top, right, bottom }: DOMRect): boolean {
  return left >= 0 && top >= 0 && right <= win.innerWidth && bottom <= win.innerHeight;
}

export function removePages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
