"""The journal's use cases in plain Python (no Qt): each call is one transaction."""
