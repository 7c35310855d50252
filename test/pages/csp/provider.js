// Evaluated in this order: the provider is defined before src/index.ts defines the terms.
import './define-provider.js';
import '/src/index.ts';
