"""One module per outside system, each implementing a Protocol from plugin.core.ports."""
