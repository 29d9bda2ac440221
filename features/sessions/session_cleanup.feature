Feature: Session cleanup
  Sessions live in the store as starsessions.<session id>. A login leaves
  exactly one entry for its session, failures leave none, the login page
  removes a redirect's pending message once shown, and logout leaves no entry
  for the session. Every check looks at the store itself.

  @route_auth_token @html @session_store
  Scenario: A browser login leaves exactly one entry for its session
    Given Mary uses a browser

    When Mary logs in with password "password"

    Then the store holds Mary's session and no other session of this scenario

  @route_api_login @json @session_store
  Scenario: A command-line login leaves exactly one entry, named by its token
    Given Be Hai uses a command-line client

    When Be Hai logs in with password "password"

    Then the store holds Be Hai's session and no other session of this scenario
    And the stored session holds Be Hai's access token

  @route_auth_token @route_api_login @json @session_store
  Scenario Outline: A failed login leaves no entry
    Given Mary uses an API client

    When Mary submits username "<username>" and password "<password>" to "<route>"

    Then the store holds no session of this scenario

    Examples: failures
      | route       | username                   | password |
      | /auth/token | mary.sluis.10011@gmail.com | wrong    |
      | /api/login  | not-an-email               | password |

  @route_auth_token @html @session_store
  Scenario: A failed browser login leaves no entry
    Given Mary uses a browser

    When Mary logs in with password "wrong"

    Then the store holds no session of this scenario

  @route_auth_home @route_auth_login @html @session_store
  Scenario: The redirect's pending message is removed once shown
    Given Kazuhisa uses a browser

    When Kazuhisa opens "/auth/home"

    Then the page message is "Not authenticated or authentication has expired"
    And the store holds no session of this scenario

  @route_api_me @json @session_store
  Scenario: A rejected bearer token leaves no entry once the reason is shown
    Given Mary uses a command-line client

    When Mary opens "/api/me" with the bearer token "not.a.jwt"

    Then the answer has status code 401 and text "Could not validate credentials"
    And the store holds no session of this scenario

  @route_auth_logout @html @session_store
  Scenario: Browser logout leaves no entry for the session
    Given Mary uses a browser
    And Mary has logged in
    And Mary remembers the session cookie and the access token

    When Mary logs out

    Then the store holds no entry for Mary's former session
    And the store holds no session of this scenario

  @route_auth_logout @html @session_store
  Scenario: Logout removes the entry before the browser follows the redirect
    Given Mary uses a browser
    And Mary has logged in
    And Mary remembers the session cookie and the access token

    When Mary posts to "/auth/logout" without following redirects

    Then the store holds no entry for Mary's former session

  @route_api_logout @json @session_store
  Scenario: Bearer-only logout removes the entry before the client follows the redirect
    Given Be Hai uses a command-line client
    And Be Hai has logged in
    And Be Hai remembers the session cookie and the access token

    When Be Hai posts to "/api/logout" without following redirects

    Then the store holds no entry for Be Hai's former session

  @route_api_logout @json @session_store
  Scenario: Bearer-only logout leaves no entry for the session
    Given Be Hai uses a command-line client
    And Be Hai has logged in
    And Be Hai remembers the session cookie and the access token

    When Be Hai logs out

    Then the store holds no entry for Be Hai's former session
    And the store holds no session of this scenario

  @route_auth_logout @html @session_store
  Scenario: Logout without a session leaves no entry once the message is shown
    Given Kazuhisa uses a browser

    When Kazuhisa logs out

    Then the page message is "This session has not been logged in before"
    And the store holds no session of this scenario

  @route_auth_token @html @session_store @beyond_original
  Scenario: Login replaces a planted session id
    Given Mary uses a browser
    And Mary's browser carries the session cookie "0123456789abcdef0123456789abcdef"

    When Mary logs in with password "password"

    Then Mary has a new session id
    And the store holds no entry for session "0123456789abcdef0123456789abcdef"

  @route_auth_home @html @session_store @beyond_original
  Scenario: A planted session id does not become the key of a pending message
    Given Kazuhisa uses a browser
    And Kazuhisa's browser carries the session cookie "fedcba9876543210fedcba9876543210"

    When Kazuhisa opens "/auth/home" without following redirects

    Then the store holds no entry for session "fedcba9876543210fedcba9876543210"

  @route_auth_token @route_auth_logout @html @session_store @beyond_original
  Scenario: Login replaces an existing anonymous session and removes its entry
    Given Moss uses a browser
    And Moss has a pending message from a logout redirect he did not follow

    When Moss logs in with password "password"

    Then Moss has a new session id
    And the store holds Moss's session and no other session of this scenario

  @route_auth_token @route_auth_home @route_admin_me @route_auth_logout @html @session_store
  Scenario: A full browser visit leaves no entry behind
    Given Mary uses a browser

    When Mary logs in with password "password"
    And Mary opens "/auth/home"
    And Mary opens "/admin/me"
    And Mary logs out

    Then the store holds no session of this scenario
