"""Binds the access token feature; its steps live in tests/steps/tokens.py."""

from pytest_bdd import scenarios

scenarios("auth/tokens.feature")
