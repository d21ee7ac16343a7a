"""Direction-aware comparison of resolved schemas, cycle-safe and memoised across operations."""
