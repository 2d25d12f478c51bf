"""Dialogs: log a meeting, change a promise's status, first run, has left, confirmations."""
