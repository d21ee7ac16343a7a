"""One module per tag; each has a sync and an async class of operations."""
