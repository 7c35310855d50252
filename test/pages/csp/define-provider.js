// What src/define.ts does before it defines the terms: catch late providers, define the provider first.
import { catchLateProviders } from '/src/elements/provider/late-providers.ts';
import { IcsGlossaryProvider } from '/src/elements/provider/ics-glossary-provider.ts';

catchLateProviders();
if (!customElements.get('ics-glossary-provider')) customElements.define('ics-glossary-provider', IcsGlossaryProvider);
