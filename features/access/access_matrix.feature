Feature: Access matrix
  Every route that needs a login or a scope, against every fixture user:
  Moss has no scope, Be Hai user:read and user:write, Nidapan user:read,
  Kyoichi admin:read and admin:write, Weijing admin:read, Mary super:*,
  and Kazuhisa the default user:read. Each Examples table is one route in
  one format. The own-record routes allow only the user's own number,
  whatever the user's scopes. Routes without a scope are open to everyone.

  @json
  Scenario Outline: <user> <request> <route> in JSON
    Given <user> uses an API client
    And <user> has logged in

    When <user> <request> "<route>"

    Then the answer has status code <code> and text "<text>"

    @route_admin_me
    Examples: /admin/me needs user:read
      | user     | request | route     | code | text                   |
      | Moss     | opens   | /admin/me | 401  | Not enough permissions |
      | Be Hai   | opens   | /admin/me | 200  |                        |
      | Nidapan  | opens   | /admin/me | 200  |                        |
      | Kyoichi  | opens   | /admin/me | 200  |                        |
      | Weijing  | opens   | /admin/me | 200  |                        |
      | Mary     | opens   | /admin/me | 200  |                        |
      | Kazuhisa | opens   | /admin/me | 200  |                        |

    @route_api_me
    Examples: /api/me needs user:read
      | user     | request | route   | code | text                   |
      | Moss     | opens   | /api/me | 401  | Not enough permissions |
      | Be Hai   | opens   | /api/me | 200  |                        |
      | Nidapan  | opens   | /api/me | 200  |                        |
      | Kyoichi  | opens   | /api/me | 200  |                        |
      | Weijing  | opens   | /api/me | 200  |                        |
      | Mary     | opens   | /api/me | 200  |                        |
      | Kazuhisa | opens   | /api/me | 200  |                        |

    @route_emp_search_names
    Examples: GET /emp/search/{last}/{first} needs admin:read
      | user     | request | route                       | code | text                                  |
      | Moss     | opens   | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |
      | Be Hai   | opens   | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |
      | Nidapan  | opens   | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |
      | Kyoichi  | opens   | /emp/search/%25nas%25/%25An | 200  | Data has been retrieved successfully. |
      | Weijing  | opens   | /emp/search/%25nas%25/%25An | 200  | Data has been retrieved successfully. |
      | Mary     | opens   | /emp/search/%25nas%25/%25An | 200  | Data has been retrieved successfully. |
      | Kazuhisa | opens   | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |

    @route_emp_search_names
    Examples: POST /emp/search/{last}/{first} needs admin:read
      | user     | request  | route                       | code | text                                  |
      | Moss     | posts to | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |
      | Be Hai   | posts to | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |
      | Nidapan  | posts to | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |
      | Kyoichi  | posts to | /emp/search/%25nas%25/%25An | 200  | Data has been retrieved successfully. |
      | Weijing  | posts to | /emp/search/%25nas%25/%25An | 200  | Data has been retrieved successfully. |
      | Mary     | posts to | /emp/search/%25nas%25/%25An | 200  | Data has been retrieved successfully. |
      | Kazuhisa | posts to | /emp/search/%25nas%25/%25An | 500  | Not enough permissions                |

    @route_emp_admin_get_update
    Examples: /emp/admin-get-update/{emp_no} needs admin:read
      | user     | request | route                       | code | text                                  |
      | Moss     | opens   | /emp/admin-get-update/10153 | 500  | Not enough permissions                |
      | Be Hai   | opens   | /emp/admin-get-update/10153 | 500  | Not enough permissions                |
      | Nidapan  | opens   | /emp/admin-get-update/10153 | 500  | Not enough permissions                |
      | Kyoichi  | opens   | /emp/admin-get-update/10153 | 200  | Data has been retrieved successfully. |
      | Weijing  | opens   | /emp/admin-get-update/10153 | 200  | Data has been retrieved successfully. |
      | Mary     | opens   | /emp/admin-get-update/10153 | 200  | Data has been retrieved successfully. |
      | Kazuhisa | opens   | /emp/admin-get-update/10153 | 500  | Not enough permissions                |

    @route_emp_own_get_update
    Examples: /emp/own-get-update/{emp_no} of the user's own number needs user:read
      | user     | request | route                      | code | text                                  |
      | Moss     | opens   | /emp/own-get-update/10045  | 500  | Not enough permissions                |
      | Be Hai   | opens   | /emp/own-get-update/500222 | 200  | Data has been retrieved successfully. |
      | Nidapan  | opens   | /emp/own-get-update/262556 | 200  | Data has been retrieved successfully. |
      | Kyoichi  | opens   | /emp/own-get-update/10005  | 200  | Data has been retrieved successfully. |
      | Weijing  | opens   | /emp/own-get-update/67000  | 200  | Data has been retrieved successfully. |
      | Mary     | opens   | /emp/own-get-update/10011  | 200  | Data has been retrieved successfully. |
      | Kazuhisa | opens   | /emp/own-get-update/10199  | 200  | Data has been retrieved successfully. |

    @route_emp_own_get_update
    Examples: /emp/own-get-update/{emp_no} of another number is denied to everyone
      | user     | request | route                      | code | text                   |
      | Moss     | opens   | /emp/own-get-update/10005  | 500  | Not enough permissions |
      | Be Hai   | opens   | /emp/own-get-update/10011  | 500  | Not enough permissions |
      | Nidapan  | opens   | /emp/own-get-update/500222 | 500  | Not enough permissions |
      | Kyoichi  | opens   | /emp/own-get-update/10011  | 500  | Not enough permissions |
      | Weijing  | opens   | /emp/own-get-update/10005  | 500  | Not enough permissions |
      | Mary     | opens   | /emp/own-get-update/10005  | 500  | Not enough permissions |
      | Kazuhisa | opens   | /emp/own-get-update/262556 | 500  | Not enough permissions |

  @json
  Scenario Outline: <user> saves employee <emp_no> at <route>
    Given <user> uses an API client
    And <user> has logged in

    When <user> saves employee <emp_no> unchanged at "<route>"

    Then the answer has status code <code> and text "<text>"

    @route_emp_admin_save
    Examples: /emp/admin-save needs admin:write
      | user     | emp_no | route           | code | text                              |
      | Moss     | 67010  | /emp/admin-save | 500  | Not enough permissions            |
      | Be Hai   | 67010  | /emp/admin-save | 500  | Not enough permissions            |
      | Nidapan  | 67010  | /emp/admin-save | 500  | Not enough permissions            |
      | Kyoichi  | 67010  | /emp/admin-save | 200  | Data has been saved successfully. |
      | Weijing  | 67010  | /emp/admin-save | 500  | Not enough permissions            |
      | Mary     | 67010  | /emp/admin-save | 200  | Data has been saved successfully. |
      | Kazuhisa | 67010  | /emp/admin-save | 500  | Not enough permissions            |

    @route_emp_user_save
    Examples: /emp/user-save of the user's own number needs user:write
      | user     | emp_no | route          | code | text                              |
      | Moss     | 10045  | /emp/user-save | 500  | Not enough permissions            |
      | Be Hai   | 500222 | /emp/user-save | 200  | Data has been saved successfully. |
      | Nidapan  | 262556 | /emp/user-save | 500  | Not enough permissions            |
      | Kyoichi  | 10005  | /emp/user-save | 200  | Data has been saved successfully. |
      | Weijing  | 67000  | /emp/user-save | 500  | Not enough permissions            |
      | Mary     | 10011  | /emp/user-save | 200  | Data has been saved successfully. |
      | Kazuhisa | 10199  | /emp/user-save | 500  | Not enough permissions            |

    @route_emp_user_save
    Examples: /emp/user-save of another number is denied to everyone
      | user     | emp_no | route          | code | text                   |
      | Moss     | 10005  | /emp/user-save | 500  | Not enough permissions |
      | Be Hai   | 10011  | /emp/user-save | 500  | Not enough permissions |
      | Nidapan  | 500222 | /emp/user-save | 500  | Not enough permissions |
      | Kyoichi  | 10011  | /emp/user-save | 500  | Not enough permissions |
      | Weijing  | 10005  | /emp/user-save | 500  | Not enough permissions |
      | Mary     | 10005  | /emp/user-save | 500  | Not enough permissions |
      | Kazuhisa | 262556 | /emp/user-save | 500  | Not enough permissions |

  @html
  Scenario Outline: <user> <request> <route> in a browser
    Given <user> uses a browser
    And <user> has logged in

    When <user> <request> "<route>"

    Then the browser shows <outcome>

    @route_admin_me
    Examples: /admin/me needs user:read
      | user     | request | route     | outcome                                 |
      | Moss     | opens   | /admin/me | the error page "Not enough permissions" |
      | Be Hai   | opens   | /admin/me | the page "Learn FastAPI My Info"        |
      | Nidapan  | opens   | /admin/me | the page "Learn FastAPI My Info"        |
      | Kyoichi  | opens   | /admin/me | the page "Learn FastAPI My Info"        |
      | Weijing  | opens   | /admin/me | the page "Learn FastAPI My Info"        |
      | Mary     | opens   | /admin/me | the page "Learn FastAPI My Info"        |
      | Kazuhisa | opens   | /admin/me | the page "Learn FastAPI My Info"        |

    @route_auth_home
    Examples: /auth/home needs only a login
      | user     | request | route      | outcome                       |
      | Moss     | opens   | /auth/home | the page "Learn FastAPI Home" |
      | Be Hai   | opens   | /auth/home | the page "Learn FastAPI Home" |
      | Nidapan  | opens   | /auth/home | the page "Learn FastAPI Home" |
      | Kyoichi  | opens   | /auth/home | the page "Learn FastAPI Home" |
      | Weijing  | opens   | /auth/home | the page "Learn FastAPI Home" |
      | Mary     | opens   | /auth/home | the page "Learn FastAPI Home" |
      | Kazuhisa | opens   | /auth/home | the page "Learn FastAPI Home" |

    @route_emp_search
    Examples: /emp/search needs admin:read
      | user     | request | route       | outcome                                   |
      | Moss     | opens   | /emp/search | the error page "Not enough permissions"   |
      | Be Hai   | opens   | /emp/search | the error page "Not enough permissions"   |
      | Nidapan  | opens   | /emp/search | the error page "Not enough permissions"   |
      | Kyoichi  | opens   | /emp/search | the page "Learn FastAPI Search Employees" |
      | Weijing  | opens   | /emp/search | the page "Learn FastAPI Search Employees" |
      | Mary     | opens   | /emp/search | the page "Learn FastAPI Search Employees" |
      | Kazuhisa | opens   | /emp/search | the error page "Not enough permissions"   |

    @route_emp_search_names
    Examples: GET /emp/search/{last}/{first} needs admin:read
      | user     | request | route                       | outcome                                   |
      | Moss     | opens   | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |
      | Be Hai   | opens   | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |
      | Nidapan  | opens   | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |
      | Kyoichi  | opens   | /emp/search/%25nas%25/%25An | the page "Learn FastAPI Search Employees" |
      | Weijing  | opens   | /emp/search/%25nas%25/%25An | the page "Learn FastAPI Search Employees" |
      | Mary     | opens   | /emp/search/%25nas%25/%25An | the page "Learn FastAPI Search Employees" |
      | Kazuhisa | opens   | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |

    @route_emp_search_names
    Examples: POST /emp/search/{last}/{first} needs admin:read
      | user     | request  | route                       | outcome                                   |
      | Moss     | posts to | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |
      | Be Hai   | posts to | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |
      | Nidapan  | posts to | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |
      | Kyoichi  | posts to | /emp/search/%25nas%25/%25An | the page "Learn FastAPI Search Employees" |
      | Weijing  | posts to | /emp/search/%25nas%25/%25An | the page "Learn FastAPI Search Employees" |
      | Mary     | posts to | /emp/search/%25nas%25/%25An | the page "Learn FastAPI Search Employees" |
      | Kazuhisa | posts to | /emp/search/%25nas%25/%25An | the error page "Not enough permissions"   |

    @route_emp_admin_get_update
    Examples: /emp/admin-get-update/{emp_no} needs admin:read
      | user     | request | route                       | outcome                                        |
      | Moss     | opens   | /emp/admin-get-update/10153 | the error page "Not enough permissions"        |
      | Be Hai   | opens   | /emp/admin-get-update/10153 | the error page "Not enough permissions"        |
      | Nidapan  | opens   | /emp/admin-get-update/10153 | the error page "Not enough permissions"        |
      | Kyoichi  | opens   | /emp/admin-get-update/10153 | the page "Learn FastAPI Employees Maintenance" |
      | Weijing  | opens   | /emp/admin-get-update/10153 | the page "Learn FastAPI Employees Maintenance" |
      | Mary     | opens   | /emp/admin-get-update/10153 | the page "Learn FastAPI Employees Maintenance" |
      | Kazuhisa | opens   | /emp/admin-get-update/10153 | the error page "Not enough permissions"        |

    @route_emp_own_get_update
    Examples: /emp/own-get-update/{emp_no} of the user's own number needs user:read
      | user     | request | route                      | outcome                                        |
      | Moss     | opens   | /emp/own-get-update/10045  | the error page "Not enough permissions"        |
      | Be Hai   | opens   | /emp/own-get-update/500222 | the page "Learn FastAPI Employees Maintenance" |
      | Nidapan  | opens   | /emp/own-get-update/262556 | the page "Learn FastAPI Employees Maintenance" |
      | Kyoichi  | opens   | /emp/own-get-update/10005  | the page "Learn FastAPI Employees Maintenance" |
      | Weijing  | opens   | /emp/own-get-update/67000  | the page "Learn FastAPI Employees Maintenance" |
      | Mary     | opens   | /emp/own-get-update/10011  | the page "Learn FastAPI Employees Maintenance" |
      | Kazuhisa | opens   | /emp/own-get-update/10199  | the page "Learn FastAPI Employees Maintenance" |

    @route_emp_own_get_update
    Examples: /emp/own-get-update/{emp_no} of another number is denied to everyone
      | user     | request | route                      | outcome                                 |
      | Moss     | opens   | /emp/own-get-update/10005  | the error page "Not enough permissions" |
      | Be Hai   | opens   | /emp/own-get-update/10011  | the error page "Not enough permissions" |
      | Nidapan  | opens   | /emp/own-get-update/500222 | the error page "Not enough permissions" |
      | Kyoichi  | opens   | /emp/own-get-update/10011  | the error page "Not enough permissions" |
      | Weijing  | opens   | /emp/own-get-update/10005  | the error page "Not enough permissions" |
      | Mary     | opens   | /emp/own-get-update/10005  | the error page "Not enough permissions" |
      | Kazuhisa | opens   | /emp/own-get-update/262556 | the error page "Not enough permissions" |

    @route_emp_new
    Examples: /emp/new needs admin:write
      | user     | request | route    | outcome                                        |
      | Moss     | opens   | /emp/new | the error page "Not enough permissions"        |
      | Be Hai   | opens   | /emp/new | the error page "Not enough permissions"        |
      | Nidapan  | opens   | /emp/new | the error page "Not enough permissions"        |
      | Kyoichi  | opens   | /emp/new | the page "Learn FastAPI Employees Maintenance" |
      | Weijing  | opens   | /emp/new | the error page "Not enough permissions"        |
      | Mary     | opens   | /emp/new | the page "Learn FastAPI Employees Maintenance" |
      | Kazuhisa | opens   | /emp/new | the error page "Not enough permissions"        |

  @html
  Scenario Outline: <user> <request> <route>, which needs no scope, in a browser
    Given <user> uses a browser
    And <user> has logged in

    When <user> <request> "<route>"

    Then the browser shows <outcome>

    @route_auth_login
    Examples: /auth/login sends a logged-in user home
      | user     | request | route       | outcome                       |
      | Moss     | opens   | /auth/login | the page "Learn FastAPI Home" |
      | Be Hai   | opens   | /auth/login | the page "Learn FastAPI Home" |
      | Nidapan  | opens   | /auth/login | the page "Learn FastAPI Home" |
      | Kyoichi  | opens   | /auth/login | the page "Learn FastAPI Home" |
      | Weijing  | opens   | /auth/login | the page "Learn FastAPI Home" |
      | Mary     | opens   | /auth/login | the page "Learn FastAPI Home" |
      | Kazuhisa | opens   | /auth/login | the page "Learn FastAPI Home" |

    @route_root
    Examples: / sends a logged-in user home
      | user     | request | route | outcome                       |
      | Moss     | opens   | /     | the page "Learn FastAPI Home" |
      | Be Hai   | opens   | /     | the page "Learn FastAPI Home" |
      | Nidapan  | opens   | /     | the page "Learn FastAPI Home" |
      | Kyoichi  | opens   | /     | the page "Learn FastAPI Home" |
      | Weijing  | opens   | /     | the page "Learn FastAPI Home" |
      | Mary     | opens   | /     | the page "Learn FastAPI Home" |
      | Kazuhisa | opens   | /     | the page "Learn FastAPI Home" |

    @route_auth_logout
    Examples: /auth/logout logs out every user
      | user     | request  | route        | outcome                        |
      | Moss     | posts to | /auth/logout | the page "Learn FastAPI Login" |
      | Be Hai   | posts to | /auth/logout | the page "Learn FastAPI Login" |
      | Nidapan  | posts to | /auth/logout | the page "Learn FastAPI Login" |
      | Kyoichi  | posts to | /auth/logout | the page "Learn FastAPI Login" |
      | Weijing  | posts to | /auth/logout | the page "Learn FastAPI Login" |
      | Mary     | posts to | /auth/logout | the page "Learn FastAPI Login" |
      | Kazuhisa | posts to | /auth/logout | the page "Learn FastAPI Login" |

  @json
  Scenario Outline: <user> logs in at <route>, which needs no scope
    Given <user> uses an API client

    When <user> logs in at "<route>" with password "password"

    Then the answer has status code 200 and text ""

    @route_auth_token
    Examples: /auth/token logs in every user
      | user     | route       |
      | Moss     | /auth/token |
      | Be Hai   | /auth/token |
      | Nidapan  | /auth/token |
      | Kyoichi  | /auth/token |
      | Weijing  | /auth/token |
      | Mary     | /auth/token |
      | Kazuhisa | /auth/token |

    @route_api_login
    Examples: /api/login logs in every user
      | user     | route      |
      | Moss     | /api/login |
      | Be Hai   | /api/login |
      | Nidapan  | /api/login |
      | Kyoichi  | /api/login |
      | Weijing  | /api/login |
      | Mary     | /api/login |
      | Kazuhisa | /api/login |

  @json
  Scenario Outline: <user> logs out at <route>, which needs no scope
    Given <user> uses an API client
    And <user> has logged in

    When <user> posts to "<route>"

    Then the answer has status code 200 and text ""

    @route_api_logout
    Examples: /api/logout logs out every user
      | user     | route       |
      | Moss     | /api/logout |
      | Be Hai   | /api/logout |
      | Nidapan  | /api/logout |
      | Kyoichi  | /api/logout |
      | Weijing  | /api/logout |
      | Mary     | /api/logout |
      | Kazuhisa | /api/logout |
