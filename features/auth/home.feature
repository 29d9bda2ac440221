Feature: Home page
  The home page of a logged-in user offers a button per action: My Info
  (meBtn and meSubmitBtn) needs user:read, Update My Details (userUpdateBtn)
  needs user:write, Search Employees (empSearchBtn) needs admin:read and New
  Employee (empAddNewBtn) needs admin:write. A button whose scope the user
  lacks is disabled, unless the server runs with ENABLE_NO_SCOPES_UI, which
  enables every button.

  @route_auth_home @html
  Scenario Outline: Buttons follow the user's scopes
    Given <user> uses a browser
    And <user> has logged in

    When <user> opens "/auth/home"

    Then the page title is "Learn FastAPI Home"
    And the "meBtn" button is <me>
    And the "meSubmitBtn" button is <me>
    And the "userUpdateBtn" button is <own update>
    And the "empSearchBtn" button is <search>
    And the "empAddNewBtn" button is <add new>

    Examples: fixture users
      | user     | me       | own update | search   | add new  |
      | Moss     | disabled | disabled   | disabled | disabled |
      | Be Hai   | enabled  | enabled    | disabled | disabled |
      | Nidapan  | enabled  | disabled   | disabled | disabled |
      | Kyoichi  | enabled  | enabled    | enabled  | enabled  |
      | Weijing  | enabled  | disabled   | enabled  | disabled |
      | Mary     | enabled  | enabled    | enabled  | enabled  |
      | Kazuhisa | enabled  | disabled   | disabled | disabled |

  @route_auth_home @html @no_scopes_ui
  Scenario Outline: ENABLE_NO_SCOPES_UI enables every button
    Given <user> uses a browser
    And <user> has logged in

    When <user> opens "/auth/home"

    Then the "meBtn" button is enabled
    And the "meSubmitBtn" button is enabled
    And the "userUpdateBtn" button is enabled
    And the "empSearchBtn" button is enabled
    And the "empAddNewBtn" button is enabled

    Examples: fixture users
      | user     |
      | Moss     |
      | Be Hai   |
      | Nidapan  |
      | Kyoichi  |
      | Weijing  |
      | Mary     |
      | Kazuhisa |

  @route_auth_home @html
  Scenario: The buttons lead to the user's own pages and the logout form
    Given Be Hai uses a browser
    And Be Hai has logged in

    When Be Hai opens "/auth/home"

    Then the "userUpdateBtn" button leads to "/emp/own-get-update/500222"
    And the "empSearchBtn" button leads to "/emp/search"
    And the "empAddNewBtn" button leads to "/emp/new"
    And the "meBtn" button leads to "/admin/me"
    And a form posts to "/auth/logout"

  @route_auth_home @html
  Scenario: Without a login the home page sends the browser to log in
    Given Kazuhisa uses a browser

    When Kazuhisa opens "/auth/home"

    Then the answer went through a redirect to "/auth/login?state=20"
    And the page title is "Learn FastAPI Login"
    And the page message is "Not authenticated or authentication has expired"
