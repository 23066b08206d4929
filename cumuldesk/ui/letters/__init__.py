"""The letters dialog of a case: draft, edit, finalise, print and export the renunciation
proposal and the advice note.
"""
