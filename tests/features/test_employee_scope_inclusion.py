"""Binding of the employee scope inclusion feature; its steps are shared ones."""

from pytest_bdd import scenarios

scenarios("access/employee_scope_inclusion.feature")
