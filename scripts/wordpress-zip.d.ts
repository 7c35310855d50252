/** Builds the installable WordPress plugin zip at `out` (by default under build/) and returns its path. */
export function buildPluginZip(out?: string): string;
