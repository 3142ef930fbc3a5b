"""The desktop interface: main window, pages, dialogs, table models, the background-work
helper, message boxes and the crash handler. UI code calls services; it never runs SQL."""
