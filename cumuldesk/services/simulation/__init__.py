"""The simulation form and the words of its results, without Qt."""
