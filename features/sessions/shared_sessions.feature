@real_redis
Feature: Sessions shared across processes
  A deployment runs the app in several processes that keep their sessions in one
  Redis. A login served by one process is honoured by every other, and a logout
  through any of them ends the session everywhere.

  The contract has no route that names the process behind an answer. So these
  scenarios start two single-process servers, A and B, on two loopback ports with
  one Redis, one SECRET_KEY and one database: the port of a request decides which
  process serves it. One more server runs under uvicorn with two workers. There the
  kernel hands each new connection to a worker, so its scenarios send many requests,
  each on a new connection, without knowing which worker served which.

  These scenarios need a real Redis (REDIS_URL=redis://...) and start their own
  servers, so they do not run against a live target given by --base-url.

  @route_auth_token @route_admin_me @html
  Scenario: A browser login on server A is honoured by server B
    Given Mary uses a browser
    And Mary has logged in on server A

    When Mary opens "/admin/me" on server B

    Then the page title is "Learn FastAPI My Info"

  @route_api_login @route_api_me @json
  Scenario: A command-line login on server B is honoured by server A
    Given Be Hai uses a command-line client
    And Be Hai has logged in on server B

    When Be Hai opens "/api/me" on server A

    Then the answer has status code 200 and text ""

  @route_auth_token @route_auth_logout @route_api_logout @route_api_me @json @session_store
  Scenario Outline: Logout through one server ends the session on the other
    Given Mary uses <kind>
    And Mary has logged in on server <login>
    And Mary remembers the session cookie and the access token

    When Mary logs out on server <logout>

    Then server <other> rejects Mary's remembered credentials
    And the store holds no entry for Mary's former session

    Examples: servers and clients
      | kind                  | login | logout | other |
      | a browser             | A     | B      | A     |
      | a browser             | A     | A      | B     |
      | a command-line client | B     | A      | B     |
      | a command-line client | A     | B      | A     |

  @route_api_login @route_api_me @json
  Scenario: Every connection to a two-worker server honours a login
    Given Mary uses an API client
    And Mary has logged in on the two-worker server

    When Mary opens "/api/me" 20 times on the two-worker server, each on a new connection

    Then every answer has status code 200 and text ""

  @route_api_login @route_api_logout @route_api_me @json
  Scenario: Every connection to a two-worker server rejects a session after logout
    Given Mary uses an API client
    And Mary has logged in on the two-worker server
    And Mary remembers the session cookie and the access token
    And Mary has logged out on the two-worker server

    When Mary opens "/api/me" 20 times on the two-worker server with the remembered session cookie, each on a new connection

    Then every answer has status code 401 and text "Not authenticated or authentication has expired"
