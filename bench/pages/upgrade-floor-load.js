/**
 * The floors of bench/suites/upgrade.js loaded as bench/pages/upgrade.js loads the library: the clock
 * starts before the floor's bundle is fetched, so both times include fetching and running the code and
 * any frame the browser renders while it waits for them.
 */
window.benchStart = performance.now();
await import('/bench/bundles/upgrade-floor.js');
