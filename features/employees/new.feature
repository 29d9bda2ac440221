Feature: New employee page
  A user with admin:write opens an empty maintenance page that asks for
  an email and a password and saves to /emp/admin-save.

  @route_emp_new @html
  Scenario: The new employee page asks for every field
    Given Kyoichi uses a browser
    And Kyoichi has logged in

    When Kyoichi opens the new employee page

    Then the page title is "Learn FastAPI Employees Maintenance"
    And the maintenance form saves to "/emp/admin-save"
    And the maintenance form has "email" and "password" inputs
    And the maintenance form has empNo "", birthDate "", firstName "", lastName "", gender "" and hireDate ""

  @route_emp_new @html
  Scenario: The new employee page is denied without admin:write
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing opens the new employee page

    Then the error page shows "Not enough permissions"

  @route_emp_new @json
  Scenario: The new employee page is denied in JSON without admin:write
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens the new employee page

    Then the answer has status code 500 and text "Not enough permissions"
