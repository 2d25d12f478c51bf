"""The main window's views: Today, Organisations, Contacts, Meetings, Promises, Search."""
