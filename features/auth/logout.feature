Feature: Logout
  Logout deletes the server-side session, found through the browser's session
  cookie or through the session_id claim of a bearer token, even an expired
  one, and then redirects to the login page. After logout neither the old
  cookie nor the old token authenticates.

  @route_auth_logout @html
  Scenario: A browser logs out and lands on the login page
    Given Mary uses a browser
    And Mary has logged in

    When Mary logs out

    Then the answer went through a redirect to "/auth/login?state=20"
    And the page title is "Learn FastAPI Login"
    And the page shows no message

  @route_auth_logout @html
  Scenario: Logout answers with a 303 redirect to the login page
    Given Mary uses a browser
    And Mary has logged in

    When Mary posts to "/auth/logout" without following redirects

    Then the answer redirects with 303 to "/auth/login?state=20"

  @route_api_logout @json
  Scenario: An API client logs out with its session cookie
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing logs out

    Then the answer has status code 200 and text ""

  @route_api_logout @json
  Scenario: A command-line client logs out with only its bearer token
    Given Be Hai uses a command-line client
    And Be Hai has logged in

    When Be Hai logs out

    Then the answer has status code 200 and text ""

  @route_api_logout @json @token_forgery
  Scenario: An expired bearer token still ends its session
    Given Be Hai uses a command-line client
    And Be Hai has logged in
    And Be Hai remembers the session cookie and the access token

    When Be Hai logs out with an expired copy of the token

    Then the answer has status code 200 and text ""
    And the remembered access token no longer authenticates Be Hai

  @route_api_logout @json @token_forgery @beyond_original
  Scenario Outline: A signed token whose expiry is not a number ends no session
    Given Be Hai uses a command-line client
    And Be Hai has logged in

    When Be Hai logs out with a copy of the token whose "exp" claim is <value>

    Then the answer has status code 200 and text "This session has not been logged in before"

    Examples: expiry values that are not a time
      | value    |
      | "soon"   |
      | NaN      |
      | Infinity |
      | 1e400    |
      | null     |

  @route_auth_logout @html
  Scenario: A browser that was never logged in is told so
    Given Kazuhisa uses a browser

    When Kazuhisa logs out

    Then the page title is "Learn FastAPI Login"
    And the page message is "This session has not been logged in before"

  @route_api_logout @json
  Scenario: An API client that was never logged in is told so
    Given Kazuhisa uses an API client

    When Kazuhisa logs out

    Then the answer has status code 200 and text "This session has not been logged in before"

  @route_api_logout @json
  Scenario: Logging out twice tells the second time that there was no login
    Given Nidapan uses an API client
    And Nidapan has logged in
    And Nidapan has logged out

    When Nidapan logs out

    Then the answer has status code 200 and text "This session has not been logged in before"

  @route_auth_logout @route_api_me @json @beyond_original
  Scenario: After logout the old session cookie no longer authenticates
    Given Mary uses an API client
    And Mary has logged in
    And Mary remembers the session cookie and the access token

    When Mary logs out
    And Mary calls "/api/me" with the remembered session cookie

    Then the answer has status code 401 and text "Not authenticated or authentication has expired"

  @route_api_logout @route_api_me @json @beyond_original
  Scenario: After logout the old access token no longer authenticates
    Given Mary uses an API client
    And Mary has logged in
    And Mary remembers the session cookie and the access token

    When Mary logs out
    And Mary calls "/api/me" with the remembered access token

    Then the answer has status code 401 and text "Not authenticated or authentication has expired"

  @route_auth_logout @route_auth_home @html @beyond_original
  Scenario: After logout a browser cannot go back home
    Given Mary uses a browser
    And Mary has logged in
    And Mary has logged out

    When Mary opens "/auth/home"

    Then the page title is "Learn FastAPI Login"
    And the page message is "Not authenticated or authentication has expired"
