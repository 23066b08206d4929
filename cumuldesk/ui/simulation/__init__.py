"""The simulation page: its inputs, the background load, the results and their tables."""
