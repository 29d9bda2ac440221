Feature: Saving employees
  /emp/admin-save inserts a new employee when empNo is empty and otherwise
  updates any employee; it needs admin:write. /emp/user-save updates the
  user's own record only and needs user:write. Updates never change the
  email or the password. Both answer JSON.

  @route_emp_admin_save @json
  Scenario: An administrator updates an employee's hire date
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with hire date "14/03/1993"

    Then the answer has status code 200 and text "Data has been saved successfully."
    And the answer lists that employee as updated and no new employee
    And that employee has hire date "14/03/1993"

  @route_emp_admin_save @json
  Scenario: Single-digit days and months are stored zero-padded
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with birth date "3/7/1960" and hire date "1/2/1992"

    Then the answer has status code 200 and text "Data has been saved successfully."
    And that employee has birth date "03/07/1960" and hire date "01/02/1992"

  @route_emp_admin_save @json
  Scenario: An administrator updates an employee's names and gender
    Given Mary uses an API client
    And Mary has logged in
    And Mary has added a new employee

    When Mary saves that employee's record with first name "Ulf", last name "Flexer-Berg" and gender "M"

    Then the answer has status code 200 and text "Data has been saved successfully."
    And that employee has first name "Ulf", last name "Flexer-Berg" and gender "M"

  @route_emp_admin_save @json
  Scenario: An update ignores a new email and password
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with email "changed.email@example.com" and password "another-password"

    Then the answer has status code 200 and text "Data has been saved successfully."
    And that employee still has the email it was added with
    And that employee can still log in with the password it was added with

  @route_emp_user_save @json
  Scenario: A user updates their own record
    Given Cristinel uses an API client
    And Cristinel has logged in

    When Cristinel saves their own record with first name "Cristine" and hire date "2/11/2022"

    Then the answer has status code 200 and text "Data has been saved successfully."
    And the answer lists employee 10017 as updated and no new employee
    And employee 10017 has first name "Cristine" and hire date "02/11/2022"

  @route_emp_user_save @json
  Scenario: A user's update keeps their email and password
    Given Suzette uses an API client
    And Suzette has logged in

    When Suzette saves their own record with email "someone.else@example.com" and password "another-password"

    Then the answer has status code 200 and text "Data has been saved successfully."
    And employee 10024 has email "suzette.pettey.10024@gmail.com"
    And Suzette can still log in with password "password"

  @route_emp_user_save @json
  Scenario Outline: A user cannot save another employee's record
    Given <user> uses an API client
    And <user> has logged in

    When <user> saves employee <emp_no> unchanged at "/emp/user-save"

    Then the answer has status code 500 and text "Not enough permissions"

    Examples: users with user:write or higher and another number
      | user    | emp_no |
      | Be Hai  | 10153  |
      | Kyoichi | 10011  |
      | Mary    | 10005  |

  @route_emp_user_save @json @beyond_original
  Scenario Outline: A user-save without an employee number is rejected, not an HTTP 500
    Given Be Hai uses an API client
    And Be Hai has logged in

    When Be Hai saves their own record <without>

    Then the answer has status code 500 and text ""
    And the answer rejects the field "emp_no" with "Missing employee number"

    Examples: empty or absent empNo
      | without                         |
      | with employee number ""         |
      | without the employee number     |

  @route_emp_user_save @json
  Scenario: A user without user:write cannot save their own record
    Given Nidapan uses an API client
    And Nidapan has logged in

    When Nidapan saves their own record unchanged

    Then the answer has status code 500 and text "Not enough permissions"

  @route_emp_admin_save @json
  Scenario: A user without admin:write cannot save an employee
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee
    And Weijing uses an API client
    And Weijing has logged in

    When Weijing saves that employee's record with hire date "14/03/1993"

    Then the answer has status code 500 and text "Not enough permissions"
    And that employee's record is unchanged

  @route_emp_admin_save @json
  Scenario: An administrator adds a new employee
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee

    Then the answer has status code 200 and text "Data has been saved successfully."
    And the answer lists one new employee numbered above 500222 and no updated employee
    And the new employee has birth date "01/02/1990", first name "Newhire", last name "Testperson", gender "F" and hire date "03/04/2020"
    And no part of the answer contains a password or a password hash

  @route_emp_admin_save @json
  Scenario: A new employee logs in with the password given and gets user:read
    Given Mary uses an API client
    And Mary has logged in

    When Mary adds a new employee

    Then the new employee can log in with the password given
    And the new employee's access token has the scopes "user:read"

  @route_emp_admin_save @json
  Scenario Outline: A new employee with an email already in use is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee with email "<email>"

    Then the answer has status code 500 and text ""
    And the answer rejects the field "email" with "Can't accept this email. Please specify another"

    Examples: emails of fixture employees
      | email                            |
      | mary.sluis.10011@gmail.com       |
      | ulf.flexer.67010@gmail.com       |

  @route_emp_admin_save @json @beyond_original
  Scenario: An email that differs from one in use only in letter case is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee with email "Mary.Sluis.10011@GMAIL.com"

    Then the answer has status code 500 and text ""
    And the answer rejects the field "email" with "Can't accept this email. Please specify another"

  @route_emp_admin_save @route_api_login @json @beyond_original
  Scenario: A new employee added with capitals in the email logs in with any letter case
    Given Mary uses an API client
    And Mary has logged in

    When Mary adds a new employee whose email has capital letters

    Then the answer has status code 200 and text "Data has been saved successfully."
    And the new employee can log in with the email in lower case
    And the new employee can log in with the email as it was added

  @route_emp_admin_save @json
  Scenario: Two new employees get different numbers
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds two new employees

    Then the second new employee's number is above the first one's

  @route_emp_admin_save @json
  Scenario Outline: An update with an invalid field is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with <field> "<value>"

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "<id>" labelled "<label>"
    And the answer rejects the field "<id>" with "<message>"
    And that employee's record is unchanged

    Examples: birth date
      | field      | value      | id         | label      | message                                                                  |
      | birth date |            | birth_date | Birth Date | For birth date, please enter a date in format dd/mm/yyyy. E.g. 25/2/1999 |
      | birth date | 1960-11-29 | birth_date | Birth Date | For birth date, please enter a date in format dd/mm/yyyy. E.g. 25/2/1999 |
      | birth date | 29/11/60   | birth_date | Birth Date | For birth date, please enter a date in format dd/mm/yyyy. E.g. 25/2/1999 |
      | birth date | 31/02/1960 | birth_date | Birth Date | Birth Date -- not a valid date value.                                    |
      | birth date | 29/13/1960 | birth_date | Birth Date | Birth Date -- not a valid date value.                                    |

    Examples: first name
      | field      | value         | id         | label      | message                                                  |
      | first name |               | first_name | First Name | For first name, please enter between 1 and 14 characters |
      | first name | [15 letters]  | first_name | First Name | For first name, please enter between 1 and 14 characters |

    Examples: last name
      | field     | value         | id        | label     | message                                                 |
      | last name |               | last_name | Last Name | For last name, please enter between 1 and 16 characters |
      | last name | [17 letters]  | last_name | Last Name | For last name, please enter between 1 and 16 characters |

    Examples: gender
      | field  | value | id     | label  | message                |
      | gender |       | gender | Gender | Please select a gender |
      | gender | X     | gender | Gender | Please select a gender |
      | gender | f     | gender | Gender | Please select a gender |

    Examples: hire date
      | field     | value      | id        | label     | message                                                                  |
      | hire date |            | hire_date | Hire Date | For hire date, please enter a date in format dd/mm/yyyy. E.g. 25/2/2011 |
      | hire date | 1992/02/14 | hire_date | Hire Date | For hire date, please enter a date in format dd/mm/yyyy. E.g. 25/2/2011 |
      | hire date | 29/11/1960 | hire_date | Hire Date | Hire Date must be after Birth Date                                       |
      | hire date | 1/1/1950   | hire_date | Hire Date | Hire Date must be after Birth Date                                       |

  @route_emp_admin_save @json @beyond_original
  Scenario Outline: An update with a malformed or unknown employee number is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with employee number "<emp_no>"

    Then the answer has status code 500 and text ""
    And the answer rejects the field "emp_no" with "<message>"

    Examples: numbers that name no employee
      | emp_no                  | message                              |
      | abc                     | Please enter a valid employee number |
      | 99999999999999999999999 | Please enter a valid employee number |
      | [5000 digits]           | Please enter a valid employee number |
      | 10000                   | Please enter a valid employee number |
      | 99999                   | No data for the selection criteria.  |

  @route_emp_admin_save @json
  Scenario Outline: A new employee with an invalid email or password is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee with <field> "<value>"

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "<id>" labelled "<label>"
    And the answer rejects the field "<id>" with "<message>"

    Examples: email
      | field | value                    | id    | label | message                            |
      | email |                          | email | Email | Please enter up to 255 characters  |
      | email | [250 letters]@gmail.com  | email | Email | Please enter up to 255 characters  |
      | email | not-an-email             | email | Email | Please enter a valid email address |
      | email | two@@example.com         | email | Email | Please enter a valid email address |

    Examples: password
      | field    | value         | id       | label    | message                                    |
      | password |               | password | Password | Please enter between 10 and 32 characters  |
      | password | 123456789     | password | Password | Please enter between 10 and 32 characters  |
      | password | [33 letters]  | password | Password | Please enter between 10 and 32 characters  |

  @route_emp_admin_save @json
  Scenario Outline: A new employee without a required field is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee without <field>

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "<id>" labelled "<label>"

    Examples: absent fields
      | field      | id         | label      |
      | email      | email      | Email      |
      | password   | password   | Password   |
      | birth date | birth_date | Birth Date |
      | first name | first_name | First Name |
      | last name  | last_name  | Last Name  |
      | gender     | gender     | Gender     |
      | hire date  | hire_date  | Hire Date  |

  @route_emp_admin_save @json
  Scenario: Every invalid field is reported at once
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee with email "x", password "short", first name "", last name "" and gender ""

    Then the answer has status code 500 and text ""
    And the answer rejects the field "email" labelled "Email"
    And the answer rejects the field "password" labelled "Password"
    And the answer rejects the field "first_name" labelled "First Name"
    And the answer rejects the field "last_name" labelled "Last Name"
    And the answer rejects the field "gender" labelled "Gender"

  @route_emp_admin_save @json @beyond_original
  Scenario: An oversized field is rejected, not an HTTP 500
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with last name "[100000 letters]"

    Then the answer has status code 500 and text ""
    And the answer rejects the field "last_name" with "For last name, please enter between 1 and 16 characters"

  @route_emp_admin_save @json @beyond_original
  Scenario Outline: A field with a NUL character is rejected, not an HTTP 500
    Given Kyoichi uses an API client
    And Kyoichi has logged in
    And Kyoichi has added a new employee

    When Kyoichi saves that employee's record with <field> "<value>"

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "<id>" labelled "<label>"
    And the answer rejects the field "<id>" with "Please enter text without NUL characters"
    And that employee's record is unchanged

    Examples: NUL characters
      | field      | value      | id         | label      |
      | first name | A[NUL]B    | first_name | First Name |
      | last name  | Maj[NUL]   | last_name  | Last Name  |
      | gender     | F[NUL]     | gender     | Gender     |
      | birth date | [NUL]1/1/1960 | birth_date | Birth Date |

  @route_emp_admin_save @json @beyond_original
  Scenario: A new employee whose email has a NUL character is rejected
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi adds a new employee with email "a[NUL]b@example.com"

    Then the answer has status code 500 and text ""
    And the answer rejects only the field "email" labelled "Email"

  @route_emp_admin_save @route_emp_user_save @json @beyond_original
  Scenario Outline: A malformed form is rejected, not an HTTP 500
    Given Kyoichi uses an API client
    And Kyoichi has logged in

    When Kyoichi sends the body "<body>" as "<content type>" to "<route>"

    Then the answer has status code 500 and text ""

    Examples: malformed bodies
      | route           | body                   | content type                     |
      | /emp/admin-save | --broken               | multipart/form-data; boundary=zz |
      | /emp/admin-save | {"empNo": "67010"}     | application/json                 |
      | /emp/admin-save | empNo=%FF%FE&gender=%FF | application/x-www-form-urlencoded |
      | /emp/user-save  | --broken               | multipart/form-data; boundary=zz |

  @route_emp_admin_save @json @beyond_original
  Scenario: Of simultaneous new employees with one email exactly one is saved
    Given Kyoichi uses a command-line client
    And Kyoichi has logged in

    When Kyoichi sends 8 new employees with one shared new email at the same time

    Then exactly 1 of the saves succeeds
    And the other saves are rejected with "Can't accept this email. Please specify another"

  @route_emp_admin_save @json @beyond_original
  Scenario: Of simultaneous new employees with one email in different letter cases exactly one is saved
    Given Kyoichi uses a command-line client
    And Kyoichi has logged in

    When Kyoichi sends 8 new employees with one shared new email in different letter cases at the same time

    Then exactly 1 of the saves succeeds
    And the other saves are rejected with "Can't accept this email. Please specify another"

  @route_emp_admin_save @json @beyond_original
  Scenario: Simultaneous new employees with different emails are all saved
    Given Kyoichi uses a command-line client
    And Kyoichi has logged in

    When Kyoichi sends 8 new employees with different new emails at the same time

    Then exactly 8 of the saves succeed with different employee numbers
