"""VSB's monthly file: reading it within bounds, importing it centrally and writing the rejects
file.
"""
