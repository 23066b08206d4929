"""The organisation's law data: proposing, approving and reading dated values, the proposal
form and the words for each parameter.
"""
