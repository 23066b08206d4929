"""The central database: connecting a laptop, the administrator's set-up, its check, and
calling the supervisors' functions.
"""
