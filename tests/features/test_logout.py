"""Binds the logout feature; its steps live in tests/steps/logout.py and sessions.py."""

from pytest_bdd import scenarios

scenarios("auth/logout.feature")
