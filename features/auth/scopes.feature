Feature: Scope inclusion
  A request is allowed when each required scope is assigned or included by an
  assigned scope: user:write and admin:read include user:read; admin:write
  includes user:read, user:write and admin:read; super:* includes those four.
  Inclusion is one level deep, unknown scopes grant nothing and no scope
  allows nothing. Observed here on /api/me, which requires user:read, with
  tokens whose scopes claim the scenario sets.

  Background:
    Given Mary uses a command-line client
    And Mary has logged in

  @route_api_me @json @token_forgery
  Scenario Outline: Assigned scopes that grant user:read
    When Mary opens "/api/me" with her token carrying the scopes "<assigned>"

    Then the answer has status code 200 and text ""

    Examples: scopes that include user:read
      | assigned                |
      | user:read               |
      | user:write              |
      | admin:read              |
      | admin:write             |
      | super:*                 |
      | user:write admin:read   |
      | unknown:scope user:read |

  @route_api_me @json @token_forgery
  Scenario Outline: Assigned scopes that do not grant user:read
    When Mary opens "/api/me" with her token carrying the scopes "<assigned>"

    Then the answer has status code 401 and text "Not enough permissions"

    Examples: no scope or only unknown ones
      | assigned            |
      |                     |
      | user:admin          |
      | super               |
      | USER:READ           |
