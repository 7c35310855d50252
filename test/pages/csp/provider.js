// Evaluated in this order: the provider is defined before src/define-all.ts defines the terms.
import './define-provider.js';
import '/src/define-all.ts';
