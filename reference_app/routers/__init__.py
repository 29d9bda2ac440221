"""Routers of the reference app, one module per area."""
