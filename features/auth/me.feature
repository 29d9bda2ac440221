Feature: My info
  A logged-in user with the user:read scope reads their own employee record
  and scopes at /admin/me (JSON or HTML) and /api/me (JSON).

  @route_admin_me @json
  Scenario: An API client reads its user's record at /admin/me
    Given Nidapan uses an API client
    And Nidapan has logged in

    When Nidapan opens "/admin/me"

    Then the answer has status code 200 and text ""
    And the record is emp_no 262556, "nidapan.samarati.262556@gmail.com", born "03/04/1953", "Nidapan" "Samarati", "M", hired "25/10/1997"
    And the record lists the scopes "user:read"

  @route_api_me @json
  Scenario: A command-line client reads its user's record at /api/me with the bearer token
    Given Be Hai uses a command-line client
    And Be Hai has logged in

    When Be Hai opens "/api/me"

    Then the answer has status code 200 and text ""
    And the record is emp_no 500222, "behai_nguyen@hotmail.com", born "09/12/1978", "Be Hai" "Nguyen", "M", hired "01/11/2022"
    And the record lists the scopes "user:read user:write"

  @route_admin_me @html
  Scenario: A browser shows the user's record at /admin/me
    Given Kazuhisa uses a browser
    And Kazuhisa has logged in

    When Kazuhisa opens "/admin/me"

    Then the page title is "Learn FastAPI My Info"
    And the page shows "kazuhisa.ranta.10199@gmail.com", "Kazuhisa", "Ranta" and "10199"

  @route_admin_me @route_api_me @json @html @beyond_original
  Scenario Outline: No answer of the me routes contains the password hash
    Given Mary uses <client>
    And Mary has logged in

    When Mary opens "<path>"

    Then no part of the answer contains a password or a password hash

    Examples: routes and formats
      | client        | path      |
      | an API client | /admin/me |
      | an API client | /api/me   |
      | a browser     | /admin/me |

  @route_admin_me @route_api_me @json
  Scenario Outline: Without a login the client is sent to log in and told why
    Given Kazuhisa uses an API client

    When Kazuhisa opens "<path>"

    Then the answer went through a redirect to "/auth/login?state=20"
    And the answer has status code 401 and text "Not authenticated or authentication has expired"

    Examples: me routes
      | path      |
      | /admin/me |
      | /api/me   |

  @route_admin_me @html
  Scenario: Without a login the browser is sent to the login page with the reason
    Given Kazuhisa uses a browser

    When Kazuhisa opens "/admin/me"

    Then the answer went through a redirect to "/auth/login?state=20"
    And the page title is "Learn FastAPI Login"
    And the page message is "Not authenticated or authentication has expired"

  @route_api_me @json @beyond_original
  Scenario: /api/me answers JSON after the redirect even to a browser, which sends no format header
    Given Kazuhisa uses a browser

    When Kazuhisa opens "/api/me"

    Then the answer has status code 401 and text "Not authenticated or authentication has expired"

  @route_api_logout @route_admin_me @html
  Scenario: An unfollowed redirect from /api does not turn later pages into JSON
    Given Nidapan uses a browser
    And Nidapan has posted to "/api/logout" without following the redirect
    And Nidapan has logged in

    When Nidapan opens "/admin/me"

    Then the page title is "Learn FastAPI My Info"

  @route_admin_me @route_api_me @json
  Scenario Outline: A user without user:read is denied in JSON
    Given Moss uses an API client
    And Moss has logged in

    When Moss opens "<path>"

    Then the answer has status code 401 and text "Not enough permissions"

    Examples: me routes
      | path      |
      | /admin/me |
      | /api/me   |

  @route_admin_me @html
  Scenario: A user without user:read sees the error page
    Given Moss uses a browser
    And Moss has logged in

    When Moss opens "/admin/me"

    Then the error page shows "Not enough permissions"
