Feature: Access tokens
  Routes accept an HS256 access token from the session or from an
  Authorization: Bearer header. A token that is malformed, badly signed,
  expired or lacks a claim does not authenticate.

  Background:
    Given Mary uses a command-line client
    And Mary has logged in

  @route_api_me @json
  Scenario: The bearer token of a login authenticates
    When Mary opens "/api/me"

    Then the answer has status code 200 and text ""

  @route_api_me @json
  Scenario: A malformed token is rejected
    When Mary opens "/api/me" with the bearer token "not.a.jwt"

    Then the answer has status code 401 and text "Could not validate credentials"

  @route_api_me @json
  Scenario: A token signed with another key is rejected
    When Mary opens "/api/me" with her token signed by another key

    Then the answer has status code 401 and text "Could not validate credentials"

  @route_api_me @json
  Scenario: An unsigned token with alg none is rejected
    When Mary opens "/api/me" with her token unsigned under alg none

    Then the answer has status code 401 and text "Could not validate credentials"

  @route_api_me @json @token_forgery
  Scenario: An expired token is rejected
    When Mary opens "/api/me" with an expired copy of her token

    Then the answer has status code 401 and text "Could not validate credentials"

  @route_api_me @json @token_forgery
  Scenario Outline: A token without a required claim is rejected
    When Mary opens "/api/me" with her token lacking the "<claim>" claim

    Then the answer has status code 401 and text "Could not validate credentials"

    Examples: claim the original requires
      | claim |
      | sub   |

    @beyond_original
    Examples: claims this specification also requires
      | claim      |
      | exp        |
      | session_id |
      | emp_no     |

  @route_api_me @json @token_forgery
  Scenario: A valid token for an unknown user is rejected
    When Mary opens "/api/me" with her token for the subject "nobody.nowhere.99999@gmail.com"

    Then the answer has status code 500 and text "Invalid authentication credentials"
