export const COPY_SITES: string[];
export function hostOf(url: string): string;
export function isCopySite(host: string): boolean;
export function isPublisher(host: string): boolean;
