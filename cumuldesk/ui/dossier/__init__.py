"""The dossier page: its header, the case panel, the periods table and the retroactive-change
banner.
"""
