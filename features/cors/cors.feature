Feature: Cross-origin requests
  Browsers on the origins in ALLOW_ORIGINS (by default http://localhost) may
  call the app with credentials, using GET and POST; preflights from other
  origins are rejected.

  @route_api_login @cors
  Scenario: A preflight from an allowed origin is accepted
    Given Mary uses a browser

    When Mary's browser sends a preflight for "POST /api/login" from "http://localhost"

    Then the preflight allows origin "http://localhost" with credentials
    And the preflight allows the methods "GET, POST" for 3600 seconds

  @route_api_login @cors
  Scenario: A preflight from another origin is rejected
    Given Mary uses a browser

    When Mary's browser sends a preflight for "POST /api/login" from "http://evil.example"

    Then the preflight is rejected

  @route_api_me @cors
  Scenario: A preflight for a method other than GET and POST is rejected
    Given Mary uses a browser

    When Mary's browser sends a preflight for "DELETE /api/me" from "http://localhost"

    Then the preflight is rejected
