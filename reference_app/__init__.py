"""Reference implementation of the specified FastAPI login and employee application."""
