"""Binding of the employee record for update feature; its steps are shared ones."""

from pytest_bdd import scenarios

scenarios("employees/get_for_update.feature")
