Feature: Login
  A user exchanges an email and a password for a JWT access token and a
  server-side session. The token endpoint answers JSON unless the form asks
  for HTML; /api/login always answers JSON.

  @route_auth_token @json
  Scenario: An API client logs in at the token endpoint
    Given Mary uses an API client

    When Mary logs in at "/auth/token" with password "password"

    Then the answer has status code 200 and text ""
    And the answer carries a bearer access token with detail ""
    And the answer sets an HttpOnly, SameSite=Lax session cookie for path "/"

  @route_api_login @json
  Scenario: An API client logs in at /api/login
    Given Nidapan uses an API client

    When Nidapan logs in at "/api/login" with password "password"

    Then the answer has status code 200 and text ""
    And the answer carries a bearer access token with detail ""

  @route_auth_token @json @beyond_original
  Scenario: The token answer also carries the token at the top level for OAuth2 clients
    Given Mary uses an API client

    When Mary logs in at "/auth/token" with password "password"

    Then the answer has "access_token" and "token_type" "bearer" at the top level

  @route_auth_token @json
  Scenario: The token endpoint answers JSON when the client does not ask for a format
    Given Mary uses a command-line client

    When Mary submits username "mary.sluis.10011@gmail.com" and password "password" to "/auth/token"

    Then the answer has status code 200 and text ""

  @route_auth_token @json
  Scenario: The access token carries the user's claims
    Given Kyoichi uses an API client

    When Kyoichi logs in at "/auth/token" with password "password"

    Then the access token has subject "kyoichi.maliniak.10005@gmail.com" and emp_no 10005
    And the access token has the scopes "admin:read admin:write"
    And the access token names its session and expires in at most 1800 seconds

  @route_auth_token @html
  Scenario: A browser logs in through the login form and sees the home page
    Given Mary uses a browser

    When Mary logs in with password "password"

    Then the page title is "Learn FastAPI Home"

  @route_api_login @json
  Scenario: Logging in again in the same session returns the current token
    Given Mary uses an API client
    And Mary has logged in

    When Mary logs in at "/api/login" with password "password"

    Then the answer has status code 200 and text ""
    And the answer carries a bearer access token with detail "Already logged in"
    And the answer's token is the one Mary logged in with

  @route_auth_token @html
  Scenario: A browser that logs in again sees the home page
    Given Mary uses a browser
    And Mary has logged in

    When Mary logs in with password "password"

    Then the page title is "Learn FastAPI Home"

  @route_auth_token @route_api_login @json
  Scenario Outline: Wrong credentials are rejected in JSON
    Given Mary uses an API client

    When Mary submits username "<username>" and password "<password>" to "<route>"

    Then the answer has status code 401 and text "Incorrect username or password"

    Examples: wrong password or unknown email
      | route       | username                        | password |
      | /auth/token | mary.sluis.10011@gmail.com      | wrong!!  |
      | /api/login  | mary.sluis.10011@gmail.com      | Password |
      | /auth/token | nobody.nowhere.99999@gmail.com  | password |
      | /api/login  | nobody.nowhere.99999@gmail.com  | password |

  @route_auth_token @html
  Scenario: Wrong credentials show the login page with the message
    Given Mary uses a browser

    When Mary logs in with password "not-her-password"

    Then the page title is "Learn FastAPI Login"
    And the page message is "Incorrect username or password"

  @route_auth_token @route_api_login @json
  Scenario Outline: Invalid login input is rejected in JSON
    Given Mary uses an API client

    When Mary submits username "<username>" and password "<password>" to "<route>"

    Then the answer has status code 500 and text "Bad username, bad password or some something else on my part. Please contact support"

    Examples: invalid email or password
      | route       | username                   | password                          |
      | /auth/token | not-an-email               | password                          |
      | /api/login  |                            | password                          |
      | /auth/token | mary.sluis.10011@gmail.com |                                   |
      | /api/login  | mary.sluis.10011@gmail.com | [33 letters]                      |
      | /auth/token | [250 letters]@gmail.com    | password                          |

  @route_auth_token @html
  Scenario: Invalid login input shows the login page with the message
    Given Mary uses a browser

    When Mary submits username "not-an-email" and password "password" to "/auth/token"

    Then the page title is "Learn FastAPI Login"
    And the page message is "Bad username, bad password or some something else on my part. Please contact support"

  @route_api_login @json @beyond_original
  Scenario Outline: A malformed login request gets the envelope, not an HTTP error
    Given Mary uses an API client

    When Mary posts the body "<body>" as "<content type>" to "/api/login"

    Then the answer has status code 500 and text "Bad username, bad password or some something else on my part. Please contact support"

    Examples: malformed bodies
      | body                         | content type                      |
      |                              | application/x-www-form-urlencoded |
      | password=password            | application/x-www-form-urlencoded |
      | {"username": "x"}            | application/json                  |
      | --broken                     | multipart/form-data; boundary=zz  |
      | username=%FF%FE&password=%FF | application/x-www-form-urlencoded |
