"""Binds the scope inclusion feature; its steps live in tests/steps/tokens.py."""

from pytest_bdd import scenarios

scenarios("auth/scopes.feature")
