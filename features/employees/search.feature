Feature: Employee search
  A user with admin:read searches employees by partial last and first names.
  Both names are SQL LIKE patterns, matched without regard to case, and the
  results come ordered by employee number.

  @route_emp_search @html
  Scenario: The search form is prefilled with example patterns
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing opens the employee search form

    Then the page title is "Learn FastAPI Search Employees"
    And the search form has last name "%nas%" and first name "%An"

  @route_emp_search @html
  Scenario: The search form is denied without admin:read
    Given Nidapan uses a browser
    And Nidapan has logged in

    When Nidapan opens the employee search form

    Then the error page shows "Not enough permissions"

  @route_emp_search_names @json
  Scenario Outline: A search returns the matching employees in JSON
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing <sends> for last name "%nas%" and first name "%An"

    Then the answer has status code 200 and text "Data has been retrieved successfully."
    And the answer lists employees 12483, 20478, 45321, 88958 and 496044 in that order

    Examples: both methods
      | sends            |
      | searches         |
      | submits a search |

  @route_emp_search_names @json
  Scenario: A matching name pattern ignores letter case
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "%GORNAS" and first name "niranjan%"

    Then the answer has status code 200 and text "Data has been retrieved successfully."
    And the answer lists employees 12483 in that order

  @route_emp_search_names @json
  Scenario: A search result row holds the employee's fields
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "%nas%" and first name "%An"

    Then the answer's employee 12483 has birth date "19/10/1959", first name "Niranjan", last name "Gornas", gender "M" and hire date "10/01/1990"
    And no part of the answer contains a password or a password hash

  @route_emp_search_names @json @beyond_original
  Scenario: A search that matches nobody returns an empty list
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "%zzzz%" and first name "%qqqq%"

    Then the answer has status code 200 and text "No data for the selection criteria."
    And the answer lists no employees

  @route_emp_search_names @json @beyond_original
  Scenario: A pattern that looks like SQL is only a pattern
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "%' or '1'='1" and first name "%"

    Then the answer has status code 200 and text "No data for the selection criteria."
    And the answer lists no employees

  @route_emp_search_names @json @beyond_original
  Scenario Outline: A backslash in a pattern is a plain character, not an escape
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "<last name>" and first name "%"

    Then the answer has status code 200 and text "No data for the selection criteria."
    And the answer lists no employees

    Examples: backslashes
      | last name |
      | %na\s%    |
      | %\        |
      | \%        |

  @route_emp_search_names @json @beyond_original
  Scenario: A pattern with a NUL character is rejected, not an HTTP 500
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "%nas[NUL]%" and first name "%"

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "last_name" labelled "Partial Last Name"
    And the answer rejects the field "last_name" with "Please enter text without NUL characters"

  @route_emp_search_names @html
  Scenario Outline: A search shows the matching employees on a page
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing <sends> for last name "%nas%" and first name "%An"

    Then the page title is "Learn FastAPI Search Employees"
    And the page lists employees 12483, 20478, 45321, 88958 and 496044 in that order
    And each listed employee links to its page at "/emp/admin-get-update/"

    Examples: both methods
      | sends            |
      | searches         |
      | submits a search |

  @route_emp_search_names @html
  Scenario: A search result row shows ISO dates on the page
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing searches for last name "%nas%" and first name "%An"

    Then the page's row of employee 12483 shows "1959-10-19", "Niranjan", "Gornas", "M" and "1990-01-10"

  @route_emp_search_names @json
  Scenario Outline: An invalid name pattern is rejected in JSON
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "<last name>" and first name "<first name>"

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "<id>" labelled "<label>"

    Examples: patterns without a wildcard or too long
      | last name         | first name      | id         | label              |
      | Gornas            | %An             | last_name  | Partial Last Name  |
      | %nas%             | Niranjan        | first_name | Partial First Name |
      | %[16 letters]     | %An             | last_name  | Partial Last Name  |
      | %nas%             | %[14 letters]   | first_name | Partial First Name |

  @route_emp_search_names @json
  Scenario: Two invalid name patterns are both rejected
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "Gornas" and first name "Niranjan"

    Then the answer has status code 500 and text ""
    And the answer rejects the field "last_name" labelled "Partial Last Name"
    And the answer rejects the field "first_name" labelled "Partial First Name"

  @route_emp_search_names @json
  Scenario: The longest valid name patterns are accepted
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing searches for last name "%[15 letters]" and first name "%[13 letters]"

    Then the answer has status code 200 and text "No data for the selection criteria."

  @route_emp_search_names @html
  Scenario: An invalid name pattern is shown on the search form
    Given Weijing uses a browser
    And Weijing has logged in

    When Weijing searches for last name "Gornas" and first name "%An"

    Then the page title is "Learn FastAPI Search Employees"
    And the page rejects the field "last_name" labelled "Partial Last Name"

  @route_emp_search_names @json
  Scenario: A search is denied without admin:read in JSON
    Given Be Hai uses an API client
    And Be Hai has logged in

    When Be Hai searches for last name "%nas%" and first name "%An"

    Then the answer has status code 500 and text "Not enough permissions"

  @route_emp_search_names @html
  Scenario: A search is denied without admin:read on a page
    Given Be Hai uses a browser
    And Be Hai has logged in

    When Be Hai submits a search for last name "%nas%" and first name "%An"

    Then the error page shows "Not enough permissions"
