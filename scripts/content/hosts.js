/**
 * Where citations point. Publishers are the bodies that issue the document; copy sites republish
 * others' texts and are never cited.
 */
const PUBLISHERS = ['legislation.gov.uk', 'parliament.uk', 'england.nhs.uk', 'gov.uk', 'nhs.uk'];
export const COPY_SITES = [
  'wikimili.com',
  'owiki.org',
  'crimeline.co.uk',
  'zoomlaw.co.uk',
  'readkong.com',
  'wikipedia.org',
  'parallelparliament.co.uk',
  'legislation.data.gov.uk',
];

const within = (host, domain) => host === domain || host.endsWith(`.${domain}`);

export function hostOf(url) {
  return new URL(url).hostname.replace(/^www\./, '');
}
export const isCopySite = (host) => COPY_SITES.some((d) => within(host, d));
export const isPublisher = (host) => !isCopySite(host) && PUBLISHERS.some((d) => within(host, d));
