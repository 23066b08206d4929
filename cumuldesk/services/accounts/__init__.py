"""Handlers' accounts and sign-in: the accounts, the sign-in of the command line and the
window, failure counts, identity, authorization and the lock screen's unlock.
"""
