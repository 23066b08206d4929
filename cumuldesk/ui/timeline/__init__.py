"""The timeline of BOB against IVT/IT: the widget, its layout, painting, style and words."""
