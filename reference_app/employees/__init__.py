"""Employee search and maintenance: validation, queries and the save service."""
