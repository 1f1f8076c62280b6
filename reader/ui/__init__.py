"""The thin Qt layer: widgets with signals and slots, wired together by the main window."""
