Feature: Scope inclusion on the employee routes
  The employee routes show which scopes include user:write, admin:read and
  admin:write. Inclusion is one level deep: admin:write includes user:write
  and admin:read, super:* includes admin:write, and admin:read includes
  neither write scope.

  @route_emp_user_save @json
  Scenario: admin:write includes user:write
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi saves employee 10005 unchanged at "/emp/user-save"

    Then the answer has status code 200 and text "Data has been saved successfully."

  @route_emp_search_names @json
  Scenario: admin:write includes admin:read
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi searches for last name "%nas%" and first name "%An"

    Then the answer has status code 200 and text "Data has been retrieved successfully."

  @route_emp_admin_save @json
  Scenario: super:* includes admin:write
    Given Mary uses an API client
    And Mary has logged in

    When Mary saves employee 67010 unchanged at "/emp/admin-save"

    Then the answer has status code 200 and text "Data has been saved successfully."

  @route_emp_own_get_update @json
  Scenario: admin:read includes user:read
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing opens their own record for update

    Then the answer has status code 200 and text "Data has been retrieved successfully."

  @route_emp_user_save @json
  Scenario: admin:read does not include user:write
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing saves employee 67000 unchanged at "/emp/user-save"

    Then the answer has status code 500 and text "Not enough permissions"

  @route_emp_admin_save @json
  Scenario: admin:read does not include admin:write
    Given Weijing uses an API client
    And Weijing has logged in

    When Weijing saves employee 67010 unchanged at "/emp/admin-save"

    Then the answer has status code 500 and text "Not enough permissions"

  @route_emp_search_names @json
  Scenario: user:write does not include admin:read
    Given Be Hai uses an API client
    And Be Hai has logged in

    When Be Hai searches for last name "%nas%" and first name "%An"

    Then the answer has status code 500 and text "Not enough permissions"

  @route_emp_user_save @json
  Scenario: user:read does not include user:write
    Given Nidapan uses an API client
    And Nidapan has logged in

    When Nidapan saves employee 262556 unchanged at "/emp/user-save"

    Then the answer has status code 500 and text "Not enough permissions"
