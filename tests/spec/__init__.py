"""Test-side support: targets, simulated clients, the session-store probe and page parsing.

Nothing here imports the reference app, so the same code can judge any implementation.
"""
