"""Views of the hub console: layout only; the window (``ui.hub.window``) fills them."""
