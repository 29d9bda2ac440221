Feature: Employee record for update
  An administrator with admin:read opens any employee's record for update,
  and a user with user:read opens their own record only. JSON answers hold
  a one-element list; pages show the maintenance form with its save target.

  @route_emp_admin_get_update @json
  Scenario: An administrator gets an employee's record in JSON
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens employee "10153" for update as an administrator

    Then the answer has status code 200 and text "Data has been retrieved successfully."
    And the answer lists employees 10153 in that order
    And the answer's employee 10153 has birth date "15/12/1955", first name "Heekeun", last name "Majewski", gender "M" and hire date "08/04/1987"

  @route_emp_admin_get_update @json @beyond_original
  Scenario: An employee's record carries no password hash
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens employee "10153" for update as an administrator

    Then no part of the answer contains a password or a password hash

  @route_emp_admin_get_update @html
  Scenario: An administrator sees an employee on the maintenance page
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing opens employee "10153" for update as an administrator

    Then the page title is "Learn FastAPI Employees Maintenance"
    And the maintenance form saves to "/emp/admin-save"
    And the maintenance form has empNo "10153", birthDate "15/12/1955", firstName "Heekeun", lastName "Majewski", gender "M" and hireDate "08/04/1987"
    And the maintenance form has no "email" or "password" input

  @route_emp_admin_get_update @json
  Scenario Outline: An employee number below 10001 is rejected in JSON
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens employee "<emp_no>" for update as an administrator

    Then the answer has status code 500 and text "Invalid search employee number"

    Examples: numbers below the first employee number
      | emp_no |
      | 10000  |
      | 1      |
      | 0      |

  @route_emp_admin_get_update @json @beyond_original
  Scenario Outline: A malformed employee number is rejected, not an HTTP 500
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens employee "<emp_no>" for update as an administrator

    Then the answer has status code 500 and text "Invalid search employee number"

    Examples: not a number or too large
      | emp_no                    |
      | abc                       |
      | 10153x                    |
      | -10153                    |
      | 99999999999999999999999   |
      | [5000 digits]             |
      | 1e9                       |

  @route_emp_admin_get_update @html
  Scenario: An employee number below 10001 shows the error page
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing opens employee "10000" for update as an administrator

    Then the error page shows "Invalid search employee number"

  @route_emp_admin_get_update @json
  Scenario: An unknown employee number finds no data in JSON
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens employee "99999" for update as an administrator

    Then the answer has status code 200 and text "No data for the selection criteria."

  @route_emp_admin_get_update @html
  Scenario: An unknown employee number shows the message on the error page
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing opens employee "99999" for update as an administrator

    Then the error page shows "No data for the selection criteria."

  @route_emp_admin_get_update @json
  Scenario: A user without admin:read cannot get an employee's record in JSON
    Given Be Hai uses an API client
    And Be Hai has logged in

    When Be Hai opens employee "10153" for update as an administrator

    Then the answer has status code 500 and text "Not enough permissions"

  @route_emp_admin_get_update @html
  Scenario: A user without admin:read sees the error page
    Given Be Hai uses a browser
    And Be Hai has logged in

    When Be Hai opens employee "10153" for update as an administrator

    Then the error page shows "Not enough permissions"

  @route_emp_own_get_update @json
  Scenario: A user gets their own record in JSON
    Given Nidapan uses an API client
    And Nidapan has logged in

    When Nidapan opens their own record for update

    Then the answer has status code 200 and text "Data has been retrieved successfully."
    And the answer's employee 262556 has birth date "03/04/1953", first name "Nidapan", last name "Samarati", gender "M" and hire date "25/10/1997"

  @route_emp_own_get_update @html
  Scenario: A user sees their own record on the maintenance page
    Given Be Hai uses a browser
    And Be Hai has logged in

    When Be Hai opens their own record for update

    Then the page title is "Learn FastAPI Employees Maintenance"
    And the maintenance form saves to "/emp/user-save"
    And the maintenance form has empNo "500222", birthDate "09/12/1978", firstName "Be Hai", lastName "Nguyen", gender "M" and hireDate "01/11/2022"

  @route_emp_own_get_update @json
  Scenario Outline: Another employee's record is denied as an own record in JSON
    Given <user> uses an API client
    And <user> has logged in

    When <user> opens employee "<emp_no>" for update as their own record

    Then the answer has status code 500 and text "Not enough permissions"

    Examples: users with higher scopes opening other numbers
      | user    | emp_no |
      | Mary    | 10005  |
      | Kyoichi | 10011  |
      | Nidapan | 10153  |

  @route_emp_own_get_update @json @beyond_original
  Scenario Outline: A malformed own employee number is denied, not an HTTP 500
    Given Nidapan uses an API client
    And Nidapan has logged in

    When Nidapan opens employee "<emp_no>" for update as their own record

    Then the answer has status code 500 and text "Not enough permissions"

    Examples: not a number or too large
      | emp_no                  |
      | abc                     |
      | 99999999999999999999999 |
      | [5000 digits]           |

  @route_emp_own_get_update @html
  Scenario: Another employee's record as an own record shows the error page
    Given Mary uses a browser
    And Mary has logged in

    When Mary opens employee "10005" for update as their own record

    Then the error page shows "Not enough permissions"

  @route_emp_own_get_update @json
  Scenario: A user without user:read cannot get their own record
    Given Moss uses an API client
    And Moss has logged in

    When Moss opens their own record for update

    Then the answer has status code 500 and text "Not enough permissions"
