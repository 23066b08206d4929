"""The frame of the window: start-up, the main window, sign-in, the lock screen, the status
bar, preferences, the background sync, the conflicts and cache rebuild dialogs and the
look-up bar.
"""
