"""Flask handlers and Lambda entry points. Translators only: request -> domain call -> response."""
