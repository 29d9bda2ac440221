Feature: Login page
  The login page at /auth/login and / shows the login form, sends a logged-in
  user home, and after a redirect with state 20 shows the pending reason once.

  @route_auth_login @html
  Scenario: The login page shows the login form
    Given Kazuhisa uses a browser

    When Kazuhisa opens "/auth/login"

    Then the page title is "Learn FastAPI Login"
    And the page shows no message
    And the page has a login form posting "username", "password" and a hidden "x-expected-format" of "text/html"

  @route_root @html
  Scenario: The root path shows the login form
    Given Kazuhisa uses a browser

    When Kazuhisa opens "/"

    Then the page title is "Learn FastAPI Login"
    And the page has a login form posting "username", "password" and a hidden "x-expected-format" of "text/html"

  @route_auth_login @route_root @html
  Scenario Outline: A logged-in user who opens the login page goes home
    Given Mary uses a browser
    And Mary has logged in

    When Mary opens "<path>" without following redirects

    Then the answer redirects with 303 to "/auth/home"

    Examples: login page paths
      | path        |
      | /auth/login |
      | /           |

  @route_auth_login @html
  Scenario: The login page with state 20 forgets the session's token
    Given Mary uses a browser
    And Mary has logged in

    When Mary opens "/auth/login?state=20"
    And Mary opens "/auth/home"

    Then the page title is "Learn FastAPI Login"
    And the page message is "Not authenticated or authentication has expired"

  @route_auth_login @html
  Scenario: The pending reason is shown only once
    Given Kazuhisa uses a browser
    And Kazuhisa has opened "/auth/home" and was sent to the login page

    When Kazuhisa opens "/auth/login?state=20"

    Then the page title is "Learn FastAPI Login"
    And the page shows no message
